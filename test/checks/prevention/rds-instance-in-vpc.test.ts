import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/rds-instance-in-vpc.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: 'mysql',
  ...extra,
});

describe('rds-instance-in-vpc', () => {
  it('passes an instance with a DB subnet group in a VPC', () => {
    const findings = evaluate(check, { 'rds.instances': [db('orders', { DBSubnetGroup: { DBSubnetGroupName: 'prod-db-subnets', VpcId: 'vpc-0a1b2c3d' } })] });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.message).toBe('DB instance orders runs in vpc-0a1b2c3d (DB subnet group prod-db-subnets).');
  });

  it('reports ERROR, not FAIL, for an instance whose answer leaves out its DB subnet group (every instance has one since EC2-Classic retired)', () => {
    const findings = evaluate(check, { 'rds.instances': [db('classic')] });
    expect(verdicts(findings)).toEqual([['ERROR', 'classic']]);
    expect(findings[0]!.message).toBe('DB instance classic reports no DB subnet group, so whether it runs in a VPC is unknown.');
  });

  it('near miss: a subnet group without a VpcId is not a VPC', () => {
    const findings = evaluate(check, { 'rds.instances': [db('odd', { DBSubnetGroup: { DBSubnetGroupName: 'default' } })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'odd']]);
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
