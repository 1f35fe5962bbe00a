import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/acm-certificate-not-expiring.js';
import { awsError, evaluate, failed, run, verdicts } from '../../helpers/check-harness.js';
import { certificate, inRegion } from '../../fixtures/acm.js';

const G = { region: 'global' };
// The harness clock: 2026-11-01T12:00:00Z.
const judge = (...certs: ReturnType<typeof certificate>[]) => evaluate(check, { 'acm.allCertificates': [inRegion('us-east-1', certs)] }, G);

describe('acm-certificate-not-expiring', () => {
  it('passes a certificate valid for months, in its own Region, saying ACM renews it', () => {
    const findings = judge(certificate('shop', { NotAfter: new Date('2027-06-01T00:00:00Z'), InUseBy: ['arn:aws:cloudfront::123456789012:distribution/E1'] }));
    expect(verdicts(findings)).toEqual([['PASS', 'shop']]);
    expect(findings[0]!.region).toBe('us-east-1');
    expect(findings[0]!.message).toBe(
      'ACM certificate shop.example.com (shop) in us-east-1 is valid until 2027-06-01 (211 days); in use by arn:aws:cloudfront::123456789012:distribution/E1; ACM will renew it itself (Amazon-issued, eligible for managed renewal).',
    );
  });

  it('fails an expired certificate, saying it is not in use', () => {
    const findings = judge(certificate('old', { Status: 'EXPIRED', NotAfter: new Date('2026-10-01T00:00:00Z') }));
    expect(verdicts(findings)).toEqual([['FAIL', 'old']]);
    expect(findings[0]!.message).toContain('expired on 2026-10-01 (31 days ago); not in use');
  });

  it('fails an imported certificate expiring within 30 days, saying ACM never renews it', () => {
    const findings = judge(certificate('partner', { Type: 'IMPORTED', RenewalEligibility: 'INELIGIBLE', NotAfter: new Date('2026-11-20T00:00:00Z'), InUseBy: ['arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1'] }));
    expect(verdicts(findings)).toEqual([['FAIL', 'partner']]);
    expect(findings[0]!.message).toContain('expires on 2026-11-20, in 18 days (30 days or fewer)');
    expect(findings[0]!.message).toContain('ACM never renews an imported certificate');
  });

  it('near miss: 30 days and a few hours away passes only past the 30-day line', () => {
    const justInside = certificate('inside', { NotAfter: new Date('2026-12-01T12:00:00Z') });
    const justOutside = certificate('outside', { NotAfter: new Date('2026-12-01T12:00:01Z') });
    expect(verdicts(judge(justInside, justOutside))).toEqual([
      ['FAIL', 'inside'],
      ['PASS', 'outside'],
    ]);
  });

  it('near miss: a certificate whose status changed away from ISSUED since the listing is not judged', () => {
    expect(judge(certificate('revoked', { Status: 'REVOKED', NotAfter: new Date('2026-11-02T00:00:00Z') }))).toEqual([]);
  });

  it('takes NotAfter from the listing when the description leaves it out, and is ERROR when neither has it', () => {
    const fromSummary = certificate('a', { NotAfter: undefined }, { summary: { NotAfter: new Date('2027-01-01T00:00:00Z') } });
    const neither = certificate('b', { NotAfter: undefined }, { summary: { NotAfter: undefined } });
    expect(verdicts(judge(fromSummary, neither))).toEqual([
      ['PASS', 'a'],
      ['ERROR', 'b'],
    ]);
  });

  it('reports ERROR for a certificate that could not be described and for a Region whose listing failed, in that Region', () => {
    const hidden = certificate('hidden', {}, { detail: failed(awsError('AccessDeniedException', 'acm:DescribeCertificate')) });
    const findings = evaluate(
      check,
      { 'acm.allCertificates': [inRegion('us-east-1', [hidden]), { region: 'eu-west-1', result: failed(awsError('AccessDeniedException', 'acm:ListCertificates')) }] },
      G,
    );
    expect(findings.map((f) => [f.status, f.resourceId, f.region])).toEqual([
      ['ERROR', 'hidden', 'us-east-1'],
      ['ERROR', '123456789012/eu-west-1', 'eu-west-1'],
    ]);
  });

  it('reports ERROR when the certificates cannot be collected at all', async () => {
    const findings = await run(check, { 'acm.allCertificates': awsError('AccessDeniedException', 'acm:ListCertificates') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
