import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-password-policy-strong.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const policy = (extra: Record<string, unknown>) => ({
  MinimumPasswordLength: 8,
  RequireSymbols: true,
  RequireNumbers: true,
  RequireUppercaseCharacters: true,
  RequireLowercaseCharacters: true,
  AllowUsersToChangePassword: true,
  ExpirePasswords: false,
  ...extra,
});

describe('iam-password-policy-strong', () => {
  it('passes a policy requiring all four classes and 8 characters', () => {
    const findings = evaluate(check, { 'iam.passwordPolicy': policy({}) }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it('fails a policy without symbols or numbers, naming both', () => {
    const findings = evaluate(check, { 'iam.passwordPolicy': policy({ RequireSymbols: false, RequireNumbers: false }) }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toBe('The password policy of account 123456789012 does not require a number, a symbol.');
  });

  it('near miss: all four classes but a minimum of 6 characters fails', () => {
    const findings = evaluate(check, { 'iam.passwordPolicy': policy({ MinimumPasswordLength: 6 }) }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('at least 8 characters (it asks for 6)');
  });

  it('fails when there is no password policy', () => {
    expect(verdicts(evaluate(check, { 'iam.passwordPolicy': null }, { region: 'global' }))).toEqual([['FAIL', '123456789012']]);
  });

  it('reports ERROR naming the denied action when the policy cannot be read', async () => {
    const findings = await run(check, { 'iam.passwordPolicy': awsError('AccessDenied', 'iam:GetAccountPasswordPolicy') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetAccountPasswordPolicy']]);
  });
});
