import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/rds-cluster-logs-exported.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const cluster = (id: string, engine: string, exports?: string[]) => ({
  DBClusterIdentifier: id,
  DBClusterArn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
  Engine: engine,
  ...(exports ? { EnabledCloudwatchLogsExports: exports } : {}),
});

describe('rds-cluster-logs-exported', () => {
  it('passes Aurora MySQL exporting audit and Aurora PostgreSQL exporting postgresql', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('shop', 'aurora-mysql', ['audit', 'error']), cluster('payments', 'aurora-postgresql', ['postgresql'])] });
    expect(verdicts(findings)).toEqual([['PASS', 'shop'], ['PASS', 'payments']]);
    expect(findings[0]!.message).toBe('Aurora MySQL DB cluster shop (RDS.34) exports its audit log to CloudWatch Logs.');
    expect(findings.map((f) => f.controls)).toEqual([['RDS.34'], ['RDS.37']]);
  });

  it('fails a cluster exporting nothing', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('payments', 'aurora-postgresql')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'payments']]);
    expect(findings[0]!.message).toBe('Aurora PostgreSQL DB cluster payments (RDS.37) does not export its postgresql log to CloudWatch Logs.');
    expect(findings[0]!.controls).toEqual(['RDS.37']);
  });

  it('near miss: Aurora MySQL exporting error, general and slowquery but not audit FAILs', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('blog', 'aurora-mysql', ['error', 'general', 'slowquery'])] });
    expect(verdicts(findings)).toEqual([['FAIL', 'blog']]);
    expect(findings[0]!.message).toContain('(it exports error, general, slowquery)');
    expect(findings[0]!.controls).toEqual(['RDS.34']);
  });

  it('does not evaluate Multi-AZ DB clusters', () => {
    expect(evaluate(check, { 'rds.clusters': [cluster('maz', 'mysql')] })).toEqual([]);
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'rds.clusters': awsError('AccessDenied', 'rds:DescribeDBClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
