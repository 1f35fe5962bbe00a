import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'rds-snapshot-encrypted',
  title: 'RDS DB snapshots and DB cluster snapshots are encrypted',
  pillar: 'rest',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBSnapshot',
  description:
    'Every DB snapshot (Encrypted true) and DB cluster snapshot (StorageEncrypted true) that the account owns, manual and automated, is encrypted with a KMS key. Shared and public snapshots of other accounts are not listed.',
  risk: 'An unencrypted snapshot is a full copy of the database that can be copied, shared or restored without any KMS permission standing in the way.',
  remediation: {
    text: 'Copy the snapshot with encryption enabled, then delete the unencrypted original. Encrypt the source instance or cluster so that new snapshots are encrypted.',
    console: 'RDS > Snapshots > select the snapshot > Actions > Copy snapshot > Enable encryption.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-encrypted --kms-key-id alias/aws/rds',
  },
  references: {
    securityHub: { ids: ['RDS.4'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-4',
    ],
  },
  reads: ['rds.snapshots', 'rds.clusterSnapshots'],
  evaluate({ 'rds.snapshots': snapshots, 'rds.clusterSnapshots': clusterSnapshots }, ctx) {
    // DB snapshots report Encrypted, cluster snapshots StorageEncrypted.
    const all = [
      ...snapshots.map((s) => ({
        kind: 'DB snapshot',
        resource: { id: s.DBSnapshotIdentifier ?? 'unknown', arn: s.DBSnapshotArn ?? '' },
        encrypted: s.Encrypted,
        type: s.SnapshotType,
        kmsKeyId: s.KmsKeyId,
        encryptionType: s.StorageEncryptionType,
      })),
      ...clusterSnapshots.map((s) => ({
        kind: 'DB cluster snapshot',
        resource: { id: s.DBClusterSnapshotIdentifier ?? 'unknown', arn: s.DBClusterSnapshotArn ?? '' },
        encrypted: s.StorageEncrypted,
        type: s.SnapshotType,
        kmsKeyId: s.KmsKeyId,
        encryptionType: s.StorageEncryptionType,
      })),
    ];
    return all.map(({ kind, resource, encrypted, type, kmsKeyId, encryptionType }) => {
      const what = capitalise(`${type ? `${type} ` : ''}${kind} ${resource.id}`);
      if (encrypted === true) return ctx.pass(resource, `${what} is encrypted${kmsKeyId ? ` with ${kmsKeyId}` : ''}.`);
      if (encryptionType === 'sse-rds') {
        return ctx.fail(resource, `${what} is encrypted only with an AWS owned key (StorageEncryptionType sse-rds), not with a KMS key of the account.`);
      }
      if (encrypted === false) return ctx.fail(resource, `${what} is not encrypted.`);
      return ctx.undetermined(resource, `${what} reports no encryption flag, so whether it is encrypted is unknown.`);
    });
  },
});

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
