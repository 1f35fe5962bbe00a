import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-root-no-access-keys.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const summary = (extra: Record<string, number>) => ({ Users: 4, Roles: 12, AccountMFAEnabled: 1, ...extra });

describe('iam-root-no-access-keys', () => {
  it('passes when AccountAccessKeysPresent is 0', () => {
    const findings = evaluate(check, { 'iam.accountSummary': summary({ AccountAccessKeysPresent: 0 }) }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:iam::123456789012:root');
    expect(findings[0]!.region).toBe('global');
  });

  it('fails when AccountAccessKeysPresent is 1', () => {
    const findings = evaluate(check, { 'iam.accountSummary': summary({ AccountAccessKeysPresent: 1 }) }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toBe('The root user of account 123456789012 has at least one access key.');
  });

  it('near miss: a summary without AccountAccessKeysPresent is unknown, never a pass', async () => {
    const findings = await run(check, { 'iam.accountSummary': summary({}) });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.message).toContain('AccountAccessKeysPresent');
  });

  it('reports ERROR naming the denied action when the summary cannot be read', async () => {
    const findings = await run(check, { 'iam.accountSummary': awsError('AccessDenied', 'iam:GetAccountSummary') });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe('ERROR');
    expect(findings[0]!.error?.action).toBe('iam:GetAccountSummary');
  });

  it('reports the missing AccountAccessKeysPresent as an ERROR about the root user, in a full sentence', () => {
    const findings = evaluate(check, { 'iam.accountSummary': {} }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:iam::123456789012:root');
    expect(findings[0]!.message).toBe('Could not evaluate the root user of account 123456789012: iam:GetAccountSummary returned no AccountAccessKeysPresent value.');
  });

  it('reads a flag an emulator sends as numeric text', () => {
    expect(verdicts(evaluate(check, { 'iam.accountSummary': { AccountAccessKeysPresent: '1' } }, { region: 'global' }))).toEqual([['FAIL', '123456789012']]);
  });
});
