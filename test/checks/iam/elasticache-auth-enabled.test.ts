import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/elasticache-auth-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { membersOf, replicationGroup } from '../../fixtures/elasticache.js';

const judge = (rg: ReturnType<typeof replicationGroup>, version?: string, engine?: string) =>
  evaluate(check, { 'elasticache.replicationGroups': [rg], 'elasticache.cacheClusters': version ? membersOf(rg, { EngineVersion: version, ...(engine ? { Engine: engine } : {}) }) : [] });

describe('elasticache-auth-enabled', () => {
  it('passes a group with an AUTH token', () => {
    const findings = judge(replicationGroup('orders'), '7.1.0');
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.message).toBe('Replication group orders (Redis OSS 7.1.0) requires an AUTH token.');
    // Redis OSS 7.1 is outside ElastiCache.6: the finding counts for no control.
    expect(findings[0]!.controls).toEqual([]);
  });

  it('passes a Redis OSS 6+ group with an RBAC user group', () => {
    const findings = judge(replicationGroup('rbac', { AuthTokenEnabled: false, UserGroupIds: ['app-users'] }), '6.2.6');
    expect(verdicts(findings)).toEqual([['PASS', 'rbac']]);
    expect(findings[0]!.message).toBe('Replication group rbac (Redis OSS 6.2.6) uses role-based access control (user group app-users).');
  });

  it('fails an old Redis OSS group without AUTH, counting for ElastiCache.6', () => {
    const findings = judge(replicationGroup('legacy', { AuthTokenEnabled: false, TransitEncryptionEnabled: false }), '5.0.6');
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.controls).toEqual(['ElastiCache.6']);
    expect(findings[0]!.message).toBe(
      'Replication group legacy (Redis OSS 5.0.6) requires neither an AUTH token nor role-based access control: any client that reaches its port can run commands (set an AUTH token).',
    );
  });

  it('near miss: a Valkey group without AUTH or user groups fails too, outside ElastiCache.6', () => {
    const findings = judge(replicationGroup('open', { Engine: 'valkey', AuthTokenEnabled: false, UserGroupIds: [] }), '8.0', 'valkey');
    expect(verdicts(findings)).toEqual([['FAIL', 'open']]);
    expect(findings[0]!.controls).toEqual([]);
    expect(findings[0]!.message).toContain('(attach an RBAC user group)');
  });

  it('reports ERROR for a group with user groups whose version cannot be placed, never PASS', () => {
    const findings = judge(replicationGroup('unplaced', { AuthTokenEnabled: false, UserGroupIds: ['app-users'] }));
    expect(verdicts(findings)).toEqual([['ERROR', 'unplaced']]);
    expect(findings[0]!.message).toContain('cannot be placed in the engine table');
  });

  it('reports ERROR for the region when the groups cannot be listed', async () => {
    const findings = await run(check, { 'elasticache.replicationGroups': awsError('AccessDenied', 'elasticache:DescribeReplicationGroups'), 'elasticache.cacheClusters': [] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
