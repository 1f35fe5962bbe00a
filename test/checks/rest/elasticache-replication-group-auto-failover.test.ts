import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/elasticache-replication-group-auto-failover.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { membersOf, replicationGroup } from '../../fixtures/elasticache.js';

const single = (id: string, extra = {}) =>
  replicationGroup(id, {
    MemberClusters: [`${id}-001`],
    NodeGroups: [{ NodeGroupId: '0001', Status: 'available', NodeGroupMembers: [{ CacheClusterId: `${id}-001`, CacheNodeId: '0001', CurrentRole: 'primary' }] }],
    AutomaticFailover: 'disabled',
    MultiAZ: 'disabled',
    ...extra,
  });

describe('elasticache-replication-group-auto-failover', () => {
  it('passes a group with automatic failover enabled', () => {
    const rg = replicationGroup('orders');
    const findings = evaluate(check, { 'elasticache.replicationGroups': [rg], 'elasticache.cacheClusters': membersOf(rg) });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
  });

  it('fails a group with a replica but failover disabled, and a single-node group telling it to add a replica', () => {
    const findings = evaluate(check, {
      'elasticache.replicationGroups': [replicationGroup('manual', { AutomaticFailover: 'disabled' }), single('lonely')],
      'elasticache.cacheClusters': [],
    });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'manual'],
      ['FAIL', 'lonely'],
    ]);
    expect(findings[0]!.message).toBe('Replication group manual (Redis OSS (version not reported)) does not fail over automatically (AutomaticFailover disabled).');
    expect(findings[1]!.message).toContain('it has no replica, so add a replica, then enable automatic failover');
  });

  it('near miss: enabling fails with "in progress"', () => {
    const findings = evaluate(check, { 'elasticache.replicationGroups': [replicationGroup('soon', { AutomaticFailover: 'enabling' })], 'elasticache.cacheClusters': [] });
    expect(verdicts(findings)).toEqual([['FAIL', 'soon']]);
    expect(findings[0]!.message).toContain('(in progress)');
  });

  it('judges cluster-mode shards: one shard without a replica is a single node', () => {
    const sharded = replicationGroup('sharded', {
      AutomaticFailover: 'disabled',
      MemberClusters: ['sharded-0001-001', 'sharded-0002-001'],
      NodeGroups: [
        { NodeGroupId: '0001', NodeGroupMembers: [{ CacheClusterId: 'sharded-0001-001' }] },
        { NodeGroupId: '0002', NodeGroupMembers: [{ CacheClusterId: 'sharded-0002-001' }] },
      ],
    });
    const findings = evaluate(check, { 'elasticache.replicationGroups': [sharded], 'elasticache.cacheClusters': [] });
    expect(findings[0]!.message).toContain('add a replica');
  });

  it('reports ERROR for an unknown failover status', () => {
    const findings = evaluate(check, { 'elasticache.replicationGroups': [replicationGroup('odd', { AutomaticFailover: 'paused' as never })], 'elasticache.cacheClusters': [] });
    expect(verdicts(findings)).toEqual([['ERROR', 'odd']]);
  });

  it('reports ERROR for the region when the groups cannot be listed', async () => {
    const findings = await run(check, { 'elasticache.replicationGroups': awsError('AccessDenied', 'elasticache:DescribeReplicationGroups'), 'elasticache.cacheClusters': [] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
