import type { BackupVaultListMember } from '@aws-sdk/client-backup';
import { defineCheck } from '../define.js';
import { vaultLabel, vaultRef } from '../lib/backup-vaults.js';

/** A date as the SDK gives it, or as text or epoch seconds from a recorded or emulated answer. */
function dateOf(value: unknown): Date | undefined {
  const time = value instanceof Date ? value : typeof value === 'string' && value.trim() ? new Date(value) : typeof value === 'number' ? new Date(value * 1000) : undefined;
  return time && !Number.isNaN(time.getTime()) ? time : undefined;
}

function retention(vault: BackupVaultListMember): string {
  const parts = [
    typeof vault.MinRetentionDays === 'number' ? `minimum retention ${vault.MinRetentionDays} days` : undefined,
    typeof vault.MaxRetentionDays === 'number' ? `maximum retention ${vault.MaxRetentionDays} days` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no retention limits reported';
}

export default defineCheck({
  id: 'backup-vault-lock-enabled',
  title: 'AWS Backup vaults have Vault Lock configured',
  pillar: 'rest',
  service: 'backup',
  severity: 'low',
  resourceType: 'AWS::Backup::BackupVault',
  description:
    'Each backup vault has Vault Lock configured (ListBackupVaults Locked true), in governance or compliance mode. The message gives the lock date and the minimum and maximum retention; a compliance-mode lock becomes immutable after its lock date. No framework asks for it: it keeps backups from being deleted or shortened by a compromised administrator (ransomware).',
  risk: 'Without Vault Lock, anyone allowed to manage the vault can delete its recovery points or change their retention, so an attacker with administrator access can destroy the backups before destroying the data.',
  remediation: {
    text: 'Configure Vault Lock on the vault with a minimum retention that fits your recovery needs; add a cooling-off period (ChangeableForDays) to make it a compliance-mode lock once you are sure of it.',
    console: 'AWS Backup > Backup vaults > select the vault > Vault lock > Create vault lock.',
    cli: 'aws backup put-backup-vault-lock-configuration --backup-vault-name <vault> --min-retention-days 7 --max-retention-days 365 [--changeable-for-days 3]',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html'],
  },
  reads: ['backup.vaults'],
  evaluate({ 'backup.vaults': vaults }, ctx) {
    return vaults.map((vault) => {
      const resource = vaultRef(vault, ctx);
      const label = vaultLabel(vault);
      if (vault.Locked === true) {
        const lockDate = dateOf(vault.LockDate);
        const mode = lockDate
          ? `compliance mode, ${lockDate.getTime() <= ctx.now.getTime() ? 'immutable since' : 'changeable until'} ${lockDate.toISOString()}`
          : 'governance mode (no lock date)';
        return ctx.pass(resource, `${label} has Vault Lock configured (${mode}; ${retention(vault)}).`);
      }
      if (vault.Locked === false) return ctx.fail(resource, `${label} has no Vault Lock: its recovery points can be deleted or their retention shortened by anyone allowed to manage the vault.`);
      // Vault Lock sets retention limits: an answer without the flag and without them shows no lock.
      if (vault.MinRetentionDays === undefined && vault.MaxRetentionDays === undefined && vault.LockDate === undefined)
        return ctx.fail(resource, `${label} reports no Locked flag and no Vault Lock retention limits, so no Vault Lock is configured.`);
      return ctx.undetermined(resource, `Could not evaluate ${label}: ListBackupVaults reported retention limits (${retention(vault)}) but no Locked flag.`);
    });
  },
});
