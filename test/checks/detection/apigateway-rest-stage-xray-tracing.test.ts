import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/apigateway-rest-stage-xray-tracing.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { perRestApi, restApi, restStage } from '../../fixtures/apigateway.js';

const api = restApi('a1b2c3d4e5', 'orders-api');

describe('apigateway-rest-stage-xray-tracing', () => {
  it('passes a traced stage and fails an untraced one', () => {
    const findings = evaluate(check, { 'apigateway.restStages': perRestApi([[api, ok([restStage('prod', { tracingEnabled: true }), restStage('dev')])]]) });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'a1b2c3d4e5/prod'],
      ['FAIL', 'a1b2c3d4e5/dev'],
    ]);
    expect(findings[1]!.message).toBe('Stage dev of REST API orders-api (a1b2c3d4e5) has X-Ray tracing disabled.');
  });

  it('near miss: a stage that does not report tracingEnabled is not traced', () => {
    const { tracingEnabled: _, ...stage } = restStage('prod');
    expect(evaluate(check, { 'apigateway.restStages': perRestApi([[api, ok([stage])]]) })[0]!.status).toBe('FAIL');
  });

  it('is an ERROR when the stages cannot be read', async () => {
    expect(verdicts(evaluate(check, { 'apigateway.restStages': perRestApi([[api, failed(awsError('AccessDeniedException', 'apigateway:GET'))]]) }))).toEqual([['ERROR', 'a1b2c3d4e5']]);
    expect((await run(check, { 'apigateway.restStages': awsError('AccessDeniedException', 'apigateway:GET') })).map((f) => f.status)).toEqual(['ERROR']);
  });
});
