import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-user-no-unused-initial-access-key.js';
import { reportOf as report, userRow as user } from '../../fixtures/iam.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

describe('iam-user-no-unused-initial-access-key', () => {
  it('passes a console user whose active key has been used', () => {
    const row = user('alice', { password_enabled: 'true', access_key_1_active: 'true', access_key_1_last_rotated: '2026-09-01T10:00:00+00:00', access_key_1_last_used_date: '2026-10-30T10:00:00+00:00' });
    expect(verdicts(evaluate(check, report(row), { region: 'global' }))).toEqual([['PASS', 'alice']]);
  });

  it('fails a console user with an active key never used', () => {
    const row = user('bob', { password_enabled: 'true', access_key_1_active: 'true', access_key_1_last_rotated: '2026-01-15T10:00:00+00:00' });
    const findings = evaluate(check, report(row), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'bob']]);
    expect(findings[0]!.message).toBe(
      'User bob has a console password and an active access key 1 (created 2026-01-15) that was never used (credential report generated 2026-11-01T08:00:00.000Z).',
    );
  });

  it('near miss: a never-used key of a user without a console password is not this check', () => {
    const row = user('ci-deployer', { access_key_1_active: 'true', access_key_1_last_rotated: '2026-10-30T10:00:00+00:00' });
    expect(verdicts(evaluate(check, report(row), { region: 'global' }))).toEqual([['PASS', 'ci-deployer']]);
  });

  it('near miss: a never-used key that is inactive is ignored', () => {
    const row = user('carol', { password_enabled: 'true', access_key_2_active: 'false', access_key_2_last_rotated: '2025-01-15T10:00:00+00:00' });
    expect(verdicts(evaluate(check, report(row), { region: 'global' }))).toEqual([['PASS', 'carol']]);
  });

  it('reports ERROR naming the denied action when the report cannot be read', async () => {
    const findings = await run(check, { 'iam.credentialReport': awsError('AccessDenied', 'iam:GetCredentialReport') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetCredentialReport']]);
  });

  it('reports ERROR, not FAIL, when the report has no column for the key\'s last use (an unknown use is not "never used")', () => {
    const { access_key_1_last_used_date: _dropped, ...row } = user('erin', { password_enabled: 'true', access_key_1_active: 'true', access_key_1_last_rotated: '2026-09-01T10:00:00+00:00' });
    const findings = evaluate(check, report(row as ReturnType<typeof user>), { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', 'erin']]);
    expect(findings[0]!.message).toContain('the credential report has no column access_key_1_last_used_date for erin');
  });
});
