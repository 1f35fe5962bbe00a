// The ACM datasets against recorded answers: the one ListCertificates request (every key type,
// ISSUED and EXPIRED only), per-certificate descriptions kept or dropped, one Region's refusal kept
// as that Region's error, and CloudFront's certificates read in us-east-1 when it is not scanned.
import { describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../src/data/inventory.js';
import { LIST_CERTIFICATES_INPUT } from '../../src/data/datasets/acm.js';
import { replayLoader } from '../helpers/replay-loader.js';

const answer = (region: string, operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service: 'acm', region, operation, input, output });
const refused = (region: string, operation: string, input: Record<string, unknown>, code: string): RecordedCall => ({
  service: 'acm',
  region,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus: 400 },
});
const LIST = LIST_CERTIFICATES_INPUT as unknown as Record<string, unknown>;
const arn = (region: string, id: string) => `arn:aws:acm:${region}:123456789012:certificate/${id}`;
const summary = (region: string, id: string, extra: Record<string, unknown> = {}) => ({
  CertificateArn: arn(region, id),
  DomainName: `${id}.example.com`,
  Status: 'ISSUED',
  Type: 'AMAZON_ISSUED',
  KeyAlgorithm: 'RSA_2048',
  InUse: true,
  NotAfter: new Date('2027-03-01T00:00:00Z'),
  ...extra,
});
const detail = (region: string, id: string, extra: Record<string, unknown> = {}) => ({
  Certificate: { ...summary(region, id), InUseBy: [], RenewalEligibility: 'ELIGIBLE', DomainValidationOptions: [{ DomainName: `${id}.example.com`, ValidationStatus: 'SUCCESS' }], ...extra },
});

describe('acm.certificates', () => {
  it('asks for every key type and for ISSUED and EXPIRED certificates, in pages of 1,000, paged to the end', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('eu-west-1', 'ListCertificates', LIST, { CertificateSummaryList: [summary('eu-west-1', 'a')], NextToken: 'n2' }),
        answer('eu-west-1', 'ListCertificates', { ...LIST, NextToken: 'n2' }, { CertificateSummaryList: [summary('eu-west-1', 'b', { KeyAlgorithm: 'EC_prime256v1' })] }),
        answer('eu-west-1', 'DescribeCertificate', { CertificateArn: arn('eu-west-1', 'a') }, detail('eu-west-1', 'a')),
        answer('eu-west-1', 'DescribeCertificate', { CertificateArn: arn('eu-west-1', 'b') }, detail('eu-west-1', 'b', { KeyAlgorithm: 'EC_prime256v1' })),
      ],
      ['eu-west-1'],
      'eu-west-1',
    );
    const certs = await loader.load('acm.certificates', 'eu-west-1');
    expect(certs.map((c) => [c.arn.split('/').pop(), c.region, c.detail.ok && c.detail.value.KeyAlgorithm])).toEqual([
      ['a', 'eu-west-1', 'RSA_2048'],
      ['b', 'eu-west-1', 'EC_prime256v1'],
    ]);
    const first = sent.find((r) => r.operation === 'ListCertificates')!.input;
    expect(first).toEqual({
      CertificateStatuses: ['ISSUED', 'EXPIRED'],
      Includes: { keyTypes: ['RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1'] },
      MaxItems: 1000,
    });
    // The description keeps what the checks read, not the domain validation records.
    expect(JSON.stringify(certs)).not.toContain('DomainValidationOptions');
  });

  it('drops a certificate deleted since the listing and keeps a refused description as that certificate’s error', async () => {
    const { loader } = replayLoader(
      [
        answer('us-east-1', 'ListCertificates', LIST, { CertificateSummaryList: [summary('us-east-1', 'gone'), summary('us-east-1', 'hidden')] }),
        refused('us-east-1', 'DescribeCertificate', { CertificateArn: arn('us-east-1', 'gone') }, 'ResourceNotFoundException'),
        refused('us-east-1', 'DescribeCertificate', { CertificateArn: arn('us-east-1', 'hidden') }, 'AccessDeniedException'),
      ],
      ['us-east-1'],
    );
    const certs = await loader.load('acm.certificates', 'us-east-1');
    expect(certs.map((c) => [c.arn.split('/').pop(), c.detail.ok ? 'ok' : c.detail.error.code])).toEqual([['hidden', 'AccessDeniedException']]);
  });
});

describe('acm.allCertificates', () => {
  it('keeps the Regions that answered when one refuses its listing', async () => {
    const { loader } = replayLoader(
      [
        answer('us-east-1', 'ListCertificates', LIST, { CertificateSummaryList: [] }),
        refused('eu-west-1', 'ListCertificates', LIST, 'AccessDeniedException'),
      ],
      ['us-east-1', 'eu-west-1'],
    );
    const all = await loader.load('acm.allCertificates', 'us-east-1');
    expect(all.map((r) => [r.region, r.result.ok ? r.result.value.length : r.result.error.code])).toEqual([
      ['us-east-1', 0],
      ['eu-west-1', 'AccessDeniedException'],
    ]);
  });

  it('reads the certificates CloudFront uses in us-east-1 when only eu-west-1 is scanned, and only those', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('eu-west-1', 'ListCertificates', LIST, { CertificateSummaryList: [] }),
        answer('us-east-1', 'ListCertificates', LIST, {
          CertificateSummaryList: [summary('us-east-1', 'cdn'), summary('us-east-1', 'alb'), summary('us-east-1', 'idle', { InUse: false })],
        }),
        answer('us-east-1', 'DescribeCertificate', { CertificateArn: arn('us-east-1', 'cdn') }, detail('us-east-1', 'cdn', { InUseBy: ['arn:aws:cloudfront::123456789012:distribution/E1'] })),
        answer('us-east-1', 'DescribeCertificate', { CertificateArn: arn('us-east-1', 'alb') }, detail('us-east-1', 'alb', { InUseBy: ['arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1'] })),
      ],
      ['eu-west-1'],
      'eu-west-1',
    );
    const all = await loader.load('acm.allCertificates', 'eu-west-1');
    expect(all.map((r) => [r.region, r.cloudFrontOnly ?? false, r.result.ok ? r.result.value.map((c) => c.arn.split('/').pop()) : 'error'])).toEqual([
      ['eu-west-1', false, []],
      ['us-east-1', true, ['cdn']],
    ]);
    // A certificate the listing says is not in use is not described.
    expect(sent.filter((r) => r.operation === 'DescribeCertificate').map((r) => String(r.input.CertificateArn).split('/').pop()).sort()).toEqual(['alb', 'cdn']);
  });
});
