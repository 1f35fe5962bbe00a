import type { SecurityGroup } from '@aws-sdk/client-ec2';
import type { Cluster, ClusterSubnetGroup, LoggingStatus, Parameter } from '@aws-sdk/client-redshift';
import { AwsCallError } from '../../aws/errors.js';
import { defineDataset, type FetchContext, type Fetched } from '../dataset.js';

/** One cluster parameter group as read: its name and every parameter, or the error that kept it from being read. */
export interface RedshiftParameterGroupRead {
  name: string;
  result: Fetched<Parameter[]>;
}

export interface ClusterLoggingStatus {
  cluster: Cluster;
  result: Fetched<LoggingStatus>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    /** Provisioned clusters, paused ones included; clusters being created or deleted are left out. */
    'redshift.clusters': Cluster[];
    /** Every parameter of each distinct parameter group the clusters use, all pages. */
    'redshift.clusterParameterGroups': RedshiftParameterGroupRead[];
    'redshift.loggingStatus': ClusterLoggingStatus[];
    'redshift.subnetGroups': ClusterSubnetGroup[];
    /**
     * The region's EC2 security groups (none read when no cluster names one), or the error that
     * kept them from being read: the checks that only mention internet exposure still judge.
     */
    'redshift.securityGroupsRead': Fetched<SecurityGroup[]>;
  }
}

/** Statuses of clusters that the checks do not judge (CHECKS-2: `creating` and `deleting`). */
const NOT_EVALUATED = new Set(['creating', 'deleting']);
/** How Redshift says a cluster was deleted since the listing (query code and SDK name). */
const CLUSTER_GONE = ['ClusterNotFound', 'ClusterNotFoundFault'] as const;

export const clusters = defineDataset({
  id: 'redshift.clusters',
  scope: 'regional',
  operations: ['redshift:DescribeClusters'],
  fetch: async (ctx) =>
    (await ctx.list<Cluster>('redshift:DescribeClusters', {}, 'Clusters')).filter(
      (c) => c.ClusterIdentifier && !NOT_EVALUATED.has((c.ClusterStatus ?? '').toLowerCase()),
    ),
});

/**
 * One paginated DescribeClusterParameters per distinct group, however many clusters share it. The
 * default groups (`default.redshift-1.0`) answer like any other, with the engine default values.
 */
export const clusterParameterGroups = defineDataset({
  id: 'redshift.clusterParameterGroups',
  scope: 'regional',
  operations: ['redshift:DescribeClusterParameters'],
  deps: ['redshift.clusters'],
  async fetch(ctx) {
    const names = (await ctx.get('redshift.clusters')).flatMap((c) => (c.ClusterParameterGroups ?? []).flatMap((g) => (g.ParameterGroupName ? [g.ParameterGroupName] : [])));
    const distinct = [...new Set(names)].sort();
    // No gone codes: a group that vanished still governs the clusters that name it, so the read is an ERROR for them.
    const read = await ctx.perItem(distinct, (name) => ctx.list<Parameter>('redshift:DescribeClusterParameters', { ParameterGroupName: name }, 'Parameters'));
    return read.map(({ item, result }) => ({ name: item, result }));
  },
});

export const loggingStatus = defineDataset({
  id: 'redshift.loggingStatus',
  scope: 'regional',
  operations: ['redshift:DescribeLoggingStatus'],
  deps: ['redshift.clusters'],
  async fetch(ctx) {
    const read = await ctx.perItem(
      await ctx.get('redshift.clusters'),
      async (c) => (await ctx.call<LoggingStatus>('redshift:DescribeLoggingStatus', { ClusterIdentifier: c.ClusterIdentifier })) ?? {},
      CLUSTER_GONE,
    );
    return read.map(({ item, result }) => ({ cluster: item, result }));
  },
});

export const subnetGroups = defineDataset({
  id: 'redshift.subnetGroups',
  scope: 'regional',
  operations: ['redshift:DescribeClusterSubnetGroups'],
  fetch: (ctx) => ctx.list<ClusterSubnetGroup>('redshift:DescribeClusterSubnetGroups', {}, 'ClusterSubnetGroups'),
});

/**
 * The security groups of the region, read only when something uses them: a failed read is kept as
 * the value, so that checks which merely mention internet exposure still judge their resources.
 */
export async function securityGroupsIfUsed(ctx: FetchContext, used: boolean): Promise<Fetched<SecurityGroup[]>> {
  if (!used) return { ok: true, value: [] };
  try {
    return { ok: true, value: await ctx.get('ec2.securityGroups') };
  } catch (err) {
    if (err instanceof AwsCallError) return { ok: false, error: err.info };
    throw err;
  }
}

export const securityGroupsRead = defineDataset({
  id: 'redshift.securityGroupsRead',
  scope: 'regional',
  operations: [],
  deps: ['ec2.securityGroups', 'redshift.clusters'],
  fetch: async (ctx) => securityGroupsIfUsed(ctx, (await ctx.get('redshift.clusters')).some((c) => (c.VpcSecurityGroups ?? []).length > 0)),
});

export default [clusters, clusterParameterGroups, loggingStatus, subnetGroups, securityGroupsRead];
