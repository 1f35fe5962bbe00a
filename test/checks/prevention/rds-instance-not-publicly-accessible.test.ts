import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/rds-instance-not-publicly-accessible.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: 'postgres',
  ...extra,
});

describe('rds-instance-not-publicly-accessible', () => {
  it('passes an instance with PubliclyAccessible false', () => {
    const findings = evaluate(check, { 'rds.instances': [db('orders', { PubliclyAccessible: false })] });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.message).toBe('DB instance orders is not publicly accessible.');
  });

  it('fails a publicly accessible instance and names its endpoint and security groups', () => {
    const findings = evaluate(check, {
      'rds.instances': [
        db('legacy', {
          PubliclyAccessible: true,
          Endpoint: { Address: 'legacy.abc123.us-east-1.rds.amazonaws.com', Port: 5432 },
          VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0a1b2c3d', Status: 'active' }],
        }),
      ],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.message).toBe(
      'DB instance legacy is publicly accessible: its endpoint legacy.abc123.us-east-1.rds.amazonaws.com resolves to a public address from outside the VPC; only its security groups (sg-0a1b2c3d) stand between it and the internet.',
    );
    expect(findings[0]!.severity).toBe('critical');
  });

  it('near miss: a public instance behind a closed security group still FAILs, as RDS.2 reads', () => {
    const findings = evaluate(check, { 'rds.instances': [db('locked', { PubliclyAccessible: true, VpcSecurityGroups: [] })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'locked']]);
  });

  it('evaluates Aurora members too, since public access is set per instance', () => {
    const findings = evaluate(check, { 'rds.instances': [db('aurora-1', { Engine: 'aurora-mysql', DBClusterIdentifier: 'aurora', PubliclyAccessible: true })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'aurora-1']]);
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('rds-instance-not-publicly-accessible on partial answers', () => {
  it('reports ERROR, never PASS, for an instance whose answer leaves out PubliclyAccessible', () => {
    const findings = evaluate(check, { 'rds.instances': [db('quiet')] });
    expect(verdicts(findings)).toEqual([['ERROR', 'quiet']]);
    expect(findings[0]!.message).toBe('DB instance quiet reports no PubliclyAccessible setting, so whether it is reachable from the internet is unknown.');
  });
});
