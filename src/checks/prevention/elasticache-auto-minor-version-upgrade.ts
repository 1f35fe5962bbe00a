import { engineOf } from '../lib/elasticache-engines.js';
import { cacheClusterRef, engineLabel, flag, isRedisFamily } from '../lib/elasticache.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'elasticache-auto-minor-version-upgrade',
  title: 'ElastiCache Valkey and Redis OSS clusters apply minor version upgrades automatically',
  pillar: 'prevention',
  service: 'elasticache',
  severity: 'high',
  resourceType: 'AWS::ElastiCache::CacheCluster',
  description:
    'Each Valkey or Redis OSS cache cluster listed by DescribeCacheClusters, members of replication groups included (ElastiCache.2 judges cache clusters), has AutoMinorVersionUpgrade true. A cluster that does not report the setting is ERROR (the default is true, but unknown is never a pass). Memcached clusters are out of the control\'s scope and not evaluated.',
  risk: 'Minor versions carry security fixes; a cluster that does not take them keeps running engines with known vulnerabilities until someone upgrades it by hand.',
  remediation: {
    text: 'Turn on automatic minor version upgrades; ElastiCache then applies them in the maintenance window.',
    console: 'ElastiCache > Valkey or Redis OSS caches > the cache > Modify > Maintenance > Auto upgrade minor versions.',
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --auto-minor-version-upgrade --apply-immediately',
  },
  references: {
    securityHub: { ids: ['ElastiCache.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-2',
    ],
  },
  reads: ['elasticache.cacheClusters'],
  evaluate({ 'elasticache.cacheClusters': clusters }, ctx) {
    return clusters
      .filter((c) => isRedisFamily(engineOf(c.Engine)))
      .map((cluster) => {
        const resource = cacheClusterRef(cluster, ctx);
        const version = cluster.EngineVersion?.trim();
        const group = cluster.ReplicationGroupId ? `, member of replication group ${cluster.ReplicationGroupId}` : '';
        const label = `Cache cluster ${resource.id} (${engineLabel(engineOf(cluster.Engine), version ? [version] : [])}${group})`;
        const auto = flag(cluster.AutoMinorVersionUpgrade);
        if (auto === true) return ctx.pass(resource, `${label} applies minor version upgrades automatically.`);
        if (auto === false) return ctx.fail(resource, `${label} does not apply minor version upgrades automatically (AutoMinorVersionUpgrade false).`);
        return ctx.undetermined(resource, `${label} does not report AutoMinorVersionUpgrade, so whether it takes minor upgrades is unknown.`);
      });
  },
});
