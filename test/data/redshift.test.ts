// The Redshift provisioned datasets against recorded answers: clusters paged to the end (creating
// and deleting ones left out), one parameter listing per distinct group, logging status per cluster
// (deleted ones dropped, refusals kept), and security groups read only when a cluster names one.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import type { RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
// @ts-expect-error -- plain ESM script without type declarations
import redshiftDemo from '../../scripts/demo/redshift.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import ec2NetworkDemo from '../../scripts/demo/ec2-network.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import kmsDemo from '../../scripts/demo/kms.mjs';
import { replayLoader } from '../helpers/replay-loader.js';
import { cluster, parameter } from '../fixtures/redshift.js';

const REGION = 'us-east-1';
const answer = (service: RecordedCall['service'], operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service, region: REGION, operation, input, output });
const refused = (service: RecordedCall['service'], operation: string, input: Record<string, unknown>, code: string, httpStatus = 403): RecordedCall => ({
  service,
  region: REGION,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});
const shared = (name: string) => ({ ClusterParameterGroups: [{ ParameterGroupName: name, ParameterApplyStatus: 'in-sync' }] });

describe('redshift datasets', () => {
  it('pages DescribeClusters to the end and leaves out clusters being created or deleted, keeping paused ones', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('redshift', 'DescribeClusters', {}, { Clusters: [cluster('a'), cluster('new', { ClusterStatus: 'creating' })], Marker: 'm1' }),
        answer('redshift', 'DescribeClusters', { Marker: 'm1' }, { Clusters: [cluster('b', { ClusterStatus: 'paused' }), cluster('old', { ClusterStatus: 'deleting' })] }),
      ],
      [REGION],
    );
    expect((await loader.load('redshift.clusters', REGION)).map((c) => c.ClusterIdentifier)).toEqual(['a', 'b']);
    expect(sent.map((r) => r.input)).toEqual([{}, { Marker: 'm1' }]);
  });

  it('lists each distinct parameter group once, all pages, and keeps a refused group as an error', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('redshift', 'DescribeClusters', {}, { Clusters: [cluster('a', shared('shared')), cluster('b', shared('shared')), cluster('c', shared('default.redshift-1.0')), cluster('d', shared('locked'))] }),
        answer('redshift', 'DescribeClusterParameters', { ParameterGroupName: 'shared' }, { Parameters: [parameter('datestyle', 'ISO, MDY')], Marker: 'p2' }),
        answer('redshift', 'DescribeClusterParameters', { ParameterGroupName: 'shared', Marker: 'p2' }, { Parameters: [parameter('require_ssl', 'true')] }),
        answer('redshift', 'DescribeClusterParameters', { ParameterGroupName: 'default.redshift-1.0' }, { Parameters: [parameter('require_ssl', 'false', 'engine-default')] }),
        refused('redshift', 'DescribeClusterParameters', { ParameterGroupName: 'locked' }, 'AccessDenied'),
      ],
      [REGION],
    );
    const groups = await loader.load('redshift.clusterParameterGroups', REGION);
    expect(groups.map((g) => [g.name, g.result.ok ? g.result.value.map((p) => `${p.ParameterName}=${p.ParameterValue}`) : g.result.error.action])).toEqual([
      ['default.redshift-1.0', ['require_ssl=false']],
      ['locked', 'redshift:DescribeClusterParameters'],
      ['shared', ['datestyle=ISO, MDY', 'require_ssl=true']],
    ]);
    expect(sent.filter((r) => r.operation === 'DescribeClusterParameters')).toHaveLength(4);
  });

  it('reads logging status per cluster, drops a cluster deleted meanwhile and keeps a refusal', async () => {
    const { loader } = replayLoader(
      [
        answer('redshift', 'DescribeClusters', {}, { Clusters: [cluster('a'), cluster('gone'), cluster('hidden')] }),
        answer('redshift', 'DescribeLoggingStatus', { ClusterIdentifier: 'a' }, { LoggingEnabled: false }),
        refused('redshift', 'DescribeLoggingStatus', { ClusterIdentifier: 'gone' }, 'ClusterNotFound', 404),
        refused('redshift', 'DescribeLoggingStatus', { ClusterIdentifier: 'hidden' }, 'AccessDenied'),
      ],
      [REGION],
    );
    const statuses = await loader.load('redshift.loggingStatus', REGION);
    expect(statuses.map((s) => [s.cluster.ClusterIdentifier, s.result.ok ? s.result.value : s.result.error.code])).toEqual([
      ['a', { LoggingEnabled: false }],
      ['hidden', 'AccessDenied'],
    ]);
  });

  it('lists subnet groups to the end', async () => {
    const { loader } = replayLoader(
      [
        answer('redshift', 'DescribeClusterSubnetGroups', {}, { ClusterSubnetGroups: [{ ClusterSubnetGroupName: 'a' }], Marker: 'n' }),
        answer('redshift', 'DescribeClusterSubnetGroups', { Marker: 'n' }, { ClusterSubnetGroups: [{ ClusterSubnetGroupName: 'b' }] }),
      ],
      [REGION],
    );
    expect((await loader.load('redshift.subnetGroups', REGION)).map((g) => g.ClusterSubnetGroupName)).toEqual(['a', 'b']);
  });

  it('reads security groups only when a cluster names one, and keeps their refusal as the value', async () => {
    const none = replayLoader([answer('redshift', 'DescribeClusters', {}, { Clusters: [] })], [REGION]);
    expect(await none.loader.load('redshift.securityGroupsRead', REGION)).toEqual({ ok: true, value: [] });
    expect(none.sent.map((r) => r.operation)).toEqual(['DescribeClusters']);

    const refusedGroups = replayLoader(
      [answer('redshift', 'DescribeClusters', {}, { Clusters: [cluster('a')] }), refused('ec2', 'DescribeSecurityGroups', {}, 'UnauthorizedOperation')],
      [REGION],
    );
    expect(await refusedGroups.loader.load('redshift.securityGroupsRead', REGION)).toMatchObject({ ok: false, error: { code: 'UnauthorizedOperation', action: 'ec2:DescribeSecurityGroups' } });
  });
});

