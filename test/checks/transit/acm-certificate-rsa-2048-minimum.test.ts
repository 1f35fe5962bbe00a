import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/acm-certificate-rsa-2048-minimum.js';
import { awsError, evaluate, failed, run, verdicts } from '../../helpers/check-harness.js';
import { certificate, inRegion } from '../../fixtures/acm.js';
import type { CertificateFacts } from '../../../src/data/datasets/acm.js';

const G = { region: 'global' };
const judge = (...certs: ReturnType<typeof certificate>[]) => evaluate(check, { 'acm.allCertificates': [inRegion('eu-west-1', certs)] }, G);

describe('acm-certificate-rsa-2048-minimum', () => {
  it('passes RSA 2048 and 4096 keys', () => {
    const findings = judge(certificate('a', { KeyAlgorithm: 'RSA_2048' }, { region: 'eu-west-1' }), certificate('b', { KeyAlgorithm: 'RSA_4096' }, { region: 'eu-west-1' }));
    expect(verdicts(findings)).toEqual([
      ['PASS', 'a'],
      ['PASS', 'b'],
    ]);
    expect(findings[1]!.message).toBe('ACM certificate b.example.com (b) in eu-west-1 has a 4096-bit RSA key (RSA_4096).');
    expect(findings[0]!.region).toBe('eu-west-1');
  });

  it('fails an imported RSA 1024 certificate, saying it cannot be re-keyed', () => {
    const findings = judge(certificate('legacy', { KeyAlgorithm: 'RSA_1024', Type: 'IMPORTED' }, { region: 'eu-west-1' }));
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.message).toContain('It is imported and cannot be re-keyed');
  });

  it('fails RSA-1024 as DescribeCertificate spells it (a hyphen, not the SDK enum\'s underscore)', () => {
    // DescribeCertificate answers "RSA-2048", "EC-prime256v1"; ListCertificates' summaries "RSA_2048".
    const spelled = (algorithm: string) => algorithm as CertificateFacts['KeyAlgorithm'];
    const findings = judge(
      certificate('weak', { KeyAlgorithm: spelled('RSA-1024'), Type: 'IMPORTED' }, { region: 'eu-west-1', summary: { KeyAlgorithm: undefined } }),
      certificate('strong', { KeyAlgorithm: spelled('RSA-2048') }, { region: 'eu-west-1', summary: { KeyAlgorithm: undefined } }),
      certificate('curve', { KeyAlgorithm: spelled('EC-prime256v1') }, { region: 'eu-west-1', summary: { KeyAlgorithm: undefined } }),
    );
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'weak'],
      ['PASS', 'strong'],
    ]);
    expect(findings[0]!.message).toContain('has a 1024-bit RSA key (RSA_1024)');
    expect(findings[1]!.message).toContain('has a 2048-bit RSA key (RSA_2048)');
  });

  it('near miss: EC certificates are not evaluated', () => {
    expect(judge(certificate('ec', { KeyAlgorithm: 'EC_prime256v1' }, { region: 'eu-west-1' }), certificate('ec384', { KeyAlgorithm: 'EC_secp384r1' }, { region: 'eu-west-1' }))).toEqual([]);
  });

  it('reports ERROR without a key algorithm, for a certificate not described, and when nothing could be listed', async () => {
    const bare = certificate('bare', { KeyAlgorithm: undefined }, { region: 'eu-west-1', summary: { KeyAlgorithm: undefined } });
    const hidden = certificate('hidden', {}, { region: 'eu-west-1', detail: failed(awsError('AccessDeniedException', 'acm:DescribeCertificate')) });
    expect(verdicts(judge(bare, hidden))).toEqual([
      ['ERROR', 'bare'],
      ['ERROR', 'hidden'],
    ]);
    const findings = await run(check, { 'acm.allCertificates': awsError('AccessDeniedException', 'acm:ListCertificates') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
