import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/rds-cluster-multi-az.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const cluster = (id: string, members: number, extra: Record<string, unknown> = {}) => ({
  DBClusterIdentifier: id,
  DBClusterArn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
  Engine: 'aurora-postgresql',
  DBClusterMembers: Array.from({ length: members }, (_, i) => ({ DBInstanceIdentifier: `${id}-${i + 1}`, IsClusterWriter: i === 0 })),
  ...extra,
});

describe('rds-cluster-multi-az', () => {
  it('passes a cluster with instances in several zones', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('payments', 2, { MultiAZ: true })] });
    expect(verdicts(findings)).toEqual([['PASS', 'payments']]);
    expect(findings[0]!.message).toBe('Aurora PostgreSQL DB cluster payments spans several Availability Zones (2 DB instances).');
  });

  it('fails a cluster with a single writer', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('staging', 1, { MultiAZ: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'staging']]);
    expect(findings[0]!.message).toBe('Aurora PostgreSQL DB cluster staging does not span several Availability Zones (MultiAZ false, 1 DB instance).');
  });

  it('near miss: two instances in the same zone still report MultiAZ false and FAIL', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('same-az', 2, { MultiAZ: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'same-az']]);
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'rds.clusters': awsError('AccessDenied', 'rds:DescribeDBClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
