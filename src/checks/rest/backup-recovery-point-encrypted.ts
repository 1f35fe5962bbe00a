import { defineCheck } from '../define.js';
import { vaultLabel, vaultRef } from '../lib/backup-vaults.js';

/** How many ARNs a message names before summing up the rest. */
const LISTED = 5;

const some = (arns: readonly string[]) => `${arns.slice(0, LISTED).join(', ')}${arns.length > LISTED ? ` and ${arns.length - LISTED} more` : ''}`;

export default defineCheck({
  id: 'backup-recovery-point-encrypted',
  title: 'AWS Backup recovery points are encrypted',
  pillar: 'rest',
  service: 'backup',
  severity: 'medium',
  resourceType: 'AWS::Backup::BackupVault',
  description:
    'One result per backup vault (standard and logically air-gapped alike): every recovery point that ListRecoveryPointsByBackupVault lists has IsEncrypted true. The message lists the ARNs of unencrypted recovery points. Recovery points of EBS and RDS snapshots inherit the source\'s encryption, so an unencrypted volume or database makes an unencrypted recovery point; S3, EFS and DynamoDB recovery points are always encrypted. A vault with no recovery points passes as empty.',
  risk: 'An unencrypted recovery point keeps a full copy of the resource\'s data in clear text, outside the protection of any KMS key, for as long as the backup is retained.',
  remediation: {
    text: 'Encrypt the source (copy the EBS snapshot or RDS snapshot with encryption and restore from it), then let new backups replace the unencrypted recovery points, or copy them with AWS Backup into a vault, which encrypts the copy with the vault\'s key.',
    console: 'AWS Backup > Backup vaults > select the vault > Recovery points: copy each unencrypted recovery point, then delete it.',
    cli: 'aws backup start-copy-job --recovery-point-arn <arn> --source-backup-vault-name <vault> --destination-backup-vault-arn <vault-arn> --iam-role-arn <role-arn>',
  },
  references: {
    securityHub: { ids: ['Backup.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/backup-controls.html#backup-1',
    ],
  },
  reads: ['backup.recoveryPoints'],
  evaluate({ 'backup.recoveryPoints': reads }, ctx) {
    return reads.map(({ vault, result }) => {
      const resource = vaultRef(vault, ctx);
      const label = vaultLabel(vault);
      if (!result.ok) return ctx.error(resource, result.error, label);
      const { count, unencrypted, unknown } = result.value;
      if (unencrypted.length)
        return ctx.fail(resource, `${label} holds ${unencrypted.length} unencrypted recovery point${unencrypted.length === 1 ? '' : 's'} of ${count}: ${some(unencrypted)}.`);
      if (unknown.length)
        return ctx.undetermined(resource, `Could not evaluate ${label}: ${unknown.length} of its ${count} recovery points report no IsEncrypted flag (${some(unknown)}).`);
      if (count === 0) return ctx.pass(resource, `${label} is empty: it holds no recovery points.`);
      return ctx.pass(resource, `${label} holds ${count} recovery point${count === 1 ? '' : 's'}, all encrypted.`);
    });
  },
});
