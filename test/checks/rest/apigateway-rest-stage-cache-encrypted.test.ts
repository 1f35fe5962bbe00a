import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/apigateway-rest-stage-cache-encrypted.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { perRestApi, restApi, restStage } from '../../fixtures/apigateway.js';

const api = restApi('a1b2c3d4e5', 'orders-api');
const cached = (methodSettings: Record<string, object>) => restStage('prod', { cacheClusterEnabled: true, cacheClusterSize: '0.5', cacheClusterStatus: 'AVAILABLE', methodSettings });
const judge = (...stages: ReturnType<typeof restStage>[]) => evaluate(check, { 'apigateway.restStages': perRestApi([[api, ok(stages)]]) });

describe('apigateway-rest-stage-cache-encrypted', () => {
  it('passes a cache whose caching methods encrypt, and fails one that does not, naming the method', () => {
    expect(verdicts(judge(cached({ '*/*': { cachingEnabled: true, cacheDataEncrypted: true, cacheTtlInSeconds: 300 } })))).toEqual([['PASS', 'a1b2c3d4e5/prod']]);
    const findings = judge(cached({ '*/*': { cachingEnabled: true, cacheDataEncrypted: true }, '~1orders/GET': { cachingEnabled: true, cacheDataEncrypted: false } }));
    expect(verdicts(findings)).toEqual([['FAIL', 'a1b2c3d4e5/prod']]);
    expect(findings[0]!.message).toBe('Stage prod of REST API orders-api (a1b2c3d4e5) caches responses unencrypted for GET /orders.');
  });

  it('near miss: a cache cluster with caching enabled on no method passes', () => {
    const findings = judge(cached({ '*/*': { cachingEnabled: false, cacheDataEncrypted: false } }));
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('caching is enabled on no method');
  });

  it('near miss: the default */* caching without encryption fails', () => {
    expect(judge(cached({ '*/*': { cachingEnabled: true, cacheDataEncrypted: false } }))[0]!.status).toBe('FAIL');
  });

  it('does not evaluate stages without a cache cluster', () => {
    expect(judge(restStage('dev', { methodSettings: { '*/*': { cachingEnabled: true } } }))).toEqual([]);
  });

  it('is an ERROR when the stages cannot be read', async () => {
    expect(verdicts(evaluate(check, { 'apigateway.restStages': perRestApi([[api, failed(awsError('AccessDeniedException', 'apigateway:GET'))]]) }))).toEqual([['ERROR', 'a1b2c3d4e5']]);
    expect((await run(check, { 'apigateway.restStages': awsError('AccessDeniedException', 'apigateway:GET') })).map((f) => f.status)).toEqual(['ERROR']);
  });
});
