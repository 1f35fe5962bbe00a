import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/elasticache-auto-minor-version-upgrade.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { cacheCluster, memcached, membersOf, replicationGroup } from '../../fixtures/elasticache.js';

describe('elasticache-auto-minor-version-upgrade', () => {
  it('passes every Redis OSS cluster with automatic minor upgrades, members of groups included', () => {
    const rg = replicationGroup('orders');
    const findings = evaluate(check, { 'elasticache.cacheClusters': membersOf(rg) });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'orders-001'],
      ['PASS', 'orders-002'],
    ]);
    expect(findings[0]!.message).toBe('Cache cluster orders-001 (Redis OSS 7.1.0, member of replication group orders) applies minor version upgrades automatically.');
  });

  it('fails a Valkey cluster without automatic minor upgrades and leaves Memcached out', () => {
    const findings = evaluate(check, {
      'elasticache.cacheClusters': [cacheCluster('frozen', { Engine: 'valkey', EngineVersion: '7.2', AutoMinorVersionUpgrade: false }), memcached('web', { AutoMinorVersionUpgrade: false })],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'frozen']]);
    expect(findings[0]!.message).toBe('Cache cluster frozen (Valkey 7.2) does not apply minor version upgrades automatically (AutoMinorVersionUpgrade false).');
  });

  it('near miss: a cluster that does not report the setting is ERROR, not PASS, although the default is true', () => {
    const findings = evaluate(check, { 'elasticache.cacheClusters': [cacheCluster('quiet', { AutoMinorVersionUpgrade: undefined })] });
    expect(verdicts(findings)).toEqual([['ERROR', 'quiet']]);
  });

  it('reports ERROR for the region when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'elasticache.cacheClusters': awsError('AccessDenied', 'elasticache:DescribeCacheClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
