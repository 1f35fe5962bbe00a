import { engineOf } from '../lib/elasticache-engines.js';
import { cacheClusterRef, engineLabel } from '../lib/elasticache.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'elasticache-cluster-custom-subnet-group',
  title: 'ElastiCache clusters use a custom subnet group, not the default one',
  pillar: 'prevention',
  service: 'elasticache',
  severity: 'high',
  resourceType: 'AWS::ElastiCache::CacheCluster',
  description:
    'Each cache cluster (Valkey, Redis OSS and Memcached, members of replication groups included) has a CacheSubnetGroupName other than "default"; the default group uses the subnets of the default VPC. A cluster that reports no subnet group is ERROR.',
  risk: "The default subnet group places nodes in the default VPC's subnets, which are public (they map public IP addresses and route to an internet gateway) and shared with everything else launched without a network choice.",
  remediation: {
    text: 'Create a subnet group of private subnets in the application VPC and create the cluster in it (a cluster cannot move to another VPC: restore a backup into a new cluster).',
    console: 'ElastiCache > Subnet groups > Create subnet group; then create the cache with that group.',
    cli: 'aws elasticache create-cache-subnet-group --cache-subnet-group-name cache-private --cache-subnet-group-description "private subnets" --subnet-ids <subnet-a> <subnet-b>',
  },
  references: {
    securityHub: { ids: ['ElastiCache.7'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SubnetGroups.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-7',
    ],
  },
  reads: ['elasticache.cacheClusters'],
  evaluate({ 'elasticache.cacheClusters': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = cacheClusterRef(cluster, ctx);
      const version = cluster.EngineVersion?.trim();
      const label = `Cache cluster ${resource.id} (${engineLabel(engineOf(cluster.Engine), version ? [version] : [])})`;
      const group = cluster.CacheSubnetGroupName?.trim();
      if (!group) return ctx.undetermined(resource, `${label} reports no CacheSubnetGroupName, so whether it uses the default subnet group is unknown.`);
      return group === 'default'
        ? ctx.fail(resource, `${label} uses the default subnet group, which places its nodes in the default VPC's subnets.`)
        : ctx.pass(resource, `${label} uses subnet group ${group}.`);
    });
  },
});
