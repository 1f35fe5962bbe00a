import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/rds-snapshot-not-public.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';

const snapshot = (id: string) => ({
  DBSnapshotIdentifier: id,
  DBSnapshotArn: `arn:aws:rds:us-east-1:123456789012:snapshot:${id}`,
  SnapshotType: 'manual',
  Engine: 'postgres',
});
const clusterSnapshot = (id: string) => ({
  DBClusterSnapshotIdentifier: id,
  DBClusterSnapshotArn: `arn:aws:rds:us-east-1:123456789012:cluster-snapshot:${id}`,
  SnapshotType: 'manual',
  Engine: 'aurora-mysql',
});
const restore = (...values: string[]) => [{ AttributeName: 'restore', AttributeValues: values }];

describe('rds-snapshot-not-public', () => {
  it('passes private snapshots and names the accounts a snapshot is shared with', () => {
    const findings = evaluate(check, {
      'rds.snapshotAttributes': [
        { snapshot: snapshot('orders-before-upgrade'), result: ok(restore()) },
        { snapshot: snapshot('orders-for-audit'), result: ok(restore('210987654321')) },
      ],
      'rds.clusterSnapshotAttributes': [{ snapshot: clusterSnapshot('shop-2026-q3'), result: ok(restore()) }],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'orders-before-upgrade'], ['PASS', 'orders-for-audit'], ['PASS', 'shop-2026-q3']]);
    expect(findings[1]!.message).toBe('Manual DB snapshot orders-for-audit is not public; it is shared with account 210987654321.');
  });

  it('fails a DB snapshot and a cluster snapshot restorable by all', () => {
    const findings = evaluate(check, {
      'rds.snapshotAttributes': [{ snapshot: snapshot('orders-demo'), result: ok(restore('all')) }],
      'rds.clusterSnapshotAttributes': [{ snapshot: clusterSnapshot('shop-public'), result: ok(restore('210987654321', 'all')) }],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'orders-demo'], ['FAIL', 'shop-public']]);
    expect(findings[0]!.message).toBe('Manual DB snapshot orders-demo is public: any AWS account can copy and restore it.');
    expect(findings[1]!.message).toBe('Manual DB cluster snapshot shop-public is public: any AWS account can copy and restore it.');
  });

  it('near miss: "all" in another attribute than restore is not public sharing', () => {
    const findings = evaluate(check, {
      'rds.snapshotAttributes': [{ snapshot: snapshot('orders-tagged'), result: ok([{ AttributeName: 'restore', AttributeValues: [] }, { AttributeName: 'other', AttributeValues: ['all'] }]) }],
      'rds.clusterSnapshotAttributes': [],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'orders-tagged']]);
  });

  it('reports ERROR for a snapshot whose attributes cannot be read', () => {
    const findings = evaluate(check, {
      'rds.snapshotAttributes': [{ snapshot: snapshot('orders-locked'), result: failed(awsError('AccessDenied', 'rds:DescribeDBSnapshotAttributes')) }],
      'rds.clusterSnapshotAttributes': [],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'orders-locked']]);
    expect(findings[0]!.error?.action).toBe('rds:DescribeDBSnapshotAttributes');
  });

  it('reports ERROR when the cluster snapshot attributes cannot be collected', async () => {
    const findings = await run(check, {
      'rds.snapshotAttributes': [],
      'rds.clusterSnapshotAttributes': awsError('AccessDenied', 'rds:DescribeDBClusterSnapshots'),
    });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('rds-snapshot-not-public on partial answers', () => {
  it('does not call a snapshot manual when the answer leaves out its type', () => {
    const untyped = { DBSnapshotIdentifier: 'untyped', DBSnapshotArn: 'arn:aws:rds:us-east-1:123456789012:snapshot:untyped', Engine: 'postgres' };
    const findings = evaluate(check, {
      'rds.snapshotAttributes': [{ snapshot: untyped, result: ok([{ AttributeName: 'restore', AttributeValues: ['all'] }]) }],
      'rds.clusterSnapshotAttributes': [],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'untyped']]);
    expect(findings[0]!.message).toBe('DB snapshot untyped is public: any AWS account can copy and restore it.');
  });
});
