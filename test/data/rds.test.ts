// The RDS datasets against recorded answers: what they ask AWS for, what they leave out, what they
// keep as a per-resource error; and the demo account replayed through every RDS check.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { type RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
// @ts-expect-error -- plain ESM script without type declarations
import demo from '../../scripts/demo/rds.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import networkDemo from '../../scripts/demo/ec2-network.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import exposureDemo from '../../scripts/demo/exposure.mjs';
import { replayLoader } from '../helpers/replay-loader.js';

const REGION = 'us-east-1';

const loaderFor = (calls: RecordedCall[], regions = [REGION]) => replayLoader(calls, regions, REGION);

const call = (operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service: 'rds', region: REGION, operation, input, output });
const refused = (operation: string, input: Record<string, unknown>, code: string, httpStatus = 400): RecordedCall => ({
  service: 'rds',
  region: REGION,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});
const instance = (id: string, engine: string, group: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  Engine: engine,
  DBParameterGroups: [{ DBParameterGroupName: group, ParameterApplyStatus: 'in-sync' }],
  ...extra,
});

describe('rds datasets', () => {
  it('leaves DocumentDB and Neptune resources, which the RDS API also lists, out', async () => {
    const { loader } = loaderFor([
      call('DescribeDBInstances', {}, { DBInstances: [{ DBInstanceIdentifier: 'orders', Engine: 'postgres' }, { DBInstanceIdentifier: 'catalog-1', Engine: 'docdb' }] }),
      call('DescribeDBClusters', {}, { DBClusters: [{ DBClusterIdentifier: 'graph', Engine: 'neptune' }, { DBClusterIdentifier: 'payments', Engine: 'aurora-postgresql' }] }),
    ]);
    expect((await loader.load('rds.instances', REGION)).map((d) => d.DBInstanceIdentifier)).toEqual(['orders']);
    expect((await loader.load('rds.clusters', REGION)).map((c) => c.DBClusterIdentifier)).toEqual(['payments']);
  });

  it('reads each distinct DB parameter group once, to the last page, and only for standalone instances of TLS-checked engines', async () => {
    const { loader, sent } = loaderFor([
      call('DescribeDBInstances', {}, {
        DBInstances: [
          instance('orders', 'postgres', 'shared-pg'),
          instance('billing', 'postgres', 'shared-pg'),
          instance('ledger', 'oracle-ee', 'default.oracle-ee-19'),
          instance('maz-1', 'postgres', 'default.postgres16', { DBClusterIdentifier: 'maz' }),
        ],
      }),
      call('DescribeDBParameters', { DBParameterGroupName: 'shared-pg' }, { Parameters: [{ ParameterName: 'autovacuum', ParameterValue: '1' }], Marker: 'page-2' }),
      call('DescribeDBParameters', { DBParameterGroupName: 'shared-pg', Marker: 'page-2' }, { Parameters: [{ ParameterName: 'rds.force_ssl', ParameterValue: '1' }] }),
    ]);
    const groups = await loader.load('rds.instanceParameterGroups', REGION);
    expect(groups).toEqual([{ name: 'shared-pg', result: { ok: true, value: [{ ParameterName: 'autovacuum', ParameterValue: '1' }, { ParameterName: 'rds.force_ssl', ParameterValue: '1' }] } }]);
    expect(sent.filter((r) => r.operation === 'DescribeDBParameters').map((r) => r.input)).toEqual([
      { DBParameterGroupName: 'shared-pg' },
      { DBParameterGroupName: 'shared-pg', Marker: 'page-2' },
    ]);
  });

  it('keeps a parameter group that cannot be read as an error, even one that vanished', async () => {
    const { loader } = loaderFor([
      call('DescribeDBInstances', {}, { DBInstances: [instance('orders', 'postgres', 'orders-pg'), instance('shop', 'mysql', 'shop-mysql')] }),
      refused('DescribeDBParameters', { DBParameterGroupName: 'orders-pg' }, 'AccessDenied', 403),
      refused('DescribeDBParameters', { DBParameterGroupName: 'shop-mysql' }, 'DBParameterGroupNotFound', 404),
    ]);
    const groups = await loader.load('rds.instanceParameterGroups', REGION);
    expect(groups.map((g) => [g.name, g.result.ok ? 'ok' : g.result.error.code])).toEqual([
      ['orders-pg', 'AccessDenied'],
      ['shop-mysql', 'DBParameterGroupNotFound'],
    ]);
  });

  it('reads the sharing of manual snapshots and of snapshots whose type the answer leaves out, never of automated ones', async () => {
    const { loader, sent } = loaderFor([
      call('DescribeDBSnapshots', {}, {
        DBSnapshots: [
          { DBSnapshotIdentifier: 'manual-1', Engine: 'postgres', SnapshotType: 'manual' },
          { DBSnapshotIdentifier: 'rds:orders-2026-10-31', Engine: 'postgres', SnapshotType: 'automated' },
          { DBSnapshotIdentifier: 'untyped', Engine: 'postgres' },
        ],
      }),
      call('DescribeDBSnapshotAttributes', { DBSnapshotIdentifier: 'manual-1' }, { DBSnapshotAttributesResult: { DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: [] }] } }),
      call('DescribeDBSnapshotAttributes', { DBSnapshotIdentifier: 'untyped' }, { DBSnapshotAttributesResult: { DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }] } }),
    ]);
    const read = await loader.load('rds.snapshotAttributes', REGION);
    expect(read.map((r) => [r.snapshot.DBSnapshotIdentifier, r.result.ok])).toEqual([
      ['manual-1', true],
      ['untyped', true],
    ]);
    expect(sent.filter((r) => r.operation === 'DescribeDBSnapshotAttributes').map((r) => r.input.DBSnapshotIdentifier)).toEqual(['manual-1', 'untyped']);
  });

  it('reads the cluster parameter groups of Aurora MySQL clusters only', async () => {
    const { loader, sent } = loaderFor([
      call('DescribeDBClusters', {}, {
        DBClusters: [
          { DBClusterIdentifier: 'shop', Engine: 'aurora-mysql', DBClusterParameterGroup: 'shop-aurora' },
          { DBClusterIdentifier: 'payments', Engine: 'aurora-postgresql', DBClusterParameterGroup: 'default.aurora-postgresql16' },
        ],
      }),
      call('DescribeDBClusterParameters', { DBClusterParameterGroupName: 'shop-aurora' }, { Parameters: [{ ParameterName: 'server_audit_logging', ParameterValue: '1' }] }),
    ]);
    expect((await loader.load('rds.clusterParameterGroups', REGION)).map((g) => g.name)).toEqual(['shop-aurora']);
    expect(sent.some((r) => r.operation === 'DescribeDBClusterParameters' && r.input.DBClusterParameterGroupName !== 'shop-aurora')).toBe(false);
  });

  it('reads sharing of manual snapshots only, drops deleted ones and keeps refusals as errors', async () => {
    const { loader, sent } = loaderFor([
      call('DescribeDBSnapshots', {}, {
        DBSnapshots: [
          { DBSnapshotIdentifier: 'rds:orders-2026-11-01', SnapshotType: 'automated', Engine: 'postgres' },
          { DBSnapshotIdentifier: 'orders-public', SnapshotType: 'manual', Engine: 'postgres' },
          { DBSnapshotIdentifier: 'orders-gone', SnapshotType: 'manual', Engine: 'postgres' },
          { DBSnapshotIdentifier: 'orders-denied', SnapshotType: 'manual', Engine: 'postgres' },
        ],
      }),
      call('DescribeDBSnapshotAttributes', { DBSnapshotIdentifier: 'orders-public' }, {
        DBSnapshotAttributesResult: { DBSnapshotIdentifier: 'orders-public', DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }] },
      }),
      refused('DescribeDBSnapshotAttributes', { DBSnapshotIdentifier: 'orders-gone' }, 'DBSnapshotNotFound', 404),
      refused('DescribeDBSnapshotAttributes', { DBSnapshotIdentifier: 'orders-denied' }, 'AccessDenied', 403),
    ]);
    const read = await loader.load('rds.snapshotAttributes', REGION);
    expect(read.map((r) => [r.snapshot.DBSnapshotIdentifier, r.result.ok])).toEqual([
      ['orders-public', true],
      ['orders-denied', false],
    ]);
    expect(read[0]!.result).toEqual({ ok: true, value: [{ AttributeName: 'restore', AttributeValues: ['all'] }] });
    expect(sent.find((r) => r.operation === 'DescribeDBSnapshots')?.input).toEqual({});
  });

  it('drops a cluster snapshot deleted between the listing and the read', async () => {
    const { loader } = loaderFor([
      call('DescribeDBClusterSnapshots', {}, { DBClusterSnapshots: [{ DBClusterSnapshotIdentifier: 'payments-gone', SnapshotType: 'manual', Engine: 'aurora-postgresql' }] }),
      refused('DescribeDBClusterSnapshotAttributes', { DBClusterSnapshotIdentifier: 'payments-gone' }, 'DBClusterSnapshotNotFoundFault', 404),
    ]);
    expect(await loader.load('rds.clusterSnapshotAttributes', REGION)).toEqual([]);
  });
});

