import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/rds-cluster-custom-admin-username.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const cluster = (id: string, engine: string, user?: string) => ({
  DBClusterIdentifier: id,
  DBClusterArn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
  Engine: engine,
  ...(user === undefined ? {} : { MasterUsername: user }),
});

describe('rds-cluster-custom-admin-username', () => {
  it('passes a custom master username', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('payments', 'aurora-postgresql', 'payments_admin')] });
    expect(verdicts(findings)).toEqual([['PASS', 'payments']]);
  });

  it('fails the default admin on an Aurora MySQL cluster', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('shop', 'aurora-mysql', 'admin')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'shop']]);
    expect(findings[0]!.message).toBe('Aurora MySQL DB cluster shop uses the default master username admin.');
  });

  it('near miss: POSTGRES in capitals is still the default', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('maz', 'postgres', 'POSTGRES')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'maz']]);
  });

  it('does not pass a cluster that reports no master username: its username is unknown, ERROR', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('secondary', 'aurora-mysql')] });
    expect(verdicts(findings)).toEqual([['ERROR', 'secondary']]);
    expect(findings[0]!.message).toBe('Aurora MySQL DB cluster secondary reports no master username, so whether it is a default one is unknown.');
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'rds.clusters': awsError('AccessDenied', 'rds:DescribeDBClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
