import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/cloudfront-origin-no-sslv3.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { customOrigin, distribution } from '../../fixtures/cloudfront.js';

const G = { region: 'global' };
const withProtocols = (...sets: Array<Array<'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2'>>) =>
  distribution('E1', { Origins: { Quantity: sets.length, Items: sets.map((items, i) => customOrigin(`o${i}`, `o${i}.example.com`, {}, { OriginSslProtocols: { Quantity: items.length, Items: items } })) } });

describe('cloudfront-origin-no-sslv3', () => {
  it('passes custom origins offered TLSv1.2 only', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [withProtocols(['TLSv1.2'])] }, G);
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
    expect(findings[0]!.message).toBe('CloudFront distribution E1 (e1.example.com) offers no custom origin SSLv3.');
  });

  it('fails a custom origin offered SSLv3, naming it', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [withProtocols(['TLSv1.2'], ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'])] }, G);
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
    expect(findings[0]!.message).toBe('CloudFront distribution E1 (e1.example.com) offers SSLv3 to origin o1 (o1.example.com).');
  });

  it('near miss: TLSv1 and TLSv1.1 are named but do not fail, as CloudFront.10 does not judge them', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [withProtocols(['TLSv1', 'TLSv1.1', 'TLSv1.2'])] }, G);
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
    expect(findings[0]!.message).toContain('origin o0 (o0.example.com) still offers TLSv1 and TLSv1.1, which CloudFront.10 does not judge.');
  });

  it('passes a distribution with S3 origins only: no custom origin to offer SSLv3 to', () => {
    expect(verdicts(evaluate(check, { 'cloudfront.distributions': [distribution('E1')] }, G))).toEqual([['PASS', 'E1']]);
  });

  it('reports ERROR when the distributions cannot be listed', async () => {
    const findings = await run(check, { 'cloudfront.distributions': awsError('AccessDenied', 'cloudfront:ListDistributions') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
