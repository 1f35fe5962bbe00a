import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-user-console-mfa-enabled.js';
import { reportOf as report, userRow as user } from '../../fixtures/iam.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

describe('iam-user-console-mfa-enabled', () => {
  it('passes a console user with MFA, naming the report time', () => {
    const findings = evaluate(check, report(user('alice', { password_enabled: 'true', mfa_active: 'true' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'alice']]);
    expect(findings[0]!.message).toBe('User alice has a console password and MFA enabled (credential report generated 2026-11-01T08:00:00.000Z).');
    expect(findings[0]!.resourceArn).toBe('arn:aws:iam::123456789012:user/alice');
  });

  it('fails a console user without MFA', () => {
    const findings = evaluate(check, report(user('bob', { password_enabled: 'true', mfa_active: 'false' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'bob']]);
    expect(findings[0]!.message).toContain('User bob has a console password but no MFA device');
  });

  it('near miss: a user without a console password passes even without MFA', () => {
    const findings = evaluate(check, report(user('ci-deployer', { access_key_1_active: 'true' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'ci-deployer']]);
  });

  it('near miss: the <root_account> row is never judged as a user', () => {
    expect(evaluate(check, report(), { region: 'global' })).toEqual([]);
  });

  it('reports ERROR naming the denied action when the report cannot be read', async () => {
    const findings = await run(check, { 'iam.credentialReport': awsError('AccessDenied', 'iam:GetCredentialReport') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetCredentialReport']]);
  });

  it('reports ERROR, not FAIL, for a console user when the report has no mfa_active column', () => {
    const { mfa_active: _dropped, ...row } = user('carol', { password_enabled: 'true' });
    const findings = evaluate(check, report(row as ReturnType<typeof user>), { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', 'carol']]);
    expect(findings[0]!.message).toBe('Could not evaluate user carol: the credential report has no column mfa_active for carol (credential report generated 2026-11-01T08:00:00.000Z).');
  });

  it('reports ERROR, not PASS, when the report has no password_enabled column', () => {
    const { password_enabled: _dropped, ...row } = user('dave');
    expect(verdicts(evaluate(check, report(row as ReturnType<typeof user>), { region: 'global' }))).toEqual([['ERROR', 'dave']]);
  });
});
