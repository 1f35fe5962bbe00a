import type { ReplicationGroup } from '@aws-sdk/client-elasticache';
import { engineLabel, groupEngine, replicationGroupRef } from '../lib/elasticache.js';
import { defineCheck } from '../define.js';

/** No shard has a replica to fail over to: every node group has at most one member (or the group one cluster). */
function singleNode(rg: ReplicationGroup): boolean {
  const shards = rg.NodeGroups ?? [];
  if (shards.length > 0 && shards.every((ng) => Array.isArray(ng.NodeGroupMembers))) return shards.every((ng) => ng.NodeGroupMembers!.length <= 1);
  return (rg.MemberClusters?.length ?? 0) <= 1;
}

export default defineCheck({
  id: 'elasticache-replication-group-auto-failover',
  title: 'ElastiCache replication groups fail over automatically',
  pillar: 'rest',
  service: 'elasticache',
  severity: 'medium',
  resourceType: 'AWS::ElastiCache::ReplicationGroup',
  description:
    'Each Valkey or Redis OSS replication group has AutomaticFailover enabled, so a replica is promoted when the primary fails. enabling FAILs with "in progress"; disabled and disabling FAIL. A group without replicas cannot enable it, and the message says "add a replica".',
  risk: 'Without automatic failover, losing the primary node leaves the cache unwritable until someone promotes a replica by hand or the node is replaced.',
  remediation: {
    text: 'Give every shard at least one replica (preferably in another Availability Zone), then enable automatic failover and Multi-AZ.',
    console: 'ElastiCache > Valkey or Redis OSS caches > the cache > Modify > Auto-failover.',
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --automatic-failover-enabled --multi-az-enabled --apply-immediately',
  },
  references: {
    securityHub: { ids: ['ElastiCache.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-3',
    ],
  },
  reads: ['elasticache.replicationGroups', 'elasticache.cacheClusters'],
  evaluate({ 'elasticache.replicationGroups': groups, 'elasticache.cacheClusters': clusters }, ctx) {
    return groups.map((rg) => {
      const resource = replicationGroupRef(rg, ctx);
      const group = groupEngine(rg, clusters);
      const label = `Replication group ${resource.id} (${engineLabel(group.engine, group.versions)})`;
      const status = typeof rg.AutomaticFailover === 'string' ? rg.AutomaticFailover.trim().toLowerCase() : undefined;
      if (status === 'enabled') return ctx.pass(resource, `${label} fails over automatically (AutomaticFailover enabled).`);
      if (status === 'enabling') return ctx.fail(resource, `${label} is enabling automatic failover (in progress); until it completes, a failed primary is not replaced automatically.`);
      const replica = singleNode(rg) ? ': it has no replica, so add a replica, then enable automatic failover' : '';
      if (status === 'disabled' || status === 'disabling' || status === undefined) {
        return ctx.fail(resource, `${label} does not fail over automatically (AutomaticFailover ${status ?? 'not reported'})${replica}.`);
      }
      return ctx.undetermined(resource, `${label} reports AutomaticFailover ${String(rg.AutomaticFailover)}, a status this check does not know.`);
    });
  },
});
