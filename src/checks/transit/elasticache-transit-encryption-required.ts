import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';
import { engineOf, supports, type Support } from '../lib/elasticache-engines.js';
import { cacheClusterRef, engineLabel, flag, groupEngine, groupSupports, inReplicationGroup, replicationGroupRef } from '../lib/elasticache.js';
import { defineCheck, type CheckContext, type ResourceRef } from '../define.js';
import type { Finding } from '../../model.js';

const NO_TLS_VERSION =
  'engine version does not support TLS (in-transit encryption needs Redis OSS 3.2.6 or 4.0.10 and later, any Valkey version, or Memcached 1.6.12 and later)';

interface TransitFacts {
  resource: ResourceRef;
  label: string;
  enabled: unknown;
  mode: unknown;
  support: Support;
}

function judge({ resource, label, enabled, mode, support }: TransitFacts, ctx: CheckContext): Finding {
  const on = flag(enabled);
  if (on === true) {
    const modeText = typeof mode === 'string' ? mode.trim().toLowerCase() : undefined;
    if (modeText === 'preferred') {
      return ctx.fail(
        resource,
        `${label} has in-transit encryption in mode preferred, which still accepts unencrypted connections: set TransitEncryptionMode to required once every client uses TLS. Security Hub's ElastiCache.5 reads only TransitEncryptionEnabled and passes it.`,
      );
    }
    if (modeText === undefined || modeText === '') return ctx.pass(resource, `${label} requires in-transit encryption (TransitEncryptionEnabled true; no TransitEncryptionMode reported, so TLS is not optional).`);
    if (modeText === 'required') return ctx.pass(resource, `${label} requires in-transit encryption (TransitEncryptionMode required).`);
    return ctx.undetermined(resource, `${label} has in-transit encryption enabled with TransitEncryptionMode ${String(mode)}, a mode this check does not know, so whether plaintext connections are refused is unknown.`);
  }
  if (support === 'no') return ctx.fail(resource, `${label} does not encrypt in transit: ${NO_TLS_VERSION}. Upgrade the engine, then enable in-transit encryption.`);
  if (on === false) return ctx.fail(resource, `${label} does not encrypt in transit (TransitEncryptionEnabled false): clients connect in plaintext.`);
  // Not reported: AWS's documented default is false, and unknown is never a pass.
  return ctx.fail(resource, `${label} does not report TransitEncryptionEnabled; ElastiCache's default is no in-transit encryption.`);
}

function groupFacts(rg: ReplicationGroup, clusters: readonly CacheCluster[], ctx: CheckContext): TransitFacts {
  const group = groupEngine(rg, clusters);
  const resource = replicationGroupRef(rg, ctx);
  return {
    resource,
    label: `Replication group ${resource.id} (${engineLabel(group.engine, group.versions)})`,
    enabled: rg.TransitEncryptionEnabled,
    mode: rg.TransitEncryptionMode,
    support: groupSupports('transit', group),
  };
}

function memcachedFacts(cluster: CacheCluster, ctx: CheckContext): TransitFacts {
  const resource = cacheClusterRef(cluster, ctx);
  const version = cluster.EngineVersion?.trim();
  return {
    resource,
    label: `Memcached cluster ${resource.id} (${engineLabel('memcached', version ? [version] : [])})`,
    enabled: cluster.TransitEncryptionEnabled,
    mode: cluster.TransitEncryptionMode,
    support: supports('transit', 'memcached', version),
  };
}

export default defineCheck({
  id: 'elasticache-transit-encryption-required',
  title: 'ElastiCache replication groups and Memcached clusters require in-transit encryption',
  pillar: 'transit',
  service: 'elasticache',
  severity: 'medium',
  resourceType: 'AWS::ElastiCache::ReplicationGroup',
  description:
    "Each Valkey or Redis OSS replication group, and each node-based Memcached cluster, has TransitEncryptionEnabled true with TransitEncryptionMode not preferred. Mode preferred (the migration mode that still accepts plaintext clients) FAILs here although Security Hub's ElastiCache.5, which reads only TransitEncryptionEnabled, passes it. In-transit encryption exists for Redis OSS 3.2.6, 4.0.10 and later, every Valkey version and Memcached 1.6.12 and later; an older engine FAILs with \"engine version does not support TLS\" (the engine version of a replication group is read from its member clusters). ElastiCache.5 judges replication groups only; Memcached clusters are this check's addition. Cache clusters that belong to a replication group are judged through the group. Serverless caches always encrypt in transit and are not evaluated.",
  risk: 'Without TLS, cached data, AUTH tokens and commands cross the network in plaintext, readable and alterable by anyone on the path between clients and nodes.',
  remediation: {
    text: 'On Valkey or Redis OSS 7.0.5 and later, enable in-transit encryption in mode preferred, move every client to TLS, then set the mode to required. Older Redis OSS versions and Memcached clusters need a new cluster created with in-transit encryption (upgrade the engine first if it is too old).',
    console: 'ElastiCache > Valkey or Redis OSS caches > the cache > Modify > Security > Encryption in transit.',
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --transit-encryption-enabled --transit-encryption-mode preferred --apply-immediately; then --transit-encryption-mode required',
  },
  references: {
    securityHub: { ids: ['ElastiCache.5'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html',
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption-enable-existing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-5',
    ],
  },
  reads: ['elasticache.replicationGroups', 'elasticache.cacheClusters'],
  evaluate({ 'elasticache.replicationGroups': groups, 'elasticache.cacheClusters': clusters }, ctx) {
    const fromGroups = groups.map((rg) => judge(groupFacts(rg, clusters, ctx), ctx));
    // Memcached clusters are not in ElastiCache.5's scope: their findings count for no control.
    const fromMemcached = clusters
      .filter((c) => !inReplicationGroup(c) && engineOf(c.Engine) === 'memcached')
      .map((c) => ({ ...judge(memcachedFacts(c, ctx), ctx), resourceType: 'AWS::ElastiCache::CacheCluster', controls: [] }));
    return [...fromGroups, ...fromMemcached];
  },
});