describe('the demo account replayed through the RDS checks', () => {
  // rds-instance-in-backup-plan also reads AWS Backup: test/data/stores-demo.test.ts replays it with backup.mjs.
  const checks = CHECKS.filter((c) => c.service === 'rds' && c.id !== 'rds-instance-in-backup-plan');
  const ids = checks.map((c) => c.id);
  // EC2-Classic is gone: every instance is in a VPC.
  const passOnly = ['rds-instance-in-vpc'];
  const regions = ['us-east-1', 'eu-west-1'];
  let findings: Awaited<ReturnType<typeof runChecks>>['findings'] = [];
  let summaries: Awaited<ReturnType<typeof runChecks>>['checks'] = [];
  beforeAll(async () => {
    // The network the DB instances sit in, for rds-instance-not-internet-reachable.
    const { loader } = loaderFor([...(demo as RecordedCall[]), ...(networkDemo as RecordedCall[]), ...(exposureDemo as RecordedCall[])], regions);
    ({ findings, checks: summaries } = await runChecks({ checks, datasets: DATASETS, loader, scope: { regions, homeRegion: REGION, account: ACCOUNT }, now: NOW }));
  });

  it('covers the 32 RDS checks', () => {
    expect(ids).toHaveLength(32);
  });

  it('has no ERROR', () => {
    expect(findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
  });

  it('records every call in both regions', () => {
    for (const operation of ['DescribeDBInstances', 'DescribeDBClusters', 'DescribeDBSnapshots', 'DescribeDBClusterSnapshots', 'DescribeDBProxies', 'DescribeEventSubscriptions']) {
      const recorded = (demo as RecordedCall[]).filter((c) => c.operation === operation).map((c) => c.region).sort();
      expect(recorded, operation).toEqual(['eu-west-1', 'us-east-1']);
    }
  });

  it.for(ids)('%s has a PASS and, where the demo can show one, a FAIL', (id) => {
    const summary = summaries.find((s) => s.checkId === id)!;
    expect(summary.pass, 'pass').toBeGreaterThan(0);
    if (!passOnly.includes(id)) expect(summary.fail, 'fail').toBeGreaterThan(0);
  });

  it('gives the findings the notes call for', () => {
    const verdict = (id: string, resource: string) => findings.find((f) => f.checkId === id && f.resourceId === resource)?.status;
    // ON in a group with a change pending a reboot: require_secure_transport is dynamic, so it is live.
    expect(verdict('rds-instance-mariadb-requires-tls', 'cms-mariadb')).toBe('PASS');
    expect(verdict('rds-instance-mariadb-requires-tls', 'wiki-mariadb')).toBe('FAIL');
    expect(verdict('rds-instance-mysql-requires-tls', 'shop-mysql')).toBe('PASS');
    expect(verdict('rds-instance-postgres-requires-tls', 'reports-pg')).toBe('FAIL');
    expect(verdict('rds-instance-backups-enabled', 'orders-pg-replica')).toBeUndefined();
    expect(verdict('rds-instance-backups-enabled', 'shop-aurora-1')).toBeUndefined();
    expect(verdict('rds-snapshot-not-public', 'shop-aurora-demo-data')).toBe('FAIL');
    // Publicly accessible, in subnets routed to an internet gateway, open to a partner's range.
    expect(verdict('rds-instance-not-internet-reachable', 'legacy-mysql')).toBe('FAIL');
    expect(verdict('rds-instance-not-internet-reachable', 'orders-pg')).toBe('PASS');
    expect(verdict('rds-snapshot-not-public', 'rds:orders-pg-2026-11-01-03-05')).toBeUndefined();
    expect(findings.some((f) => f.resourceId.startsWith('catalog-docdb'))).toBe(false);
    expect(findings.filter((f) => f.checkId === 'rds-event-subscription-critical-events')).toHaveLength(8);
  });
});
