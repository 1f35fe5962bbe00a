import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/elasticache-replication-group-encrypted-at-rest.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { memcached, membersOf, replicationGroup } from '../../fixtures/elasticache.js';

describe('elasticache-replication-group-encrypted-at-rest', () => {
  it('passes a group encrypted at rest, naming its key', () => {
    const rg = replicationGroup('orders');
    const findings = evaluate(check, { 'elasticache.replicationGroups': [rg], 'elasticache.cacheClusters': membersOf(rg) });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.message).toBe(
      'Replication group orders (Redis OSS 7.1.0) encrypts data at rest with KMS key arn:aws:kms:us-east-1:123456789012:key/0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60.',
    );
  });

  it('fails a group not encrypted at rest, and ignores Memcached clusters', () => {
    const rg = replicationGroup('sessions', { AtRestEncryptionEnabled: false, KmsKeyId: undefined, StorageEncryptionType: 'none' });
    const findings = evaluate(check, { 'elasticache.replicationGroups': [rg], 'elasticache.cacheClusters': [...membersOf(rg), memcached('web')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'sessions']]);
    expect(findings[0]!.message).toContain('does not encrypt data at rest (AtRestEncryptionEnabled false)');
  });

  it('says when the engine version cannot encrypt at rest', () => {
    const rg = replicationGroup('old', { AtRestEncryptionEnabled: false, KmsKeyId: undefined });
    const findings = evaluate(check, { 'elasticache.replicationGroups': [rg], 'elasticache.cacheClusters': membersOf(rg, { EngineVersion: '3.2.4' }) });
    expect(findings[0]!.message).toContain('Replication group old (Redis OSS 3.2.4) does not encrypt data at rest: engine version does not support encryption at rest');
  });

  it('near miss: StorageEncryptionType encrypted while AtRestEncryptionEnabled is false fails, naming both', () => {
    const rg = replicationGroup('implicit', { AtRestEncryptionEnabled: false, KmsKeyId: undefined, StorageEncryptionType: 'sse-elasticache' });
    const findings = evaluate(check, { 'elasticache.replicationGroups': [rg], 'elasticache.cacheClusters': membersOf(rg) });
    expect(verdicts(findings)).toEqual([['FAIL', 'implicit']]);
    expect(findings[0]!.message).toBe(
      'Replication group implicit (Redis OSS 7.1.0) has AtRestEncryptionEnabled false, although StorageEncryptionType says its storage is encrypted (sse-elasticache) with an ElastiCache service-managed key; ElastiCache.4 reads AtRestEncryptionEnabled.',
    );
  });

  it('fails a Redis OSS group that does not report the setting, and reports ERROR for a Valkey one (created encrypted by default)', () => {
    const redis = replicationGroup('quiet-redis', { AtRestEncryptionEnabled: undefined });
    const valkey = replicationGroup('quiet-valkey', { AtRestEncryptionEnabled: undefined, Engine: 'valkey' });
    const findings = evaluate(check, { 'elasticache.replicationGroups': [redis, valkey], 'elasticache.cacheClusters': [] });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'quiet-redis'],
      ['ERROR', 'quiet-valkey'],
    ]);
  });

  it('reports ERROR for the region when the groups cannot be listed', async () => {
    const findings = await run(check, {
      'elasticache.replicationGroups': awsError('AccessDenied', 'elasticache:DescribeReplicationGroups'),
      'elasticache.cacheClusters': [],
    });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.message).toContain('elasticache:DescribeReplicationGroups');
  });
});
