import { describe, expect, it } from 'vitest';
import type { CredentialRow } from '../../../src/data/credential-report.js';
import { rootMfaExemption, summaryValue } from '../../../src/checks/lib/iam-root.js';
import { credentialReport, rootRow } from '../../fixtures/iam.js';
import { awsError, failed, ok } from '../../helpers/check-harness.js';

const report = (row: CredentialRow | null = rootRow()) => ok(credentialReport([], row));

describe('summaryValue', () => {
  it('reads 0 and 1, and gives no value for a missing flag', () => {
    expect(summaryValue({ AccountMFAEnabled: 1 }, 'AccountMFAEnabled')).toBe(true);
    expect(summaryValue({ AccountMFAEnabled: 0 }, 'AccountMFAEnabled')).toBe(false);
    expect(summaryValue({}, 'AccountAccessKeysPresent')).toBeUndefined();
  });

  it('reads a flag sent as numeric text, and nothing else', () => {
    expect(summaryValue({ AccountMFAEnabled: '1' as unknown as number }, 'AccountMFAEnabled')).toBe(true);
    expect(summaryValue({ AccountMFAEnabled: 'yes' as unknown as number }, 'AccountMFAEnabled')).toBeUndefined();
  });
});

describe('rootMfaExemption', () => {
  it('exempts a root without credentials when RootCredentialsManagement is on', () => {
    expect(rootMfaExemption(ok(['RootCredentialsManagement']), report(rootRow()))).toEqual({ kind: 'exempt' });
  });

  it('does not exempt without the feature, or when root still has a credential', () => {
    expect(rootMfaExemption(ok(['RootSessions']), report(rootRow()))).toEqual({ kind: 'none' });
    expect(rootMfaExemption(ok(['RootCredentialsManagement']), report(rootRow({ access_key_1_active: 'true' })))).toEqual({ kind: 'none' });
  });

  it('does not exempt when the features cannot be read, and says why', () => {
    const result = rootMfaExemption(failed(awsError('AccessDenied', 'iam:ListOrganizationsFeatures')), report(rootRow()));
    expect(result.kind).toBe('none');
    expect(result.kind === 'none' && result.note).toContain('iam:ListOrganizationsFeatures: AccessDenied');
  });

  it('reads "no organization" answers as settled, with no note about an unreadable feature list', () => {
    for (const code of ['OrganizationNotFoundException', 'OrganizationNotInAllFeaturesModeException', 'ServiceAccessNotEnabledException']) {
      expect(rootMfaExemption(failed(awsError(code, 'iam:ListOrganizationsFeatures', 'other')), report(rootRow()))).toEqual({ kind: 'none' });
    }
  });

  it('says why a member account cannot read the features', () => {
    const result = rootMfaExemption(failed(awsError('AccountNotManagementOrDelegatedAdministratorException', 'iam:ListOrganizationsFeatures', 'other')), report(rootRow()));
    expect(result.kind === 'none' && result.note).toContain('only the management account or its delegated administrator may ask');
  });

  it('is unknown when the feature is on and the report failed, undetermined without a root row', () => {
    expect(rootMfaExemption(ok(['RootCredentialsManagement']), failed(awsError('AccessDenied', 'iam:GetCredentialReport'))).kind).toBe('unknown');
    expect(rootMfaExemption(ok(['RootCredentialsManagement']), report(null)).kind).toBe('undetermined');
    expect(rootMfaExemption(ok(['RootCredentialsManagement']), report(rootRow({ password_last_used: 'yesterday' }))).kind).toBe('undetermined');
  });
});
