import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-root-not-used-recently.js';
import type { CredentialRow } from '../../../src/data/credential-report.js';
import { credentialReport, rootRow as baseRootRow } from '../../fixtures/iam.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

// The harness clock is 2026-11-01T12:00:00Z: 30 days earlier is 2026-10-02T12:00:00Z.
const rootRow = (extra: Partial<CredentialRow> = {}) => baseRootRow({ password_last_used: '2026-03-14T08:30:00+00:00', mfa_active: 'true', ...extra });
const data = (root: CredentialRow | null) => ({ 'iam.credentialReport': credentialReport([], root) });

describe('iam-root-not-used-recently', () => {
  it('passes when root last signed in months ago', () => {
    const findings = evaluate(check, data(rootRow()), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toBe(
      'The root user of account 123456789012 was last used on 2026-03-14 (root password), more than 30 days ago (credential report generated 2026-11-01T08:00:00.000Z).',
    );
  });

  it('passes when root was never used (no_information, N/A)', () => {
    const findings = evaluate(check, data(rootRow({ password_last_used: 'no_information' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toContain('no recorded password or access key use');
  });

  it('fails when the root password was used 5 days ago', () => {
    const findings = evaluate(check, data(rootRow({ password_last_used: '2026-10-27T09:00:00+00:00' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('root password on 2026-10-27 (5 days ago)');
  });

  it('near miss: an inactive root key used last week still counts as root use', () => {
    const root = rootRow({ access_key_2_active: 'false', access_key_2_last_rotated: '2018-01-01T00:00:00+00:00', access_key_2_last_used_date: '2026-10-25T10:00:00+00:00' });
    const findings = evaluate(check, data(root), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('root access key 2 on 2026-10-25');
  });

  it('near miss: a use exactly 30 days ago is outside the window', () => {
    const findings = evaluate(check, data(rootRow({ password_last_used: '2026-10-02T12:00:00+00:00' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it('reports ERROR when the report has no root row', () => {
    const findings = evaluate(check, data(null), { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012']]);
  });

  it('reports ERROR naming the denied action when the report cannot be read', async () => {
    const findings = await run(check, { 'iam.credentialReport': awsError('AccessDenied', 'iam:GetCredentialReport') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetCredentialReport']]);
  });

  it('reports ERROR, not PASS, when the report has no column for the root keys\' last use (fewer columns)', () => {
    const { access_key_1_last_used_date: _k1, access_key_2_last_used_date: _k2, ...shortRow } = rootRow();
    const findings = evaluate(check, data(shortRow as CredentialRow), { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012']]);
    expect(findings[0]!.message).toBe(
      'Could not evaluate the root user of account 123456789012: the credential report has no column access_key_1_last_used_date for <root_account> (credential report generated 2026-11-01T08:00:00.000Z).',
    );
  });
});
