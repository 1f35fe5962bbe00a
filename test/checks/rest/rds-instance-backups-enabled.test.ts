import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/rds-instance-backups-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: 'mysql',
  ...extra,
});

describe('rds-instance-backups-enabled', () => {
  it('passes an instance keeping backups for 7 days or more', () => {
    const findings = evaluate(check, { 'rds.instances': [db('orders', { BackupRetentionPeriod: 7 }), db('billing', { BackupRetentionPeriod: 35 })] });
    expect(verdicts(findings)).toEqual([['PASS', 'orders'], ['PASS', 'billing']]);
    expect(findings[1]!.message).toBe('DB instance billing keeps automated backups for 35 days.');
  });

  it('fails an instance with backups disabled', () => {
    const findings = evaluate(check, { 'rds.instances': [db('scratch', { BackupRetentionPeriod: 0 })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'scratch']]);
    expect(findings[0]!.message).toBe('DB instance scratch has automated backups disabled (retention period 0 days).');
  });

  it('near miss: a 6-day retention is enabled but below the minimum', () => {
    const findings = evaluate(check, { 'rds.instances': [db('reports', { BackupRetentionPeriod: 6 })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'reports']]);
    expect(findings[0]!.message).toBe('DB instance reports keeps automated backups for 6 days, fewer than 7.');
  });

  it('near miss: read replicas and Aurora members are skipped even with retention 0', () => {
    const findings = evaluate(check, {
      'rds.instances': [
        db('orders-replica', { ReadReplicaSourceDBInstanceIdentifier: 'orders', BackupRetentionPeriod: 0 }),
        db('aurora-1', { Engine: 'aurora-postgresql', DBClusterIdentifier: 'aurora', BackupRetentionPeriod: 1 }),
      ],
    });
    expect(findings).toEqual([]);
  });

  it('near miss: a Multi-AZ DB cluster member (engine mysql, not aurora-*) is still evaluated', () => {
    const findings = evaluate(check, { 'rds.instances': [db('maz-instance-1', { DBClusterIdentifier: 'maz', BackupRetentionPeriod: 1 })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'maz-instance-1']]);
    expect(findings[0]!.message).toContain('1 day, fewer than 7');
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances') });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
    expect(findings[0]!.error?.action).toBe('rds:DescribeDBInstances');
  });
});

describe('rds-instance-backups-enabled on partial answers', () => {
  it('fails an instance that reports no retention period without claiming backups are disabled', () => {
    const findings = evaluate(check, { 'rds.instances': [db('quiet')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'quiet']]);
    expect(findings[0]!.message).toBe('DB instance quiet reports no backup retention period (the API default is 1 day), fewer than 7.');
  });
});
