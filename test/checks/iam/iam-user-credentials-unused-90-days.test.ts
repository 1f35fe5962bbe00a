import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-user-credentials-unused-90-days.js';
import { reportOf as report, userRow as user } from '../../fixtures/iam.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

// The harness clock is 2026-11-01T12:00:00Z.
const N = 90;
const daysAgo = (days: number) => new Date(Date.parse('2026-11-01T12:00:00Z') - days * 86_400_000).toISOString().replace('.000Z', '+00:00');

describe('iam-user-credentials-unused-90-days', () => {
  it('passes a user whose password and key were used recently', () => {
    const row = user('alice', {
      password_enabled: 'true',
      password_last_used: daysAgo(2),
      password_last_changed: daysAgo(300),
      access_key_1_active: 'true',
      access_key_1_last_rotated: daysAgo(400),
      access_key_1_last_used_date: daysAgo(1),
    });
    expect(verdicts(evaluate(check, report(row), { region: 'global' }))).toEqual([['PASS', 'alice']]);
  });

  it('fails a user whose console password was last used N days ago', () => {
    const row = user('bob', { password_enabled: 'true', password_last_used: daysAgo(N), password_last_changed: daysAgo(500) });
    const findings = evaluate(check, report(row), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'bob']]);
    expect(findings[0]!.message).toContain(`console password last used ${daysAgo(N).slice(0, 10)} (${N} days ago)`);
  });

  it('fails a user whose active key was never used and is older than N days', () => {
    const row = user('old-integration', { access_key_1_active: 'true', access_key_1_last_rotated: daysAgo(N + 10) });
    const findings = evaluate(check, report(row), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'old-integration']]);
    expect(findings[0]!.message).toContain(`access key 1 never used since it was created on ${daysAgo(N + 10).slice(0, 10)}`);
  });

  it('near miss: a password never used (no_information) counts from its last change, and a young one passes', () => {
    const young = user('new-hire', { password_enabled: 'true', password_last_used: 'no_information', password_last_changed: daysAgo(3), user_creation_time: daysAgo(400) });
    const old = user('never-logged-in', { password_enabled: 'true', password_last_used: 'N/A', password_last_changed: 'N/A', user_creation_time: daysAgo(N + 1) });
    expect(verdicts(evaluate(check, report(young, old), { region: 'global' }))).toEqual([
      ['PASS', 'new-hire'],
      ['FAIL', 'never-logged-in'],
    ]);
  });

  it('near miss: an unused key that is inactive, and a password that is disabled, are ignored', () => {
    const row = user('retired', {
      password_enabled: 'false',
      password_last_used: daysAgo(700),
      access_key_2_active: 'false',
      access_key_2_last_rotated: daysAgo(900),
      access_key_2_last_used_date: daysAgo(800),
    });
    const findings = evaluate(check, report(row), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'retired']]);
    expect(findings[0]!.message).toContain('has no console password and no active access key');
  });

  it('near miss: a key used N-1 days ago passes', () => {
    const row = user('batch', { access_key_1_active: 'true', access_key_1_last_rotated: daysAgo(600), access_key_1_last_used_date: daysAgo(N - 1) });
    expect(verdicts(evaluate(check, report(row), { region: 'global' }))).toEqual([['PASS', 'batch']]);
  });

  it('reports ERROR naming the denied action when the report cannot be read', async () => {
    const findings = await run(check, { 'iam.credentialReport': awsError('AccessDenied', 'iam:GetCredentialReport') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetCredentialReport']]);
  });
});
