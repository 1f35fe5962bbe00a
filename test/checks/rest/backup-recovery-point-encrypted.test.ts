import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/backup-recovery-point-encrypted.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { vault } from '../../fixtures/backup.js';

const rp = (n: number) => `arn:aws:ec2:us-east-1::snapshot/snap-0000000000000000${n}`;

describe('backup-recovery-point-encrypted', () => {
  it('passes a vault whose recovery points are all encrypted, and an empty vault', () => {
    const findings = evaluate(check, {
      'backup.recoveryPoints': [
        { vault: vault('Default'), result: ok({ count: 3, unencrypted: [], unknown: [] }) },
        { vault: vault('archive', { VaultType: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT' }), result: ok({ count: 0, unencrypted: [], unknown: [] }) },
      ],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'Default'],
      ['PASS', 'archive'],
    ]);
    expect(findings[0]!.message).toBe('Backup vault Default holds 3 recovery points, all encrypted.');
    expect(findings[1]!.message).toBe('Logically air-gapped backup vault archive is empty: it holds no recovery points.');
  });

  it('fails a vault holding unencrypted recovery points and lists them', () => {
    const findings = evaluate(check, { 'backup.recoveryPoints': [{ vault: vault('legacy'), result: ok({ count: 4, unencrypted: [rp(1), rp(2)], unknown: [] }) }] });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.message).toBe(`Backup vault legacy holds 2 unencrypted recovery points of 4: ${rp(1)}, ${rp(2)}.`);
  });

  it('near miss: one unencrypted point among many fails, and long lists are summed up', () => {
    const many = Array.from({ length: 7 }, (_, i) => rp(i));
    const findings = evaluate(check, { 'backup.recoveryPoints': [{ vault: vault('big'), result: ok({ count: 900, unencrypted: many, unknown: [] }) }] });
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('and 2 more');
  });

  it('reports ERROR for recovery points without IsEncrypted and for a vault that could not be read', () => {
    const findings = evaluate(check, {
      'backup.recoveryPoints': [
        { vault: vault('odd'), result: ok({ count: 1, unencrypted: [], unknown: [rp(1)] }) },
        { vault: vault('locked-out'), result: failed(awsError('AccessDeniedException', 'backup:ListRecoveryPointsByBackupVault')) },
      ],
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'odd'],
      ['ERROR', 'locked-out'],
    ]);
  });

  it('reports ERROR when the vaults cannot be listed', async () => {
    const findings = await run(check, { 'backup.recoveryPoints': awsError('AccessDeniedException', 'backup:ListBackupVaults') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
