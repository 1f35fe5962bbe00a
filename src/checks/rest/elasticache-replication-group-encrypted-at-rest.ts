import { engineLabel, flag, groupEngine, groupSupports, replicationGroupRef } from '../lib/elasticache.js';
import { defineCheck } from '../define.js';

const NO_AT_REST_VERSION = 'engine version does not support encryption at rest (it needs Redis OSS 3.2.6 or 4.0.10 and later, or any Valkey version)';
const ENCRYPTED_STORAGE = new Set(['sse-elasticache', 'sse-kms']);

export default defineCheck({
  id: 'elasticache-replication-group-encrypted-at-rest',
  title: 'ElastiCache replication groups encrypt data at rest',
  pillar: 'rest',
  service: 'elasticache',
  severity: 'medium',
  resourceType: 'AWS::ElastiCache::ReplicationGroup',
  description:
    'Each Valkey or Redis OSS replication group has AtRestEncryptionEnabled true (disk during sync, swap and backups in S3). ElastiCache documents that StorageEncryptionType (none, sse-elasticache, sse-kms) gives the effective state and that a group may be encrypted while AtRestEncryptionEnabled reads false: such a group FAILs, as ElastiCache.4 reads AtRestEncryptionEnabled, and the message gives the storage encryption type. Encryption at rest needs Redis OSS 3.2.6, 4.0.10 or later, or any Valkey version (the version is read from the member clusters), and is chosen at creation. Node-based Memcached cannot encrypt at rest and is not evaluated; serverless caches always encrypt.',
  risk: 'Without encryption at rest, data written to disk during synchronisation, swap and backups (stored in S3) is readable by anyone who obtains the storage or a copy of a backup.',
  remediation: {
    text: 'Encryption at rest cannot be turned on for an existing group: take a backup, create a new replication group from it with encryption at rest (optionally with a customer managed KMS key), and move clients to it.',
    console: 'ElastiCache > Backups > the backup > Restore, with "Encryption at rest" enabled.',
    cli: 'aws elasticache create-replication-group --replication-group-id <new-id> --replication-group-description <text> --snapshot-name <backup> --at-rest-encryption-enabled --kms-key-id <key-arn>',
  },
  references: {
    securityHub: { ids: ['ElastiCache.4'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-4',
    ],
  },
  reads: ['elasticache.replicationGroups', 'elasticache.cacheClusters'],
  evaluate({ 'elasticache.replicationGroups': groups, 'elasticache.cacheClusters': clusters }, ctx) {
    return groups.map((rg) => {
      const resource = replicationGroupRef(rg, ctx);
      const group = groupEngine(rg, clusters);
      const label = `Replication group ${resource.id} (${engineLabel(group.engine, group.versions)})`;
      const enabled = flag(rg.AtRestEncryptionEnabled);
      const storage = typeof rg.StorageEncryptionType === 'string' ? rg.StorageEncryptionType.trim().toLowerCase() : undefined;
      const key = rg.KmsKeyId ? ` with KMS key ${rg.KmsKeyId}` : storage === 'sse-elasticache' ? ' with an ElastiCache service-managed key' : '';
      if (enabled === true) return ctx.pass(resource, `${label} encrypts data at rest${key}.`);
      if (storage && ENCRYPTED_STORAGE.has(storage)) {
        // As for RDS's sse-rds: encrypted by the service, but not the setting ElastiCache.4 asks for.
        return ctx.fail(
          resource,
          `${label} has AtRestEncryptionEnabled ${enabled === false ? 'false' : 'not reported'}, although StorageEncryptionType says its storage is encrypted (${storage})${key}; ElastiCache.4 reads AtRestEncryptionEnabled.`,
        );
      }
      if (groupSupports('atRest', group) === 'no') return ctx.fail(resource, `${label} does not encrypt data at rest: ${NO_AT_REST_VERSION}.`);
      if (enabled === false || storage === 'none') return ctx.fail(resource, `${label} does not encrypt data at rest (AtRestEncryptionEnabled false); encryption is chosen at creation, so the fix is a new group restored from a backup.`);
      // Not reported: Redis OSS groups are created unencrypted unless asked; Valkey groups encrypted unless asked.
      if (group.engine === 'redis') return ctx.fail(resource, `${label} does not report AtRestEncryptionEnabled; Redis OSS replication groups are unencrypted at rest unless created otherwise.`);
      return ctx.undetermined(resource, `${label} reports neither AtRestEncryptionEnabled nor StorageEncryptionType, so whether it encrypts data at rest is unknown.`);
    });
  },
});
