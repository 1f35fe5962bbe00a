import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/rds-cluster-copy-tags-to-snapshots.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const cluster = (id: string, engine: string, extra: Record<string, unknown> = {}) => ({
  DBClusterIdentifier: id,
  DBClusterArn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
  Engine: engine,
  ...extra,
});

describe('rds-cluster-copy-tags-to-snapshots', () => {
  it('passes an Aurora cluster copying tags and names RDS.16', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('payments', 'aurora-postgresql', { CopyTagsToSnapshot: true })] });
    expect(verdicts(findings)).toEqual([['PASS', 'payments']]);
    expect(findings[0]!.message).toBe('Aurora PostgreSQL DB cluster payments (RDS.16) copies its tags to snapshots.');
    expect(findings[0]!.controls).toEqual(['RDS.16']);
  });

  it('fails Multi-AZ DB clusters not copying tags, naming RDS.47 (postgres) and RDS.48 (mysql)', () => {
    const findings = evaluate(check, {
      'rds.clusters': [cluster('maz-pg', 'postgres', { CopyTagsToSnapshot: false }), cluster('maz-my', 'mysql', { CopyTagsToSnapshot: false })],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'maz-pg'], ['FAIL', 'maz-my']]);
    expect(findings[0]!.message).toBe('Multi-AZ DB cluster (PostgreSQL) maz-pg (RDS.47) does not copy its tags to snapshots.');
    expect(findings[1]!.message).toContain('(RDS.48)');
    expect(findings.map((f) => f.controls)).toEqual([['RDS.47'], ['RDS.48']]);
  });

  it('near miss: a cluster that omits CopyTagsToSnapshot does not copy tags', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('shop', 'aurora-mysql')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'shop']]);
    expect(findings[0]!.controls).toEqual(['RDS.16']);
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'rds.clusters': awsError('AccessDenied', 'rds:DescribeDBClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
