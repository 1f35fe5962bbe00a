import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/cloudfront-default-root-object.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { customOrigin, distribution } from '../../fixtures/cloudfront.js';

const G = { region: 'global' };
const d1 = distribution('E1');
const judge = (setting: unknown, d = d1) => evaluate(check, { 'cloudfront.distributions': [d], 'cloudfront.distributionSettings': [{ distribution: d, result: setting }] }, G);

describe('cloudfront-default-root-object', () => {
  it('passes a distribution with an S3 origin and a default root object', () => {
    const findings = judge(ok({ DefaultRootObject: 'index.html' }));
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
    expect(findings[0]!.message).toBe('CloudFront distribution E1 (e1.example.com) has default root object index.html.');
  });

  it('fails an empty DefaultRootObject, as GetDistributionConfig sends it', () => {
    expect(verdicts(judge(ok({ DefaultRootObject: '' })))).toEqual([['FAIL', 'E1']]);
  });

  it('near miss: a distribution with custom origins only is not evaluated', () => {
    const api = distribution('E1', { Origins: { Quantity: 1, Items: [customOrigin('api', 'api.example.com')] } });
    expect(judge(ok({ DefaultRootObject: '' }), api)).toEqual([]);
  });

  it('reports ERROR when the configuration cannot be read, and when the distributions cannot be listed', async () => {
    expect(verdicts(judge(failed(awsError('AccessDenied', 'cloudfront:GetDistributionConfig'))))).toEqual([['ERROR', 'E1']]);
    const findings = await run(check, { 'cloudfront.distributions': awsError('AccessDenied', 'cloudfront:ListDistributions'), 'cloudfront.distributionSettings': [] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
