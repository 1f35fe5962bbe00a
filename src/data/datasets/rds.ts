import type {
  DBCluster,
  DBClusterSnapshot,
  DBClusterSnapshotAttribute,
  DBInstance,
  DBProxy,
  DBSnapshot,
  DBSnapshotAttribute,
  EventSubscription,
  Parameter,
} from '@aws-sdk/client-rds';
import { isAuroraMysql, isClusterMember, isRdsEngine } from '../rds-engines.js';
import { tlsParameterFor, type ParameterGroupRead } from '../rds-tls-parameters.js';
import { defineDataset, type Fetched, type FetchContext } from '../dataset.js';

export interface PerSnapshot<S, A> {
  snapshot: S;
  result: Fetched<A>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'rds.instances': DBInstance[];
    'rds.clusters': DBCluster[];
    /** Every cluster DescribeDBClusters returns, DocumentDB and Neptune included (RDS.50 judges them all). */
    'rds.clustersAllEngines': DBCluster[];
    'rds.snapshots': DBSnapshot[];
    'rds.clusterSnapshots': DBClusterSnapshot[];
    'rds.snapshotAttributes': PerSnapshot<DBSnapshot, DBSnapshotAttribute[]>[];
    'rds.clusterSnapshotAttributes': PerSnapshot<DBClusterSnapshot, DBClusterSnapshotAttribute[]>[];
    'rds.instanceParameterGroups': ParameterGroupRead[];
    'rds.clusterParameterGroups': ParameterGroupRead[];
    'rds.proxies': DBProxy[];
    'rds.eventSubscriptions': EventSubscription[];
  }
}

/** Codes by which RDS says a snapshot was deleted between the listing and the read (query code and SDK name). */
const SNAPSHOT_GONE = ['DBSnapshotNotFound', 'DBSnapshotNotFoundFault'] as const;
const CLUSTER_SNAPSHOT_GONE = ['DBClusterSnapshotNotFound', 'DBClusterSnapshotNotFoundFault'] as const;

// The RDS API also lists DocumentDB and Neptune resources, which are not RDS databases; every
// listing below keeps only RDS engines.

export const instances = defineDataset({
  id: 'rds.instances',
  scope: 'regional',
  operations: ['rds:DescribeDBInstances'],
  fetch: async (ctx) => (await ctx.list<DBInstance>('rds:DescribeDBInstances', {}, 'DBInstances')).filter((db) => isRdsEngine(db.Engine)),
});

export const clustersAllEngines = defineDataset({
  id: 'rds.clustersAllEngines',
  scope: 'regional',
  operations: ['rds:DescribeDBClusters'],
  fetch: (ctx) => ctx.list<DBCluster>('rds:DescribeDBClusters', {}, 'DBClusters'),
});

export const clusters = defineDataset({
  id: 'rds.clusters',
  scope: 'regional',
  operations: [],
  deps: ['rds.clustersAllEngines'],
  fetch: async (ctx) => (await ctx.get('rds.clustersAllEngines')).filter((c) => isRdsEngine(c.Engine)),
});

/** The account's own manual and automated snapshots: the default listing leaves out shared and public ones. */
export const snapshots = defineDataset({
  id: 'rds.snapshots',
  scope: 'regional',
  operations: ['rds:DescribeDBSnapshots'],
  fetch: async (ctx) => (await ctx.list<DBSnapshot>('rds:DescribeDBSnapshots', {}, 'DBSnapshots')).filter((s) => isRdsEngine(s.Engine)),
});

export const clusterSnapshots = defineDataset({
  id: 'rds.clusterSnapshots',
  scope: 'regional',
  operations: ['rds:DescribeDBClusterSnapshots'],
  fetch: async (ctx) =>
    (await ctx.list<DBClusterSnapshot>('rds:DescribeDBClusterSnapshots', {}, 'DBClusterSnapshots')).filter((s) => isRdsEngine(s.Engine)),
});

/**
 * Whether a snapshot can be shared: manual ones can, automated ones cannot. A snapshot whose type
 * the answer leaves out (an emulator) is read too: skipping it could hide a public one.
 */
const mayBeShared = (type: string | undefined) => type === undefined || type === 'manual';

/** Sharing attributes of manual DB snapshots, the only kind that can be shared. */
export const snapshotAttributes = defineDataset({
  id: 'rds.snapshotAttributes',
  scope: 'regional',
  operations: ['rds:DescribeDBSnapshotAttributes'],
  deps: ['rds.snapshots'],
  async fetch(ctx) {
    const manual = (await ctx.get('rds.snapshots')).filter((s) => mayBeShared(s.SnapshotType) && s.DBSnapshotIdentifier);
    const read = await ctx.perItem(
      manual,
      async (s) => {
        const out = await ctx.call<{ DBSnapshotAttributesResult?: { DBSnapshotAttributes?: DBSnapshotAttribute[] } }>(
          'rds:DescribeDBSnapshotAttributes',
          { DBSnapshotIdentifier: s.DBSnapshotIdentifier },
        );
        return out?.DBSnapshotAttributesResult?.DBSnapshotAttributes ?? [];
      },
      SNAPSHOT_GONE,
    );
    return read.map(({ item, result }) => ({ snapshot: item, result }));
  },
});

