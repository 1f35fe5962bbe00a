import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/rds-instance-deletion-protection.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: 'postgres',
  ...extra,
});

describe('rds-instance-deletion-protection', () => {
  it('passes an instance with deletion protection', () => {
    const findings = evaluate(check, { 'rds.instances': [db('orders', { DeletionProtection: true })] });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
  });

  it('fails an instance without deletion protection', () => {
    const findings = evaluate(check, { 'rds.instances': [db('scratch', { DeletionProtection: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'scratch']]);
    expect(findings[0]!.message).toBe('DB instance scratch has deletion protection disabled.');
  });

  it('near miss: Aurora and Multi-AZ DB cluster members are left to the cluster check', () => {
    const findings = evaluate(check, {
      'rds.instances': [
        db('aurora-1', { Engine: 'aurora-mysql', DBClusterIdentifier: 'aurora', DeletionProtection: false }),
        db('maz-1', { Engine: 'postgres', DBClusterIdentifier: 'maz', DeletionProtection: false }),
      ],
    });
    expect(findings).toEqual([]);
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
