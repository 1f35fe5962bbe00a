import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/rds-instance-multi-az.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: 'mysql',
  AvailabilityZone: 'us-east-1a',
  ...extra,
});

describe('rds-instance-multi-az', () => {
  it('passes a Multi-AZ instance', () => {
    const findings = evaluate(check, { 'rds.instances': [db('orders', { MultiAZ: true, SecondaryAvailabilityZone: 'us-east-1b' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.message).toBe('DB instance orders is a Multi-AZ deployment with its standby in us-east-1b.');
  });

  it('fails a Single-AZ instance', () => {
    const findings = evaluate(check, { 'rds.instances': [db('reports', { MultiAZ: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'reports']]);
    expect(findings[0]!.message).toBe('DB instance reports is a Single-AZ deployment in us-east-1a.');
  });

  it('near miss: read replicas and cluster members are not evaluated even when Single-AZ', () => {
    const findings = evaluate(check, {
      'rds.instances': [
        db('orders-replica', { ReadReplicaSourceDBInstanceIdentifier: 'orders', MultiAZ: false }),
        db('aurora-1', { Engine: 'aurora-mysql', DBClusterIdentifier: 'aurora', MultiAZ: false }),
        db('maz-1', { DBClusterIdentifier: 'maz', MultiAZ: false }),
      ],
    });
    expect(findings).toEqual([]);
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
