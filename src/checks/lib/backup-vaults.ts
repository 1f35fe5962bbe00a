// How the AWS Backup vault checks name vaults.

import type { BackupVaultListMember } from '@aws-sdk/client-backup';
import type { CheckContext, ResourceRef } from '../define.js';

type Where = Pick<CheckContext, 'account' | 'region'>;

export function vaultRef(vault: BackupVaultListMember, where: Where): ResourceRef {
  const id = vault.BackupVaultName ?? 'unknown';
  return { id, arn: vault.BackupVaultArn ?? `arn:${where.account.partition}:backup:${where.region}:${where.account.id}:backup-vault:${id}` };
}

/** `Backup vault Default` or `Logically air-gapped backup vault archive`. */
export function vaultLabel(vault: BackupVaultListMember): string {
  const kind = vault.VaultType === 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT' ? 'Logically air-gapped backup vault' : 'Backup vault';
  return `${kind} ${vault.BackupVaultName ?? 'unknown'}`;
}
