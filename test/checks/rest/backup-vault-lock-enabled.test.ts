import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/backup-vault-lock-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { vault } from '../../fixtures/backup.js';

describe('backup-vault-lock-enabled', () => {
  it('passes a compliance-mode and a governance-mode lock, giving the lock date and retention', () => {
    const findings = evaluate(check, {
      'backup.vaults': [
        vault('prod', { Locked: true, LockDate: new Date('2026-03-01T00:00:00Z'), MinRetentionDays: 7, MaxRetentionDays: 365 }),
        vault('staging', { Locked: true, MinRetentionDays: 1 }),
      ],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'prod'],
      ['PASS', 'staging'],
    ]);
    expect(findings[0]!.message).toBe('Backup vault prod has Vault Lock configured (compliance mode, immutable since 2026-03-01T00:00:00.000Z; minimum retention 7 days, maximum retention 365 days).');
    expect(findings[1]!.message).toBe('Backup vault staging has Vault Lock configured (governance mode (no lock date); minimum retention 1 days).');
  });

  it('fails a vault without Vault Lock', () => {
    const findings = evaluate(check, { 'backup.vaults': [vault('Default')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'Default']]);
  });

  it('near miss: a compliance lock still in its cooling-off period passes and says it is changeable until the lock date', () => {
    const findings = evaluate(check, { 'backup.vaults': [vault('new', { Locked: true, LockDate: new Date('2026-11-04T00:00:00Z'), MinRetentionDays: 7 })] });
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('changeable until 2026-11-04');
  });

  it('reads an answer without the flag: FAIL without retention limits, ERROR with them', () => {
    const findings = evaluate(check, { 'backup.vaults': [vault('bare', { Locked: undefined }), vault('odd', { Locked: undefined, MinRetentionDays: 7 })] });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'bare'],
      ['ERROR', 'odd'],
    ]);
  });

  it('reports ERROR when the vaults cannot be listed', async () => {
    const findings = await run(check, { 'backup.vaults': awsError('AccessDeniedException', 'backup:ListBackupVaults') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('backup:ListBackupVaults');
  });
});
