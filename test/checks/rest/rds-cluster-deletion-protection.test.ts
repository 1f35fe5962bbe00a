import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/rds-cluster-deletion-protection.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const cluster = (id: string, extra: Record<string, unknown> = {}) => ({
  DBClusterIdentifier: id,
  DBClusterArn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
  Engine: 'aurora-mysql',
  ...extra,
});

describe('rds-cluster-deletion-protection', () => {
  it('passes a cluster with deletion protection', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('payments', { DeletionProtection: true })] });
    expect(verdicts(findings)).toEqual([['PASS', 'payments']]);
    expect(findings[0]!.message).toBe('Aurora MySQL DB cluster payments has deletion protection enabled.');
  });

  it('fails a cluster without deletion protection', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('staging', { DeletionProtection: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'staging']]);
  });

  it('near miss: a Multi-AZ DB cluster is judged here too, and a missing flag is not protection', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('maz', { Engine: 'postgres' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'maz']]);
    expect(findings[0]!.message).toBe('Multi-AZ DB cluster (PostgreSQL) maz has deletion protection disabled.');
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'rds.clusters': awsError('AccessDenied', 'rds:DescribeDBClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
