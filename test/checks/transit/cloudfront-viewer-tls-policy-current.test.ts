import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/cloudfront-viewer-tls-policy-current.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { defaultCertificate, distribution } from '../../fixtures/cloudfront.js';

const G = { region: 'global' };
const withPolicy = (id: string, MinimumProtocolVersion: string, SSLSupportMethod = 'sni-only') =>
  distribution(id, { ViewerCertificate: { ...distribution(id).ViewerCertificate, MinimumProtocolVersion, SSLSupportMethod } as never });

describe('cloudfront-viewer-tls-policy-current', () => {
  it('passes each policy CloudFront.15 allows', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [withPolicy('E1', 'TLSv1.2_2021'), withPolicy('E2', 'TLSv1.2_2025'), withPolicy('E3', 'TLSv1.3_2025')] }, G);
    expect(verdicts(findings)).toEqual([
      ['PASS', 'E1'],
      ['PASS', 'E2'],
      ['PASS', 'E3'],
    ]);
  });

  it('fails TLSv1 and TLSv1.1_2016, naming the policy', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [withPolicy('E1', 'TLSv1'), withPolicy('E2', 'TLSv1.1_2016')] }, G);
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'E1'],
      ['FAIL', 'E2'],
    ]);
    expect(findings[1]!.message).toBe('CloudFront distribution E2 (e2.example.com) uses viewer security policy TLSv1.1_2016; CloudFront.15 accepts only TLSv1.2_2021, TLSv1.2_2025 or TLSv1.3_2025.');
  });

  it('near miss: TLSv1.2_2019 and TLSv1.2_2018 are TLS 1.2 but fail', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [withPolicy('E1', 'TLSv1.2_2019'), withPolicy('E2', 'TLSv1.2_2018')] }, G);
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'E1'],
      ['FAIL', 'E2'],
    ]);
  });

  it('near miss: the default certificate and dedicated-IP (vip) distributions are not evaluated', () => {
    const onDefault = distribution('E1', { ViewerCertificate: defaultCertificate });
    expect(evaluate(check, { 'cloudfront.distributions': [onDefault, withPolicy('E2', 'TLSv1', 'vip')] }, G)).toEqual([]);
  });

  it('reports ERROR when the policy is missing, and when the distributions cannot be listed', async () => {
    const bare = distribution('E1', { ViewerCertificate: { ...distribution('E1').ViewerCertificate, MinimumProtocolVersion: undefined } });
    expect(verdicts(evaluate(check, { 'cloudfront.distributions': [bare] }, G))).toEqual([['ERROR', 'E1']]);
    const findings = await run(check, { 'cloudfront.distributions': awsError('AccessDenied', 'cloudfront:ListDistributions') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
