import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';
import { engineOf } from '../lib/elasticache-engines.js';
import { cacheClusterRef, count, engineLabel, groupEngine, inReplicationGroup, isRedisFamily, replicationGroupRef } from '../lib/elasticache.js';
import { defineCheck, type CheckContext, type ResourceRef } from '../define.js';
import type { Finding } from '../../model.js';

/** ElastiCache.1's minimum retention (default 1 day, allowed 1 to 35; the Config rule's own default of 15 does not apply). */
const MIN_RETENTION_DAYS = 1;

function judge(resource: ResourceRef, label: string, raw: unknown, ctx: CheckContext): Finding {
  const days = count(raw);
  if (days === undefined) {
    // Not reported: ElastiCache's default retention is 0, no automatic backups; unknown is never a pass.
    return raw === undefined
      ? ctx.fail(resource, `${label} does not report SnapshotRetentionLimit; ElastiCache's default is 0 (no automatic backups).`)
      : ctx.undetermined(resource, `${label} reports a SnapshotRetentionLimit that could not be read (${String(raw)}), so whether it is backed up is unknown.`);
  }
  if (days === 0) return ctx.fail(resource, `${label} has no automatic backups (SnapshotRetentionLimit 0).`);
  return days >= MIN_RETENTION_DAYS
    ? ctx.pass(resource, `${label} keeps automatic backups for ${days} day${days === 1 ? '' : 's'}.`)
    : ctx.fail(resource, `${label} keeps automatic backups for ${days} days, less than the ${MIN_RETENTION_DAYS} required.`);
}

const groupFinding = (rg: ReplicationGroup, clusters: readonly CacheCluster[], ctx: CheckContext) => {
  const resource = replicationGroupRef(rg, ctx);
  const group = groupEngine(rg, clusters);
  return judge(resource, `Replication group ${resource.id} (${engineLabel(group.engine, group.versions)})`, rg.SnapshotRetentionLimit, ctx);
};

const clusterFinding = (cluster: CacheCluster, ctx: CheckContext): Finding => {
  const resource = cacheClusterRef(cluster, ctx);
  const version = cluster.EngineVersion?.trim();
  const label = `Cache cluster ${resource.id} (${engineLabel(engineOf(cluster.Engine), version ? [version] : [])})`;
  return { ...judge(resource, label, cluster.SnapshotRetentionLimit, ctx), resourceType: 'AWS::ElastiCache::CacheCluster' };
};

export default defineCheck({
  id: 'elasticache-automatic-backups-enabled',
  title: 'ElastiCache Valkey and Redis OSS caches keep automatic backups',
  pillar: 'rest',
  service: 'elasticache',
  severity: 'high',
  resourceType: 'AWS::ElastiCache::ReplicationGroup',
  description:
    'Each Valkey or Redis OSS replication group, and each Valkey or Redis OSS cache cluster outside a replication group, has a SnapshotRetentionLimit of at least 1 day (ElastiCache.1\'s default minimum; the control allows 1 to 35, and the underlying Config rule\'s own default of 15 does not apply). 0 means no automatic backups. A cache cluster that belongs to a replication group is judged through the group, not twice. Memcached has no backups and is not evaluated.',
  risk: 'Without automatic backups, a failed node, an accidental FLUSHALL or a bad deployment loses the cached data for good, and a cache used as a primary store loses data outright.',
  remediation: {
    text: 'Set a backup retention of at least one day (more for caches that hold data not stored elsewhere) and a backup window outside peak hours.',
    console: 'ElastiCache > Valkey or Redis OSS caches > the cache > Modify > Backup > Enable automatic backups.',
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --snapshot-retention-limit 7 --apply-immediately',
  },
  references: {
    securityHub: { ids: ['ElastiCache.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-1',
    ],
  },
  reads: ['elasticache.replicationGroups', 'elasticache.cacheClusters'],
  evaluate({ 'elasticache.replicationGroups': groups, 'elasticache.cacheClusters': clusters }, ctx) {
    return [
      ...groups.map((rg) => groupFinding(rg, clusters, ctx)),
      ...clusters.filter((c) => !inReplicationGroup(c) && isRedisFamily(engineOf(c.Engine))).map((c) => clusterFinding(c, ctx)),
    ];
  },
});
