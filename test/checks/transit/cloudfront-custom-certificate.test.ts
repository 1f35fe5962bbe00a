import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/cloudfront-custom-certificate.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { defaultCertificate, distribution } from '../../fixtures/cloudfront.js';

const G = { region: 'global' };

describe('cloudfront-custom-certificate', () => {
  it('passes a distribution serving an ACM certificate, naming it', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [distribution('E1')] }, G);
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
    expect(findings[0]!.message).toContain('serves ACM certificate arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e');
  });

  it('fails a distribution on the default *.cloudfront.net certificate', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [distribution('E1', { ViewerCertificate: defaultCertificate })] }, G);
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
    expect(findings[0]!.message).toBe('CloudFront distribution E1 (e1.example.com) serves the default *.cloudfront.net certificate (CloudFrontDefaultCertificate is true).');
  });

  it('near miss: an IAM server certificate is a custom certificate too', () => {
    const iam = distribution('E1', { ViewerCertificate: { CloudFrontDefaultCertificate: false, IAMCertificateId: 'ASCAEXAMPLEIAMCERT1', SSLSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021', CertificateSource: 'iam' } });
    const findings = evaluate(check, { 'cloudfront.distributions': [iam] }, G);
    expect(findings.map((f) => [f.status, f.message.includes('IAM server certificate ASCAEXAMPLEIAMCERT1')])).toEqual([['PASS', true]]);
  });

  it('near miss: an old answer with only CertificateSource cloudfront is the default certificate', () => {
    const legacy = distribution('E1', { ViewerCertificate: { CertificateSource: 'cloudfront', MinimumProtocolVersion: 'TLSv1' } });
    expect(verdicts(evaluate(check, { 'cloudfront.distributions': [legacy] }, G))).toEqual([['FAIL', 'E1']]);
  });

  it('reports ERROR without a ViewerCertificate, and when the distributions cannot be listed', async () => {
    expect(verdicts(evaluate(check, { 'cloudfront.distributions': [distribution('E1', { ViewerCertificate: undefined })] }, G))).toEqual([['ERROR', 'E1']]);
    const findings = await run(check, { 'cloudfront.distributions': awsError('AccessDenied', 'cloudfront:ListDistributions') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
