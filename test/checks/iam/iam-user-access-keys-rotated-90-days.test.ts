import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-user-access-keys-rotated-90-days.js';
import { reportOf as report, userRow as user } from '../../fixtures/iam.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

// The harness clock is 2026-11-01T12:00:00Z: 90 days earlier is 2026-08-03T12:00:00Z.

describe('iam-user-access-keys-rotated-90-days', () => {
  it('passes a user whose active key is 30 days old', () => {
    const findings = evaluate(check, report(user('ci-deployer', { access_key_1_active: 'true', access_key_1_last_rotated: '2026-10-02T12:00:00+00:00' })), {
      region: 'global',
    });
    expect(verdicts(findings)).toEqual([['PASS', 'ci-deployer']]);
  });

  it('fails a user whose second active key is 200 days old, with its creation date', () => {
    const findings = evaluate(
      check,
      report(
        user('legacy-backup', {
          access_key_1_active: 'true',
          access_key_1_last_rotated: '2026-10-02T12:00:00+00:00',
          access_key_2_active: 'true',
          access_key_2_last_rotated: '2026-04-15T12:00:00+00:00',
        }),
      ),
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy-backup']]);
    expect(findings[0]!.message).toBe(
      'User legacy-backup has an active access key 2 created 2026-04-15 (200 days ago), older than 90 days (credential report generated 2026-11-01T08:00:00.000Z).',
    );
  });

  it('near miss: an old key that is inactive is ignored', () => {
    const findings = evaluate(check, report(user('retired', { access_key_1_active: 'false', access_key_1_last_rotated: '2020-01-01T00:00:00+00:00' })), {
      region: 'global',
    });
    expect(verdicts(findings)).toEqual([['PASS', 'retired']]);
    expect(findings[0]!.message).toContain('has no active access key');
  });

  it('near miss: a key exactly 90 days old fails, one a second younger passes', () => {
    const findings = evaluate(
      check,
      report(
        user('ninety', { access_key_1_active: 'true', access_key_1_last_rotated: '2026-08-03T12:00:00+00:00' }),
        user('eighty-nine', { access_key_1_active: 'true', access_key_1_last_rotated: '2026-08-03T12:00:01+00:00' }),
      ),
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'ninety'],
      ['PASS', 'eighty-nine'],
    ]);
  });

  it('reports ERROR for a user whose key creation time is not a time', () => {
    const findings = evaluate(check, report(user('odd', { access_key_1_active: 'true', access_key_1_last_rotated: 'yesterday' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', 'odd']]);
  });

  it('reports ERROR naming the denied action when the report cannot be read', async () => {
    const findings = await run(check, { 'iam.credentialReport': awsError('AccessDenied', 'iam:GetCredentialReport') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetCredentialReport']]);
  });

  it('judges key age without the last-use columns it does not need (a report with fewer columns)', () => {
    const { access_key_1_last_used_date: _a, access_key_2_last_used_date: _b, ...row } = user('ci-deployer', { access_key_1_active: 'true', access_key_1_last_rotated: '2026-10-02T12:00:00+00:00' });
    expect(verdicts(evaluate(check, report(row as ReturnType<typeof user>), { region: 'global' }))).toEqual([['PASS', 'ci-deployer']]);
  });
});
