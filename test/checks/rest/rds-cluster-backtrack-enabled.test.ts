import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/rds-cluster-backtrack-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const cluster = (id: string, extra: Record<string, unknown> = {}) => ({
  DBClusterIdentifier: id,
  DBClusterArn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
  Engine: 'aurora-mysql',
  ...extra,
});

describe('rds-cluster-backtrack-enabled', () => {
  it('passes an Aurora MySQL cluster with a backtrack window', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('shop', { BacktrackWindow: 86400 })] });
    expect(verdicts(findings)).toEqual([['PASS', 'shop']]);
    expect(findings[0]!.message).toBe('Aurora MySQL DB cluster shop has backtracking enabled with a 24-hour window.');
  });

  it('fails a zero backtrack window', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('blog', { BacktrackWindow: 0 })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'blog']]);
    expect(findings[0]!.message).toBe('Aurora MySQL DB cluster blog has backtracking disabled (BacktrackWindow 0).');
  });

  it('near miss: a missing BacktrackWindow FAILs too', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('legacy')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.message).toContain('(BacktrackWindow not set)');
  });

  it('near miss: Aurora PostgreSQL and Multi-AZ clusters cannot backtrack and are not evaluated', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('payments', { Engine: 'aurora-postgresql' }), cluster('maz', { Engine: 'mysql' })] });
    expect(findings).toEqual([]);
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'rds.clusters': awsError('AccessDenied', 'rds:DescribeDBClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
