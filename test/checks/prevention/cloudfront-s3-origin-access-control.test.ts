import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/cloudfront-s3-origin-access-control.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { customOrigin, distribution, s3Origin } from '../../fixtures/cloudfront.js';

const G = { region: 'global' };
const origins = (...items: ReturnType<typeof s3Origin>[]) => ({ Origins: { Quantity: items.length, Items: items } });

describe('cloudfront-s3-origin-access-control', () => {
  it('passes S3 origins behind origin access control', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [distribution('E1')] }, G);
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
  });

  it('fails an S3 origin on a legacy OAI, saying so', () => {
    const oai = s3Origin('legacy', 'acme-legacy.s3.amazonaws.com', { OriginAccessControlId: '', S3OriginConfig: { OriginAccessIdentity: 'origin-access-identity/cloudfront/E74FTE3AEXAMPLE' } });
    const findings = evaluate(check, { 'cloudfront.distributions': [distribution('E1', origins(s3Origin('assets', 'acme-assets.s3.amazonaws.com'), oai))] }, G);
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
    expect(findings[0]!.message).toBe('CloudFront distribution E1 (e1.example.com): origin legacy (acme-legacy.s3.amazonaws.com) uses legacy OAI E74FTE3AEXAMPLE instead of origin access control.');
  });

  it('fails an S3 origin with neither, saying the bucket must be public', () => {
    const open = s3Origin('open', 'acme-open.s3.eu-west-1.amazonaws.com', { OriginAccessControlId: '' });
    const findings = evaluate(check, { 'cloudfront.distributions': [distribution('E1', origins(open))] }, G);
    expect(findings.map((f) => [f.status, f.message.includes('its bucket must be public to serve content')])).toEqual([['FAIL', true]]);
  });

  it('near miss: an S3 website endpoint is a custom origin that cannot use OAC and is not evaluated', () => {
    const website = customOrigin('site', 'acme-site.s3-website-us-east-1.amazonaws.com', {}, { OriginProtocolPolicy: 'http-only' });
    expect(evaluate(check, { 'cloudfront.distributions': [distribution('E1', origins(website))] }, G)).toEqual([]);
  });

  it('reports ERROR when the distributions cannot be listed', async () => {
    const findings = await run(check, { 'cloudfront.distributions': awsError('AccessDenied', 'cloudfront:ListDistributions') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