/** Sharing attributes of manual DB cluster snapshots. */
export const clusterSnapshotAttributes = defineDataset({
  id: 'rds.clusterSnapshotAttributes',
  scope: 'regional',
  operations: ['rds:DescribeDBClusterSnapshotAttributes'],
  deps: ['rds.clusterSnapshots'],
  async fetch(ctx) {
    const manual = (await ctx.get('rds.clusterSnapshots')).filter((s) => mayBeShared(s.SnapshotType) && s.DBClusterSnapshotIdentifier);
    const read = await ctx.perItem(
      manual,
      async (s) => {
        const out = await ctx.call<{ DBClusterSnapshotAttributesResult?: { DBClusterSnapshotAttributes?: DBClusterSnapshotAttribute[] } }>(
          'rds:DescribeDBClusterSnapshotAttributes',
          { DBClusterSnapshotIdentifier: s.DBClusterSnapshotIdentifier },
        );
        return out?.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes ?? [];
      },
      CLUSTER_SNAPSHOT_GONE,
    );
    return read.map(({ item, result }) => ({ snapshot: item, result }));
  },
});

/** Every parameter of each named group, all pages; one listing per distinct group however many resources share it. */
async function readParameterGroups(
  ctx: FetchContext,
  names: readonly string[],
  op: 'rds:DescribeDBParameters' | 'rds:DescribeDBClusterParameters',
  nameMember: 'DBParameterGroupName' | 'DBClusterParameterGroupName',
): Promise<ParameterGroupRead[]> {
  const distinct = [...new Set(names)].sort();
  // No gone codes: a group that vanished still governs the resources that named it, so the read is an ERROR for them.
  const read = await ctx.perItem(distinct, (name) => ctx.list<Parameter>(op, { [nameMember]: name }, 'Parameters'));
  return read.map(({ item, result }) => ({ name: item, result }));
}

/**
 * DB parameter groups of the instances outside a cluster whose engine has a TLS parameter that a
 * check judges. Other groups are not read: each is a long paginated listing used by nothing.
 */
export const instanceParameterGroups = defineDataset({
  id: 'rds.instanceParameterGroups',
  scope: 'regional',
  operations: ['rds:DescribeDBParameters'],
  deps: ['rds.instances'],
  async fetch(ctx) {
    const dbs = (await ctx.get('rds.instances')).filter((db) => !isClusterMember(db) && tlsParameterFor(db.Engine));
    const names = dbs.flatMap((db) => (db.DBParameterGroups ?? []).flatMap((g) => (g.DBParameterGroupName ? [g.DBParameterGroupName] : [])));
    return readParameterGroups(ctx, names, 'rds:DescribeDBParameters', 'DBParameterGroupName');
  },
});

/** DB cluster parameter groups of Aurora MySQL clusters, where the audit-logging check reads server_audit_logging. */
export const clusterParameterGroups = defineDataset({
  id: 'rds.clusterParameterGroups',
  scope: 'regional',
  operations: ['rds:DescribeDBClusterParameters'],
  deps: ['rds.clusters'],
  async fetch(ctx) {
    const names = (await ctx.get('rds.clusters')).flatMap((c) => (isAuroraMysql(c.Engine) && c.DBClusterParameterGroup ? [c.DBClusterParameterGroup] : []));
    return readParameterGroups(ctx, names, 'rds:DescribeDBClusterParameters', 'DBClusterParameterGroupName');
  },
});

export const proxies = defineDataset({
  id: 'rds.proxies',
  scope: 'regional',
  operations: ['rds:DescribeDBProxies'],
  fetch: (ctx) => ctx.list<DBProxy>('rds:DescribeDBProxies', {}, 'DBProxies'),
});

export const eventSubscriptions = defineDataset({
  id: 'rds.eventSubscriptions',
  scope: 'regional',
  operations: ['rds:DescribeEventSubscriptions'],
  fetch: (ctx) => ctx.list<EventSubscription>('rds:DescribeEventSubscriptions', {}, 'EventSubscriptionsList'),
});

export default [
  instances,
  clustersAllEngines,
  clusters,
  snapshots,
  clusterSnapshots,
  snapshotAttributes,
  clusterSnapshotAttributes,
  instanceParameterGroups,
  clusterParameterGroups,
  proxies,
  eventSubscriptions,
];
