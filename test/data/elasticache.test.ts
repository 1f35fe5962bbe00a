// The ElastiCache datasets against recorded answers: paging with Marker, one listing each per
// region; and the demo account replayed through every ElastiCache check.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { type RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
// @ts-expect-error -- plain ESM script without type declarations
import demo from '../../scripts/demo/elasticache.mjs';
import { replayLoader } from '../helpers/replay-loader.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
const call = (region: string, operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service: 'elasticache', region, operation, input, output });

describe('elasticache datasets', () => {
  it('pages both listings with Marker to the end, in the region asked', async () => {
    const region = 'eu-west-1';
    const { loader, sent } = replayLoader(
      [
        call(region, 'DescribeReplicationGroups', {}, { ReplicationGroups: [{ ReplicationGroupId: 'a' }], Marker: 'm-1' }),
        call(region, 'DescribeReplicationGroups', { Marker: 'm-1' }, { ReplicationGroups: [{ ReplicationGroupId: 'b' }] }),
        call(region, 'DescribeCacheClusters', {}, { CacheClusters: [{ CacheClusterId: 'a-001', ReplicationGroupId: 'a' }], Marker: 'm-2' }),
        call(region, 'DescribeCacheClusters', { Marker: 'm-2' }, { CacheClusters: [{ CacheClusterId: 'web', Engine: 'memcached' }] }),
      ],
      REGIONS,
    );
    expect((await loader.load('elasticache.replicationGroups', region)).map((g) => g.ReplicationGroupId)).toEqual(['a', 'b']);
    expect((await loader.load('elasticache.cacheClusters', region)).map((c) => c.CacheClusterId)).toEqual(['a-001', 'web']);
    expect(sent.every((r) => r.region === region)).toBe(true);
    expect(sent.map((r) => r.input)).toEqual([{}, { Marker: 'm-1' }, {}, { Marker: 'm-2' }]);
  });

  it('fails a listing that is refused, so the checks report ERROR for the region', async () => {
    const { loader } = replayLoader(
      [{ service: 'elasticache', region: 'us-east-1', operation: 'DescribeReplicationGroups', input: {}, error: { code: 'AccessDenied', message: 'denied', httpStatus: 403 } }],
      REGIONS,
    );
    await expect(loader.load('elasticache.replicationGroups', 'us-east-1')).rejects.toMatchObject({ info: { code: 'AccessDenied', kind: 'access-denied' } });
  });
});

describe('the demo account replayed through the ElastiCache checks', () => {
  const checks = CHECKS.filter((c) => c.service === 'elasticache');
  let result: Awaited<ReturnType<typeof runChecks>>;
  beforeAll(async () => {
    const { loader, sent } = replayLoader(demo as RecordedCall[], REGIONS);
    result = await runChecks({ checks, datasets: DATASETS, loader, scope: { regions: REGIONS, homeRegion: 'us-east-1', account: ACCOUNT }, now: NOW });
    // Two listings per region, whatever the number of checks.
    expect(sent).toHaveLength(4);
  });

  it('covers the 7 ElastiCache checks', () => expect(checks).toHaveLength(7));

  it('has no ERROR', () => {
    expect(result.findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
  });

  it.for(checks.map((c) => c.id))('%s has a PASS and a FAIL', (id) => {
    const summary = result.checks.find((s) => s.checkId === id)!;
    expect(summary.pass, 'pass').toBeGreaterThan(0);
    expect(summary.fail, 'fail').toBeGreaterThan(0);
  });

  it('judges replication group members through their group, and says why the catalog cache fails in transit', () => {
    const transit = result.findings.filter((f) => f.checkId === 'elasticache-transit-encryption-required').map((f) => `${f.status} ${f.resourceId}`);
    expect(transit.sort()).toEqual(['FAIL catalog-cache', 'FAIL legacy-pages', 'PASS eu-leaderboard', 'PASS sessions-prod', 'PASS web-fragments']);
    const legacy = result.findings.find((f) => f.checkId === 'elasticache-transit-encryption-required' && f.resourceId === 'legacy-pages')!;
    expect(legacy.message).toContain('engine version does not support TLS');
  });
});
