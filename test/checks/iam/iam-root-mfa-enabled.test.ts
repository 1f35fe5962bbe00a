import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-root-mfa-enabled.js';
import { credentialReport, rootRow } from '../../fixtures/iam.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';

const data = (mfa: number, features = ok<string[]>([]), root = rootRow()) => ({
  'iam.accountSummary': { AccountMFAEnabled: mfa, AccountAccessKeysPresent: 0 },
  'iam.organizationsFeatures': features,
  'iam.credentialReportRead': ok(credentialReport([], root)),
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
      'iam.credentialReportRead': ok(credentialReport([])),
    });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetAccountSummary']]);
  });

  it('reports a summary without AccountMFAEnabled as an ERROR about the root user, never a pass', () => {
    const findings = evaluate(check, { ...data(1), 'iam.accountSummary': { AccountAccessKeysPresent: 0 } }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012']]);
    expect(findings[0]!.message).toBe('Could not evaluate the root user of account 123456789012: iam:GetAccountSummary returned no AccountMFAEnabled value.');
  });
});
