import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/apigateway-rest-stage-client-certificate.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { perRestApi, restApi, restStage } from '../../fixtures/apigateway.js';

const api = restApi('a1b2c3d4e5', 'orders-api');

describe('apigateway-rest-stage-client-certificate', () => {
  it('passes a stage with a client certificate and fails one without', () => {
    const findings = evaluate(check, { 'apigateway.restStages': perRestApi([[api, ok([restStage('prod', { clientCertificateId: 'abc12d' }), restStage('dev')])]]) });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'a1b2c3d4e5/prod'],
      ['FAIL', 'a1b2c3d4e5/dev'],
    ]);
    expect(findings[0]!.message).toBe('Stage prod of REST API orders-api (a1b2c3d4e5) presents client certificate abc12d to its backends.');
  });

  it('near miss: a blank clientCertificateId is no certificate', () => {
    expect(evaluate(check, { 'apigateway.restStages': perRestApi([[api, ok([restStage('prod', { clientCertificateId: ' ' })])]]) })[0]!.status).toBe('FAIL');
  });

  it('is an ERROR when the stages cannot be read', async () => {
    expect(verdicts(evaluate(check, { 'apigateway.restStages': perRestApi([[api, failed(awsError('AccessDeniedException', 'apigateway:GET'))]]) }))).toEqual([['ERROR', 'a1b2c3d4e5']]);
    expect((await run(check, { 'apigateway.restStages': awsError('AccessDeniedException', 'apigateway:GET') })).map((f) => f.status)).toEqual(['ERROR']);
  });
});
