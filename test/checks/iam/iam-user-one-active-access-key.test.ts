import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-user-one-active-access-key.js';
import { reportOf as report, userRow as user } from '../../fixtures/iam.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

describe('iam-user-one-active-access-key', () => {
  it('passes a user with one active key', () => {
    const findings = evaluate(check, report(user('ci-deployer', { access_key_1_active: 'true', access_key_1_last_rotated: '2026-10-01T10:00:00+00:00' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'ci-deployer']]);
    expect(findings[0]!.message).toContain('has one active access key');
  });

  it('fails a user with both keys active', () => {
    const row = user('legacy-backup', {
      access_key_1_active: 'true',
      access_key_1_last_rotated: '2024-01-01T10:00:00+00:00',
      access_key_2_active: 'true',
      access_key_2_last_rotated: '2026-10-01T10:00:00+00:00',
    });
    const findings = evaluate(check, report(row), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy-backup']]);
    expect(findings[0]!.message).toBe('User legacy-backup has 2 active access keys (credential report generated 2026-11-01T08:00:00.000Z).');
  });

  it('near miss: two keys of which one is inactive pass', () => {
    const row = user('rotating', {
      access_key_1_active: 'false',
      access_key_1_last_rotated: '2024-01-01T10:00:00+00:00',
      access_key_2_active: 'true',
      access_key_2_last_rotated: '2026-10-01T10:00:00+00:00',
    });
    expect(verdicts(evaluate(check, report(row), { region: 'global' }))).toEqual([['PASS', 'rotating']]);
  });

  it('reports ERROR naming the denied action when the report cannot be read', async () => {
    const findings = await run(check, { 'iam.credentialReport': awsError('AccessDenied', 'iam:GetCredentialReport') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetCredentialReport']]);
  });

  it('reports ERROR, not PASS, when the report has no access_key_2_active column', () => {
    const { access_key_2_active: _dropped, ...row } = user('svc-legacy', { access_key_1_active: 'true' });
    const findings = evaluate(check, report(row as ReturnType<typeof user>), { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', 'svc-legacy']]);
  });
});
