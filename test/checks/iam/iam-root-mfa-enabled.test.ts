import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-root-mfa-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const ROOT_WITH_PASSWORD = { AccountPasswordPresent: 1, AccountAccessKeysPresent: 0, AccountSigningCertificatesPresent: 0 };
const ROOT_WITHOUT_CREDENTIALS = { AccountPasswordPresent: 0, AccountAccessKeysPresent: 0, AccountSigningCertificatesPresent: 0 };
const data = (mfa: number, credentials: Record<string, number> = ROOT_WITH_PASSWORD) => ({ 'iam.accountSummary': { AccountMFAEnabled: mfa, ...credentials } });
const global = { region: 'global' };

describe('iam-root-mfa-enabled', () => {
  it('passes when AccountMFAEnabled is 1', () => {
    const findings = evaluate(check, data(1), global);
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toBe('The root user of account 123456789012 has MFA enabled.');
  });

  it('fails when AccountMFAEnabled is 0 and root has a password', () => {
    const findings = evaluate(check, data(0), global);
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toBe('The root user of account 123456789012 has no MFA enabled: it holds a password.');
  });

  it('passes a member account whose root has no password, access key or signing certificate (centralized root access), without asking Organizations', () => {
    const findings = evaluate(check, data(0, ROOT_WITHOUT_CREDENTIALS), global);
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toContain('it has no password, no access key and no signing certificate (GetAccountSummary)');
    expect(check.reads).toEqual(['iam.accountSummary']);
  });

  it('near miss: no password, but a root access key: FAIL naming it', () => {
    const findings = evaluate(check, data(0, { ...ROOT_WITHOUT_CREDENTIALS, AccountAccessKeysPresent: 1 }), global);
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('it holds an access key');
  });

  it('near miss: no password or key, but a signing certificate: FAIL', () => {
    const findings = evaluate(check, data(0, { ...ROOT_WITHOUT_CREDENTIALS, AccountSigningCertificatesPresent: 1 }), global);
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('a signing certificate');
  });

  it('near miss: a summary that does not report AccountPasswordPresent cannot prove root has no credentials: FAIL, saying so', () => {
    const findings = evaluate(check, { 'iam.accountSummary': { AccountMFAEnabled: 0, AccountAccessKeysPresent: 0, AccountSigningCertificatesPresent: 0 } }, global);
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('GetAccountSummary does not report AccountPasswordPresent');
  });

  it('reports ERROR naming the denied action when the summary cannot be read', async () => {
    const findings = await run(check, { 'iam.accountSummary': awsError('AccessDenied', 'iam:GetAccountSummary') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetAccountSummary']]);
  });

  it('reports a summary without AccountMFAEnabled as an ERROR about the root user, never a pass', () => {
    const findings = evaluate(check, { 'iam.accountSummary': ROOT_WITHOUT_CREDENTIALS }, global);
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012']]);
    expect(findings[0]!.message).toBe('Could not evaluate the root user of account 123456789012: iam:GetAccountSummary returned no AccountMFAEnabled value.');
  });
});
