import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';
import { defineDataset } from '../dataset.js';

declare module '../dataset.js' {
  interface DatasetTypes {
    /** Node-based Valkey and Redis OSS replication groups (serverless caches are another API). */
    'elasticache.replicationGroups': ReplicationGroup[];
    /** Every node-based cache cluster, Memcached and replication group members included. */
    'elasticache.cacheClusters': CacheCluster[];
  }
}

// Both listings page with Marker, 100 records a page (the default and the maximum). Neither needs a
// read per resource: every setting the checks judge is in the listing.

export const replicationGroups = defineDataset({
  id: 'elasticache.replicationGroups',
  scope: 'regional',
  operations: ['elasticache:DescribeReplicationGroups'],
  fetch: (ctx) => ctx.list<ReplicationGroup>('elasticache:DescribeReplicationGroups', {}, 'ReplicationGroups'),
});

/**
 * All cache clusters, members of replication groups included: the checks of a replication group
 * read its engine version from its members, and the per-cluster controls judge every cluster.
 */
export const cacheClusters = defineDataset({
  id: 'elasticache.cacheClusters',
  scope: 'regional',
  operations: ['elasticache:DescribeCacheClusters'],
  fetch: (ctx) => ctx.list<CacheCluster>('elasticache:DescribeCacheClusters', {}, 'CacheClusters'),
});

export default [replicationGroups, cacheClusters];
