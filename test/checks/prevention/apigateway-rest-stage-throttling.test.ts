import type { UsagePlan } from '@aws-sdk/client-api-gateway';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/apigateway-rest-stage-throttling.js';
import type { Fetched } from '../../../src/data/dataset.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { perRestApi, restApi, restStage } from '../../fixtures/apigateway.js';

const api = restApi('a1b2c3d4e5', 'orders-api');
const ACCOUNT = ok({ throttleSettings: { burstLimit: 5000, rateLimit: 10000 }, features: ['UsagePlans'] });
const plan = (stage: string, throttle?: UsagePlan['throttle']): UsagePlan => ({ id: 'up1', name: 'partners', apiStages: [{ apiId: api.id, stage }], ...(throttle ? { throttle } : {}), quota: { limit: 100000, period: 'MONTH', offset: 0 } });
const judge = (stages: ReturnType<typeof restStage>[], plans: UsagePlan[] = [], account: Fetched<object> = ACCOUNT) =>
  evaluate(check, { 'apigateway.restStages': perRestApi([[api, ok(stages)]]), 'apigateway.usagePlans': plans, 'apigateway.account': account });

describe('apigateway-rest-stage-throttling', () => {
  it('passes a stage throttled below the account limit and fails one with none', () => {
    const findings = judge([restStage('prod', { methodSettings: { '*/*': { throttlingRateLimit: 100, throttlingBurstLimit: 50 } } }), restStage('dev')]);
    expect(verdicts(findings)).toEqual([
      ['PASS', 'a1b2c3d4e5/prod'],
      ['FAIL', 'a1b2c3d4e5/dev'],
    ]);
    expect(findings[0]!.message).toBe('Stage prod of REST API orders-api (a1b2c3d4e5) throttles at 100 requests per second, burst 50, below the account limit (10000, burst 5000).');
    expect(findings[1]!.message).toBe(
      'Stage dev of REST API orders-api (a1b2c3d4e5) sets no stage throttle and no usage plan with a throttle covers it, so only the account limit applies (the account limit in us-east-1 is 10000 requests per second, burst 5000).',
    );
  });

  it('passes a stage covered by a usage plan with a throttle', () => {
    const findings = judge([restStage('prod')], [plan('prod', { rateLimit: 20, burstLimit: 10 })]);
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('throttled by usage plan partners (rate 20 requests per second, burst 10)');
  });

  it('near miss: stage settings equal to the account limit (the console default) set no limit of its own', () => {
    const findings = judge([restStage('prod', { methodSettings: { '*/*': { throttlingRateLimit: 10000, throttlingBurstLimit: 5000, loggingLevel: 'ERROR' } } })]);
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('not below the account limit');
  });

  it('near miss: a usage plan with a quota only, or for another stage, does not throttle the stage', () => {
    expect(judge([restStage('prod')], [plan('prod')])[0]!.status).toBe('FAIL');
    expect(judge([restStage('prod')], [plan('dev', { rateLimit: 5, burstLimit: 5 })])[0]!.status).toBe('FAIL');
  });

  it('is an ERROR when a stage throttle cannot be compared because GetAccount failed', async () => {
    const findings = judge([restStage('prod', { methodSettings: { '*/*': { throttlingRateLimit: 100, throttlingBurstLimit: 50 } } })], [], failed(awsError('AccessDeniedException', 'apigateway:GET')));
    expect(verdicts(findings)).toEqual([['ERROR', 'a1b2c3d4e5/prod']]);
    const region = await run(check, { 'apigateway.restStages': [], 'apigateway.usagePlans': awsError('AccessDeniedException', 'apigateway:GET'), 'apigateway.account': ACCOUNT });
    expect(region.map((f) => f.status)).toEqual(['ERROR']);
  });
});
