import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/elasticache-transit-encryption-required.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { cacheCluster, memcached, membersOf, replicationGroup } from '../../fixtures/elasticache.js';

const data = (groups: ReturnType<typeof replicationGroup>[], clusters: ReturnType<typeof cacheCluster>[]) => ({
  'elasticache.replicationGroups': groups,
  'elasticache.cacheClusters': clusters,
});

describe('elasticache-transit-encryption-required', () => {
  it('passes a group with in-transit encryption required, and judges its member clusters through it', () => {
    const rg = replicationGroup('orders');
    const findings = evaluate(check, data([rg], membersOf(rg)));
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.message).toBe('Replication group orders (Redis OSS 7.1.0) requires in-transit encryption (TransitEncryptionMode required).');
    expect(findings[0]!.resourceArn).toBe('arn:aws:elasticache:us-east-1:123456789012:replicationgroup:orders');
  });

  it('passes a group on an engine older than transit modes, which reports no mode', () => {
    const rg = replicationGroup('legacy-tls', { TransitEncryptionMode: undefined });
    const findings = evaluate(check, data([rg], membersOf(rg, { EngineVersion: '5.0.6' })));
    expect(verdicts(findings)).toEqual([['PASS', 'legacy-tls']]);
  });

  it('fails a group without in-transit encryption', () => {
    const rg = replicationGroup('sessions', { TransitEncryptionEnabled: false, TransitEncryptionMode: undefined, AuthTokenEnabled: false });
    const findings = evaluate(check, data([rg], membersOf(rg)));
    expect(verdicts(findings)).toEqual([['FAIL', 'sessions']]);
    expect(findings[0]!.message).toBe('Replication group sessions (Redis OSS 7.1.0) does not encrypt in transit (TransitEncryptionEnabled false): clients connect in plaintext.');
  });

  it('near miss: mode preferred is enabled but still accepts plaintext, and the message says Security Hub passes it', () => {
    const rg = replicationGroup('migrating', { TransitEncryptionMode: 'preferred' });
    const findings = evaluate(check, data([rg], membersOf(rg)));
    expect(verdicts(findings)).toEqual([['FAIL', 'migrating']]);
    expect(findings[0]!.message).toContain('mode preferred, which still accepts unencrypted connections');
    expect(findings[0]!.message).toContain("Security Hub's ElastiCache.5 reads only TransitEncryptionEnabled and passes it");
    // The group is in ElastiCache.5's scope: no control restriction.
    expect(findings[0]!.controls).toBeUndefined();
  });

  it('fails a group whose engine version cannot do TLS, saying so', () => {
    const rg = replicationGroup('old', { TransitEncryptionEnabled: false, TransitEncryptionMode: undefined, AtRestEncryptionEnabled: false });
    const findings = evaluate(check, data([rg], membersOf(rg, { EngineVersion: '3.2.10' })));
    expect(verdicts(findings)).toEqual([['FAIL', 'old']]);
    expect(findings[0]!.message).toContain('Replication group old (Redis OSS 3.2.10) does not encrypt in transit: engine version does not support TLS');
  });

  it('near miss: 4.0.10 supports TLS although it sorts before 4.0.9 as text', () => {
    const rg = replicationGroup('four', { TransitEncryptionEnabled: false, TransitEncryptionMode: undefined });
    const findings = evaluate(check, data([rg], membersOf(rg, { EngineVersion: '4.0.10' })));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).not.toContain('does not support TLS');
  });

  it('reads the engine from the members when the group does not report it', () => {
    const rg = replicationGroup('valkey-old', { Engine: undefined, TransitEncryptionEnabled: false, TransitEncryptionMode: undefined });
    const findings = evaluate(check, data([rg], membersOf(rg, { Engine: 'valkey', EngineVersion: '8.0' })));
    expect(findings[0]!.message).toBe('Replication group valkey-old (Valkey 8.0) does not encrypt in transit (TransitEncryptionEnabled false): clients connect in plaintext.');
  });

  it('fails a group that does not report TransitEncryptionEnabled (the default is off), never passes it', () => {
    const rg = replicationGroup('quiet', { TransitEncryptionEnabled: undefined, TransitEncryptionMode: undefined });
    const findings = evaluate(check, data([rg], []));
    expect(verdicts(findings)).toEqual([['FAIL', 'quiet']]);
    expect(findings[0]!.message).toContain('(Redis OSS (version not reported)) does not report TransitEncryptionEnabled');
  });

  it('reports ERROR for a transit mode it does not know', () => {
    const rg = replicationGroup('odd', { TransitEncryptionMode: 'opportunistic' as never });
    const findings = evaluate(check, data([rg], membersOf(rg)));
    expect(verdicts(findings)).toEqual([['ERROR', 'odd']]);
  });

  it('judges Memcached clusters (our addition: no control) and skips standalone Redis OSS clusters', () => {
    const findings = evaluate(
      check,
      data([], [memcached('web-cache'), memcached('old-cache', { EngineVersion: '1.6.6', TransitEncryptionEnabled: false }), memcached('plain', { TransitEncryptionEnabled: false }), cacheCluster('solo')]),
    );
    expect(verdicts(findings)).toEqual([
      ['PASS', 'web-cache'],
      ['FAIL', 'old-cache'],
      ['FAIL', 'plain'],
    ]);
    expect(findings.every((f) => f.controls?.length === 0 && f.resourceType === 'AWS::ElastiCache::CacheCluster')).toBe(true);
    expect(findings[1]!.message).toContain('Memcached cluster old-cache (Memcached 1.6.6) does not encrypt in transit: engine version does not support TLS');
    expect(findings[0]!.resourceArn).toBe('arn:aws:elasticache:us-east-1:123456789012:cluster:web-cache');
  });

  it('reports ERROR for the region when a listing is refused', async () => {
    const findings = await run(check, {
      'elasticache.replicationGroups': awsError('AccessDenied', 'elasticache:DescribeReplicationGroups'),
      'elasticache.cacheClusters': [],
    });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
    expect(findings[0]!.error?.action).toBe('elasticache:DescribeReplicationGroups');
  });
});
