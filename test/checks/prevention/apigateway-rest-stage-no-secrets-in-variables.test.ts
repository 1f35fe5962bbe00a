import { describe, expect, it } from 'vitest';
import { sanitizeGetStages } from '../../../src/aws/services/apigateway.js';
import check from '../../../src/checks/prevention/apigateway-rest-stage-no-secrets-in-variables.js';
import type { RestStage } from '../../../src/data/datasets/apigateway.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { perRestApi, restApi, restStage } from '../../fixtures/apigateway.js';

const api = restApi('a1b2c3d4e5', 'orders-api');
const STRIPE = 'sk_live_51HabcdefghijklmnopQRSTUV';
/** A stage as GetStages answers it (raw variables), reduced as the data layer reduces it. */
const reduced = (stage: Record<string, unknown>) => (sanitizeGetStages({ item: [stage] }).item as RestStage[])[0]!;
const judge = (stage: RestStage) => evaluate(check, { 'apigateway.restStages': perRestApi([[api, ok([stage])]]) });

describe('apigateway-rest-stage-no-secrets-in-variables', () => {
  it('fails a stage with a secret variable, naming variables and rules and never the value', () => {
    const findings = judge(reduced({ ...restStage('prod'), variables: { backendHost: 'orders.internal', stripeKey: STRIPE, dbPassword: 'Tr0ub4dor&3' } }));
    expect(verdicts(findings)).toEqual([['FAIL', 'a1b2c3d4e5/prod']]);
    expect(findings[0]!.message).toBe(
      'Stage prod of REST API orders-api (a1b2c3d4e5) has 2 stage variables that look like a secret in plain text: dbPassword: name (contains "password"); stripeKey: format (Stripe live key).',
    );
    expect(JSON.stringify(findings)).not.toContain(STRIPE);
    expect(JSON.stringify(findings)).not.toContain('Tr0ub4dor');
  });

  it('passes ordinary stage variables and a stage without any', () => {
    expect(judge(reduced({ ...restStage('prod'), variables: { lambdaAlias: 'live', backendHost: 'orders.internal' } }))[0]!.message).toBe(
      'Stage prod of REST API orders-api (a1b2c3d4e5) has 2 stage variables, none of which looks like a secret.',
    );
    expect(judge(restStage('dev'))[0]!.status).toBe('PASS');
  });

  it("near miss: a secret-named variable holding a Secrets Manager ARN passes; a canary's override holding a token fails", () => {
    const arn = reduced({ ...restStage('prod'), variables: { dbPasswordSecret: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf' } });
    expect(judge(arn)[0]!.status).toBe('PASS');
    const canary = reduced({ ...restStage('prod'), variables: { a: 'b' }, canarySettings: { percentTraffic: 10, stageVariableOverrides: { apiToken: 'ghp_0123456789abcdefghijABCDEFGHIJ012345' } } });
    const findings = judge(canary);
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('canary override apiToken: name (contains "token"), format (GitHub token)');
  });

  it('is an ERROR when the variables are unreadable or the stages cannot be read', async () => {
    expect(judge(reduced({ ...restStage('prod'), variables: 'not-a-map' }))[0]!.status).toBe('ERROR');
    expect(verdicts(evaluate(check, { 'apigateway.restStages': perRestApi([[api, failed(awsError('AccessDeniedException', 'apigateway:GET'))]]) }))).toEqual([['ERROR', 'a1b2c3d4e5']]);
    expect((await run(check, { 'apigateway.restStages': awsError('AccessDeniedException', 'apigateway:GET') })).map((f) => f.status)).toEqual(['ERROR']);
  });
});
