import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-root-hardware-mfa-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const WITH_PASSWORD = { AccountPasswordPresent: 1, AccountAccessKeysPresent: 0, AccountSigningCertificatesPresent: 0 };
const NO_CREDENTIALS = { AccountPasswordPresent: 0, AccountAccessKeysPresent: 0, AccountSigningCertificatesPresent: 0 };
const rootVirtual = {
  SerialNumber: 'arn:aws:iam::123456789012:mfa/root-account-mfa-device',
  User: { Arn: 'arn:aws:iam::123456789012:root', UserId: '123456789012', UserName: '', Path: '/', CreateDate: new Date('2019-04-02T09:12:44Z') },
  EnableDate: new Date('2019-04-02T10:00:00Z'),
};
const aliceVirtual = {
  SerialNumber: 'arn:aws:iam::123456789012:mfa/alice',
  User: { Arn: 'arn:aws:iam::123456789012:user/alice', UserId: 'AIDAEXAMPLEALICE0001', UserName: 'alice', Path: '/', CreateDate: new Date('2024-01-10T09:00:00Z') },
  EnableDate: new Date('2024-01-10T09:05:00Z'),
};
const data = (mfa: number, devices: unknown[], credentials: Record<string, number> = WITH_PASSWORD) => ({
  'iam.accountSummary': { AccountMFAEnabled: mfa, ...credentials },
  'iam.virtualMfaDevices': devices,
});

describe('iam-root-hardware-mfa-enabled', () => {
  it('passes when root has MFA and no virtual device is assigned to root', () => {
    const findings = evaluate(check, data(1, [aliceVirtual]), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it('fails when root MFA is a virtual device, naming its serial', () => {
    const findings = evaluate(check, data(1, [aliceVirtual, rootVirtual]), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toBe('The root user of account 123456789012 uses a virtual MFA device (arn:aws:iam::123456789012:mfa/root-account-mfa-device).');
  });

  it('near miss: no virtual device at all, but root has no MFA either: FAIL', () => {
    const findings = evaluate(check, data(0, []), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('has no MFA at all');
  });

  it('passes a member account whose root has no credentials at all (centralized root access)', () => {
    const findings = evaluate(check, data(0, [], NO_CREDENTIALS), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it('near miss: no MFA and no password, but an access key: FAIL', () => {
    const findings = evaluate(check, data(0, [], { ...NO_CREDENTIALS, AccountAccessKeysPresent: 1 }), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
  });

  it('reports ERROR naming the denied action when the devices cannot be listed', async () => {
    const findings = await run(check, { ...data(1, []), 'iam.virtualMfaDevices': awsError('AccessDenied', 'iam:ListVirtualMFADevices') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:ListVirtualMFADevices']]);
  });

  it('near miss: a root virtual device listed without its user is still found by its serial number', () => {
    const { User: _dropped, ...bare } = rootVirtual;
    expect(verdicts(evaluate(check, data(1, [bare]), { region: 'global' }))).toEqual([['FAIL', '123456789012']]);
  });

  it('reports ERROR, not PASS, when an assigned virtual device is listed without saying whose it is', () => {
    const findings = evaluate(check, data(1, [{ SerialNumber: 'arn:aws:iam::123456789012:mfa/ops-token' }]), { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012']]);
    expect(findings[0]!.message).toBe(
      'Could not evaluate the root user of account 123456789012: it has MFA enabled, but iam:ListVirtualMFADevices does not say whom virtual MFA device arn:aws:iam::123456789012:mfa/ops-token is assigned to.',
    );
  });
});
