import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/cloudfront-lambda-url-origin-access-control.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { customOrigin, distribution } from '../../fixtures/cloudfront.js';

const G = { region: 'global' };
const URL_DOMAIN = 'abcdefghijklmnopqrstuvwxyz123456.lambda-url.eu-west-1.on.aws';
const withUrl = (oac: string) => distribution('E1', { Origins: { Quantity: 1, Items: [customOrigin('fn', URL_DOMAIN, { OriginAccessControlId: oac })] } });

describe('cloudfront-lambda-url-origin-access-control', () => {
  it('passes a function URL origin behind origin access control', () => {
    expect(verdicts(evaluate(check, { 'cloudfront.distributions': [withUrl('E3LAMBDAOAC001')] }, G))).toEqual([['PASS', 'E1']]);
  });

  it('fails a function URL origin without OAC, saying the URL must be public', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [withUrl('')] }, G);
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
    expect(findings[0]!.message).toContain(`origin fn (${URL_DOMAIN}) without origin access control: the function URL must be public (AuthType NONE)`);
  });

  it('near miss: a custom origin on another domain (API Gateway) is not a function URL and is not evaluated', () => {
    const api = distribution('E1', { Origins: { Quantity: 1, Items: [customOrigin('api', 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com')] } });
    expect(evaluate(check, { 'cloudfront.distributions': [api] }, G)).toEqual([]);
  });

  it('reports ERROR when the distributions cannot be listed', async () => {
    const findings = await run(check, { 'cloudfront.distributions': awsError('AccessDenied', 'cloudfront:ListDistributions') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
