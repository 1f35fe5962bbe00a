import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/iam-server-certificate-not-expired.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const cert = (name: string, expiration: Date | undefined) => ({
  Path: '/',
  ServerCertificateName: name,
  ServerCertificateId: `ASCA${name.toUpperCase().replace(/-/g, '')}`,
  Arn: `arn:aws:iam::123456789012:server-certificate/${name}`,
  UploadDate: new Date('2025-01-10T10:00:00Z'),
  Expiration: expiration,
});

describe('iam-server-certificate-not-expired', () => {
  it('passes a certificate valid until next year', () => {
    const findings = evaluate(check, { 'iam.serverCertificates': [cert('www-acme-2027', new Date('2027-01-10T23:59:59Z'))] }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'www-acme-2027']]);
    expect(findings[0]!.message).toBe('Server certificate www-acme-2027 is valid until 2027-01-10.');
    expect(findings[0]!.region).toBe('global');
  });

  it('fails a certificate that expired last month', () => {
    const findings = evaluate(check, { 'iam.serverCertificates': [cert('www-acme-2025', new Date('2026-10-01T00:00:00Z'))] }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'www-acme-2025']]);
    expect(findings[0]!.message).toBe('Server certificate www-acme-2025 expired on 2026-10-01.');
  });

  it('near miss: a certificate expiring an hour from now still passes; one that expired an hour ago fails', () => {
    const findings = evaluate(
      check,
      {
        'iam.serverCertificates': [cert('soon', new Date('2026-11-01T13:00:00Z')), cert('just-gone', new Date('2026-11-01T11:00:00Z'))],
      },
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([
      ['PASS', 'soon'],
      ['FAIL', 'just-gone'],
    ]);
  });

  it('reads an expiration given as ISO text (recorded or emulated answers) instead of reporting ERROR', () => {
    const findings = evaluate(check, { 'iam.serverCertificates': [{ ...cert('old-www', undefined), Expiration: '2025-06-30T23:59:59Z' }] }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'old-www']]);
    expect(findings[0]!.message).toBe('Server certificate old-www expired on 2025-06-30.');
  });

  it('reports ERROR for a certificate without an expiration date', () => {
    const findings = evaluate(check, { 'iam.serverCertificates': [cert('mystery', undefined)] }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', 'mystery']]);
  });

  it('reports ERROR naming the denied action when the certificates cannot be listed', async () => {
    const findings = await run(check, { 'iam.serverCertificates': awsError('AccessDenied', 'iam:ListServerCertificates') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:ListServerCertificates']]);
  });
});
