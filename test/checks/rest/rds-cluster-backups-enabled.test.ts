import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/rds-cluster-backups-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const cluster = (id: string, extra: Record<string, unknown> = {}) => ({
  DBClusterIdentifier: id,
  DBClusterArn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
  Engine: 'aurora-mysql',
  BackupRetentionPeriod: 7,
  ...extra,
});
const judge = (...clusters: ReturnType<typeof cluster>[]) => evaluate(check, { 'rds.clustersAllEngines': clusters });

describe('rds-cluster-backups-enabled', () => {
  it('passes a cluster keeping backups for 7 days or more', () => {
    const findings = judge(cluster('payments'), cluster('ledger', { Engine: 'aurora-postgresql', BackupRetentionPeriod: 35 }));
    expect(verdicts(findings)).toEqual([
      ['PASS', 'payments'],
      ['PASS', 'ledger'],
    ]);
    expect(findings[0]!.message).toBe('Aurora MySQL DB cluster payments (engine aurora-mysql) keeps automated backups for 7 days.');
    expect(findings[0]!.resourceArn).toBe('arn:aws:rds:us-east-1:123456789012:cluster:payments');
  });

  it('near miss: 6 days is one short of the minimum', () => {
    const [finding] = judge(cluster('staging', { Engine: 'postgres', BackupRetentionPeriod: 6 }));
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toBe('Multi-AZ DB cluster (PostgreSQL) staging (engine postgres) keeps automated backups for 6 days, fewer than 7.');
  });

  it('evaluates the DocumentDB and Neptune clusters the RDS API lists, naming the engine', () => {
    const findings = judge(cluster('catalog', { Engine: 'docdb', BackupRetentionPeriod: 1 }), cluster('graph', { Engine: 'neptune', BackupRetentionPeriod: 14 }));
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'catalog'],
      ['PASS', 'graph'],
    ]);
    expect(findings[0]!.message).toBe('DocumentDB cluster catalog (engine docdb) keeps automated backups for 1 day, fewer than 7.');
  });

  it('fails a cluster that reports no retention period', () => {
    const [finding] = judge({ ...cluster('bare'), BackupRetentionPeriod: undefined } as unknown as ReturnType<typeof cluster>);
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toContain('reports no backup retention period');
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'rds.clustersAllEngines': awsError('AccessDenied', 'rds:DescribeDBClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
