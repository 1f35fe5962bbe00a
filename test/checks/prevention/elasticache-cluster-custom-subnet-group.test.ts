import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/elasticache-cluster-custom-subnet-group.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { cacheCluster, memcached } from '../../fixtures/elasticache.js';

describe('elasticache-cluster-custom-subnet-group', () => {
  it('passes clusters of every engine in a custom subnet group', () => {
    const findings = evaluate(check, { 'elasticache.cacheClusters': [cacheCluster('orders-001'), memcached('web')] });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'orders-001'],
      ['PASS', 'web'],
    ]);
    expect(findings[0]!.message).toBe('Cache cluster orders-001 (Redis OSS 7.1.0) uses subnet group cache-private.');
  });

  it('fails a cluster in the default subnet group', () => {
    const findings = evaluate(check, { 'elasticache.cacheClusters': [memcached('quick', { CacheSubnetGroupName: 'default' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'quick']]);
    expect(findings[0]!.message).toBe("Cache cluster quick (Memcached 1.6.22) uses the default subnet group, which places its nodes in the default VPC's subnets.");
  });

  it('near miss: a group named like the default is custom', () => {
    const findings = evaluate(check, { 'elasticache.cacheClusters': [cacheCluster('named', { CacheSubnetGroupName: 'default-private' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'named']]);
  });

  it('reports ERROR for a cluster without a subnet group and for a refused listing', async () => {
    expect(verdicts(evaluate(check, { 'elasticache.cacheClusters': [cacheCluster('classic', { CacheSubnetGroupName: undefined })] }))).toEqual([['ERROR', 'classic']]);
    const findings = await run(check, { 'elasticache.cacheClusters': awsError('AccessDenied', 'elasticache:DescribeCacheClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
