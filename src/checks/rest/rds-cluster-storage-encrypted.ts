import { defineCheck } from '../define.js';
import { clusterKind, clusterRef } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-cluster-storage-encrypted',
  title: 'RDS DB clusters encrypt their storage at rest with a KMS key',
  pillar: 'rest',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBCluster',
  description:
    'Each Aurora DB cluster and Multi-AZ DB cluster has StorageEncrypted true, meaning its storage is encrypted with an AWS managed or customer managed KMS key. Clusters encrypted only with an AWS owned key report StorageEncrypted false (StorageEncryptionType sse-rds) and do not pass.',
  risk: 'An unencrypted cluster exposes its volumes, automated backups and snapshots to anyone who obtains the underlying storage or a copy of a snapshot; with an AWS owned key, access to the data cannot be governed or audited through KMS.',
  remediation: {
    text: 'Encryption cannot be turned on for an existing cluster: snapshot it, restore the snapshot to a new cluster with encryption and a KMS key, and move clients over.',
    console: 'RDS > Snapshots > select the cluster snapshot > Actions > Restore snapshot > Encryption: Enable encryption, choose a KMS key.',
    cli: 'aws rds restore-db-cluster-from-snapshot --db-cluster-identifier <new-cluster> --snapshot-identifier <snapshot> --engine <engine> --kms-key-id alias/aws/rds',
  },
  references: {
    securityHub: { ids: ['RDS.27'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-27',
    ],
  },
  reads: ['rds.clusters'],
  evaluate({ 'rds.clusters': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster);
      const kind = clusterKind(cluster);
      if (cluster.StorageEncrypted === true) {
        return ctx.pass(resource, `${kind} ${resource.id} encrypts its storage${cluster.KmsKeyId ? ` with ${cluster.KmsKeyId}` : ''}.`);
      }
      if (cluster.StorageEncryptionType === 'sse-rds') {
        return ctx.fail(resource, `${kind} ${resource.id} is encrypted only with an AWS owned key (StorageEncryptionType sse-rds, StorageEncrypted false), not with a KMS key of the account.`);
      }
      return ctx.fail(resource, `${kind} ${resource.id} does not encrypt its storage at rest.`);
    });
  },
});
