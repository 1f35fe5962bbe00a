import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/cloudfront-s3-origin-bucket-exists.js';
import { s3OriginBucket } from '../../../src/data/cloudfront-origins.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { customOrigin, distribution, s3Origin } from '../../fixtures/cloudfront.js';

const G = { region: 'global' };
const withBucket = (id: string, domain: string) => distribution(id, { Origins: { Quantity: 1, Items: [s3Origin('o', domain)] } });

describe('cloudfront-s3-origin-bucket-exists', () => {
  it('passes a bucket of this account and a bucket of another account (403), saying so', () => {
    const findings = evaluate(
      check,
      {
        'cloudfront.distributions': [withBucket('E1', 'acme-assets.s3.amazonaws.com'), withBucket('E2', 'partner-cdn.s3.us-west-2.amazonaws.com')],
        'cloudfront.originBuckets': [
          { bucket: 'acme-assets', result: ok({ exists: true, how: 'owned' }) },
          { bucket: 'partner-cdn', result: ok({ exists: true, how: 'forbidden' }) },
        ],
      },
      G,
    );
    expect(verdicts(findings)).toEqual([
      ['PASS', 'E1'],
      ['PASS', 'E2'],
    ]);
    expect(findings[1]!.message).toContain('partner-cdn is an existing bucket owned by another account');
  });

  it('fails an origin whose bucket does not exist (404): a takeover', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [withBucket('E1', 'acme-old-site.s3.eu-west-1.amazonaws.com')], 'cloudfront.originBuckets': [{ bucket: 'acme-old-site', result: ok({ exists: false }) }] }, G);
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
    expect(findings[0]!.message).toBe(
      'CloudFront distribution E1 (e1.example.com): origin o (acme-old-site.s3.eu-west-1.amazonaws.com) names bucket acme-old-site, which does not exist; anyone can create that bucket and serve content through this distribution.',
    );
  });

  it('near miss: website endpoints are excluded, and a distribution without S3 REST origins is not evaluated', () => {
    const site = distribution('E1', { Origins: { Quantity: 1, Items: [customOrigin('site', 'gone-site.s3-website-us-east-1.amazonaws.com')] } });
    expect(evaluate(check, { 'cloudfront.distributions': [site], 'cloudfront.originBuckets': [] }, G)).toEqual([]);
  });

  it('near miss: a bucket name that itself contains .s3. is read up to the endpoint', () => {
    expect(s3OriginBucket('media.s3.archive.s3.eu-west-1.amazonaws.com')).toEqual({ bucket: 'media.s3.archive', region: 'eu-west-1' });
    expect(s3OriginBucket('logs.s3-us-west-2.amazonaws.com')).toEqual({ bucket: 'logs', region: 'us-west-2' });
    expect(s3OriginBucket('assets.s3.amazonaws.com')).toEqual({ bucket: 'assets' });
    expect(s3OriginBucket('assets.s3.dualstack.ap-south-1.amazonaws.com')).toEqual({ bucket: 'assets', region: 'ap-south-1' });
  });

  it('reports ERROR when HeadBucket fails otherwise, and when the distributions cannot be listed', async () => {
    const findings = evaluate(
      check,
      { 'cloudfront.distributions': [withBucket('E1', 'acme-hidden.s3.amazonaws.com')], 'cloudfront.originBuckets': [{ bucket: 'acme-hidden', result: failed(awsError('InternalError', 's3:ListBucket', 'other')) }] },
      G,
    );
    expect(verdicts(findings)).toEqual([['ERROR', 'E1']]);
    const listing = await run(check, { 'cloudfront.distributions': awsError('AccessDenied', 'cloudfront:ListDistributions'), 'cloudfront.originBuckets': [] });
    expect(listing.map((f) => f.status)).toEqual(['ERROR']);
  });
});
