import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/elasticache-automatic-backups-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { cacheCluster, memcached, membersOf, replicationGroup } from '../../fixtures/elasticache.js';

describe('elasticache-automatic-backups-enabled', () => {
  it('passes a group keeping backups, judging its members through it', () => {
    const rg = replicationGroup('orders');
    const findings = evaluate(check, { 'elasticache.replicationGroups': [rg], 'elasticache.cacheClusters': membersOf(rg) });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.message).toBe('Replication group orders (Redis OSS 7.1.0) keeps automatic backups for 7 days.');
  });

  it('fails a group and a standalone Valkey cluster without backups, and leaves Memcached out', () => {
    const rg = replicationGroup('sessions', { SnapshotRetentionLimit: 0 });
    const findings = evaluate(check, {
      'elasticache.replicationGroups': [rg],
      'elasticache.cacheClusters': [...membersOf(rg), cacheCluster('solo', { Engine: 'valkey', EngineVersion: '8.0', SnapshotRetentionLimit: 0 }), memcached('web')],
    });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'sessions'],
      ['FAIL', 'solo'],
    ]);
    expect(findings[1]!.message).toBe('Cache cluster solo (Valkey 8.0) has no automatic backups (SnapshotRetentionLimit 0).');
    expect(findings[1]!.resourceType).toBe('AWS::ElastiCache::CacheCluster');
  });

  it('near miss: one day is enough (the control\'s default, not the Config rule\'s 15)', () => {
    const findings = evaluate(check, { 'elasticache.replicationGroups': [], 'elasticache.cacheClusters': [cacheCluster('daily', { SnapshotRetentionLimit: 1 })] });
    expect(verdicts(findings)).toEqual([['PASS', 'daily']]);
    expect(findings[0]!.message).toBe('Cache cluster daily (Redis OSS 7.1.0) keeps automatic backups for 1 day.');
  });

  it('fails a group that does not report its retention (default 0), and reports ERROR for an unreadable one', () => {
    const findings = evaluate(check, {
      'elasticache.replicationGroups': [replicationGroup('quiet', { SnapshotRetentionLimit: undefined }), replicationGroup('odd', { SnapshotRetentionLimit: 'weekly' as never })],
      'elasticache.cacheClusters': [],
    });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'quiet'],
      ['ERROR', 'odd'],
    ]);
  });

  it('reports ERROR for the region when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'elasticache.replicationGroups': [], 'elasticache.cacheClusters': awsError('AccessDenied', 'elasticache:DescribeCacheClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
