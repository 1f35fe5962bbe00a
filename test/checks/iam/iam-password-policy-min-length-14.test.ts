import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-password-policy-min-length-14.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const policy = (extra: Record<string, unknown>) => ({
  MinimumPasswordLength: 14,
  RequireSymbols: true,
  RequireNumbers: true,
  RequireUppercaseCharacters: true,
  RequireLowercaseCharacters: true,
  AllowUsersToChangePassword: true,
  ExpirePasswords: false,
  ...extra,
});

describe('iam-password-policy-min-length-14', () => {
  it('passes a policy requiring 14 characters', () => {
    const findings = evaluate(check, { 'iam.passwordPolicy': policy({}) }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toBe('The password policy of account 123456789012 requires at least 14 characters.');
  });

  it('fails when there is no password policy (NoSuchEntity)', () => {
    const findings = evaluate(check, { 'iam.passwordPolicy': null }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('has no IAM password policy');
  });

  it('near miss: 13 characters fails', () => {
    const findings = evaluate(check, { 'iam.passwordPolicy': policy({ MinimumPasswordLength: 13 }) }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toBe('The password policy of account 123456789012 requires only 13 characters (at least 14 needed).');
  });

  it('reports ERROR naming the denied action when the policy cannot be read', async () => {
    const findings = await run(check, { 'iam.passwordPolicy': awsError('AccessDenied', 'iam:GetAccountPasswordPolicy') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetAccountPasswordPolicy']]);
  });
});
