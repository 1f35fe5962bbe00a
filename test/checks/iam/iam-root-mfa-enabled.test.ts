import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-root-mfa-enabled.js';
import type { CredentialReport, CredentialRow } from '../../../src/data/datasets/credential-report.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';

const rootRow = (extra: Partial<CredentialRow> = {}): CredentialRow => ({
  user: '<root_account>',
  arn: 'arn:aws:iam::123456789012:root',
  user_creation_time: '2019-04-02T09:12:44+00:00',
  password_enabled: 'not_supported',
  password_last_used: 'N/A',
  password_last_changed: 'not_supported',
  password_next_rotation: 'not_supported',
  mfa_active: 'false',
  access_key_1_active: 'false',
  access_key_1_last_rotated: 'N/A',
  access_key_1_last_used_date: 'N/A',
  access_key_2_active: 'false',
  access_key_2_last_rotated: 'N/A',
  access_key_2_last_used_date: 'N/A',
  ...extra,
});
const report = (root: CredentialRow): CredentialReport => ({ generatedTime: '2026-11-01T08:00:00.000Z', root, users: [] });
const data = (mfa: number, features = ok<string[]>([]), root = rootRow()) => ({
  'iam.accountSummary': { AccountMFAEnabled: mfa, AccountAccessKeysPresent: 0 },
  'iam.organizationsFeatures': features,
  'iam.credentialReportRead': ok(report(root)),
});

describe('iam-root-mfa-enabled', () => {
  it('passes when AccountMFAEnabled is 1', () => {
    const findings = evaluate(check, data(1), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toBe('The root user of account 123456789012 has MFA enabled.');
  });

  it('fails when AccountMFAEnabled is 0 outside centralised root access', () => {
    const findings = evaluate(check, data(0), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toBe('The root user of account 123456789012 has no MFA enabled.');
  });

  it('passes a member account whose root credentials Organizations removed', () => {
    const findings = evaluate(check, data(0, ok(['RootCredentialsManagement', 'RootSessions'])), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toContain('RootCredentialsManagement');
  });

  it('near miss: central management on, but root still used its password: FAIL', () => {
    const root = rootRow({ password_last_used: '2026-10-20T07:00:00+00:00' });
    const findings = evaluate(check, data(0, ok(['RootCredentialsManagement']), root), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
  });

  it('near miss: central management on, but root has an active access key: FAIL', () => {
    const root = rootRow({ access_key_1_active: 'true', access_key_1_last_rotated: '2021-01-05T10:00:00+00:00' });
    const findings = evaluate(check, data(0, ok(['RootCredentialsManagement']), root), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
  });

  it('near miss: the features cannot be read (member account): FAIL, saying so', () => {
    const features = failed<string[]>(awsError('AccountNotManagementOrDelegatedAdministratorException', 'iam:ListOrganizationsFeatures', 'other'));
    const findings = evaluate(check, data(0, features), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('could not be read (iam:ListOrganizationsFeatures');
  });

  it('reports ERROR when central management is on and the credential report cannot be read', () => {
    const findings = evaluate(
      check,
      { ...data(0, ok(['RootCredentialsManagement'])), 'iam.credentialReportRead': failed(awsError('AccessDenied', 'iam:GetCredentialReport')) },
      { region: 'global' },
    );
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('iam:GetCredentialReport');
  });

  it('reports ERROR naming the denied action when the summary cannot be read', async () => {
    const findings = await run(check, {
      'iam.accountSummary': awsError('AccessDenied', 'iam:GetAccountSummary'),
      'iam.organizationsFeatures': ok([]),
      'iam.credentialReportRead': ok(report(rootRow())),
    });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetAccountSummary']]);
  });
});
