import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-password-policy-expires-90-days.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const policy = (extra: Record<string, unknown>) => ({ MinimumPasswordLength: 14, AllowUsersToChangePassword: true, ...extra });

describe('iam-password-policy-expires-90-days', () => {
  it('passes a policy expiring passwords after 90 days', () => {
    const findings = evaluate(check, { 'iam.passwordPolicy': policy({ ExpirePasswords: true, MaxPasswordAge: 90 }) }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toBe('The password policy of account 123456789012 expires passwords after 90 days.');
  });

  it('fails a policy expiring passwords after 180 days', () => {
    const findings = evaluate(check, { 'iam.passwordPolicy': policy({ ExpirePasswords: true, MaxPasswordAge: 180 }) }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
  });

  it('near miss: a policy that never expires passwords (no MaxPasswordAge) fails', () => {
    const findings = evaluate(check, { 'iam.passwordPolicy': policy({ ExpirePasswords: false }) }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('does not expire passwords');
  });

  it('fails when there is no password policy', () => {
    expect(verdicts(evaluate(check, { 'iam.passwordPolicy': null }, { region: 'global' }))).toEqual([['FAIL', '123456789012']]);
  });

  it('reports ERROR naming the denied action when the policy cannot be read', async () => {
    const findings = await run(check, { 'iam.passwordPolicy': awsError('AccessDenied', 'iam:GetAccountPasswordPolicy') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetAccountPasswordPolicy']]);
  });

  it('near miss: MaxPasswordAge 0 (never expire, as emulators report an unset age) fails, not "0 <= 90"', () => {
    const findings = evaluate(check, { 'iam.passwordPolicy': policy({ MaxPasswordAge: 0 }) }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toBe('The password policy of account 123456789012 does not expire passwords (at most 90 days needed).');
  });
});
