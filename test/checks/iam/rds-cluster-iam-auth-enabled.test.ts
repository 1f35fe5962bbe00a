import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/rds-cluster-iam-auth-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const cluster = (id: string, engine: string, extra: Record<string, unknown> = {}) => ({
  DBClusterIdentifier: id,
  DBClusterArn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
  Engine: engine,
  ...extra,
});

describe('rds-cluster-iam-auth-enabled', () => {
  it('passes an Aurora cluster with IAM authentication', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('payments', 'aurora-postgresql', { IAMDatabaseAuthenticationEnabled: true })] });
    expect(verdicts(findings)).toEqual([['PASS', 'payments']]);
  });

  it('fails an Aurora cluster without IAM authentication', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('shop', 'aurora-mysql', { IAMDatabaseAuthenticationEnabled: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'shop']]);
    expect(findings[0]!.message).toBe('Aurora MySQL DB cluster shop does not accept IAM database authentication; clients must use database passwords.');
  });

  it('near miss: a Multi-AZ DB cluster is not an Aurora cluster and is not evaluated', () => {
    expect(evaluate(check, { 'rds.clusters': [cluster('maz', 'postgres', { IAMDatabaseAuthenticationEnabled: false })] })).toEqual([]);
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'rds.clusters': awsError('AccessDenied', 'rds:DescribeDBClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