describe('the demo account replayed through the Redshift checks', () => {
  const REGIONS = ['us-east-1', 'eu-west-1'];
  const checks = CHECKS.filter((c) => c.service === 'redshift');
  let result: Awaited<ReturnType<typeof runChecks>>;
  let sent: Array<{ service: string; operation: string }>;
  beforeAll(async () => {
    const replay = replayLoader([...(redshiftDemo as RecordedCall[]), ...(ec2NetworkDemo as RecordedCall[]), ...(kmsDemo as RecordedCall[])], REGIONS);
    sent = replay.sent;
    result = await runChecks({ checks, datasets: DATASETS, loader: replay.loader, scope: { regions: REGIONS, homeRegion: 'us-east-1', account: ACCOUNT }, now: NOW });
  });

  it('covers the 17 Redshift and Redshift Serverless checks', () => {
    expect(checks).toHaveLength(17);
  });

  it('has no ERROR', () => {
    expect(result.findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
  });

  it.for(checks.map((c) => c.id))('%s has a PASS and a FAIL', (id) => {
    const summary = result.checks.find((s) => s.checkId === id)!;
    expect(summary.pass, 'pass').toBeGreaterThan(0);
    expect(summary.fail, 'fail').toBeGreaterThan(0);
  });

  it('reads each parameter group once and resolves the namespace key from the KMS dataset', () => {
    const params = sent.filter((r) => r.operation === 'DescribeClusterParameters');
    expect(params).toHaveLength(4);
    // The product-analytics key is a key of the account: no DescribeKey by ARN beyond the KMS dataset's own.
    expect(sent.filter((r) => r.service === 'kms' && r.operation === 'DescribeKey' && String((r as { input?: { KeyId?: string } }).input?.KeyId).startsWith('arn:'))).toEqual([]);
  });

  it('gives the findings the notes call for', () => {
    const of = (id: string, resource: string) => result.findings.find((f) => f.checkId === id && f.resourceId === resource)!;
    expect(of('redshift-cluster-requires-ssl', 'staging-dw').message).toContain('pending-reboot');
    expect(of('redshift-cluster-sg-no-internet-ingress', 'marketing-bi').message).toContain('the worst case');
    expect(of('redshift-cluster-multi-az', 'marketing-bi').message).toContain('only RA3 node types do');
    expect(of('redshift-serverless-workgroup-not-public', 'eu-sandbox')).toMatchObject({ status: 'FAIL', region: 'eu-west-1' });
  });
});
