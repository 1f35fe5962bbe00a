import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-password-policy-prevents-reuse.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const policy = (extra: Record<string, unknown>) => ({ MinimumPasswordLength: 14, AllowUsersToChangePassword: true, ExpirePasswords: false, ...extra });

describe('iam-password-policy-prevents-reuse', () => {
  it('passes a policy remembering 24 passwords', () => {
    const findings = evaluate(check, { 'iam.passwordPolicy': policy({ PasswordReusePrevention: 24 }) }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toBe('The password policy of account 123456789012 prevents reuse of the last 24 passwords.');
  });

  it('fails a policy remembering 5 passwords', () => {
    const findings = evaluate(check, { 'iam.passwordPolicy': policy({ PasswordReusePrevention: 5 }) }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
  });

  it('near miss: a strong policy without PasswordReusePrevention fails', () => {
    const findings = evaluate(check, { 'iam.passwordPolicy': policy({ RequireSymbols: true }) }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('does not prevent password reuse');
  });

  it('fails when there is no password policy', () => {
    expect(verdicts(evaluate(check, { 'iam.passwordPolicy': null }, { region: 'global' }))).toEqual([['FAIL', '123456789012']]);
  });

  it('reports ERROR naming the denied action when the policy cannot be read', async () => {
    const findings = await run(check, { 'iam.passwordPolicy': awsError('AccessDenied', 'iam:GetAccountPasswordPolicy') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetAccountPasswordPolicy']]);
  });
});
