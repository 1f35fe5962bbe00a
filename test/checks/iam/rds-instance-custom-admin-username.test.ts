import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/rds-instance-custom-admin-username.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, engine: string, user: string | undefined, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: engine,
  ...(user === undefined ? {} : { MasterUsername: user }),
  ...extra,
});

describe('rds-instance-custom-admin-username', () => {
  it('passes a custom master username', () => {
    const findings = evaluate(check, { 'rds.instances': [db('orders', 'postgres', 'orders_owner')] });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.message).toBe('DB instance orders (postgres) uses a custom master username.');
  });

  it('fails admin and postgres', () => {
    const findings = evaluate(check, { 'rds.instances': [db('shop', 'mysql', 'admin'), db('reports', 'postgres', 'postgres')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'shop'], ['FAIL', 'reports']]);
    expect(findings[0]!.message).toBe('DB instance shop (mysql) uses the default master username admin.');
  });

  it('near miss: ADMIN and Postgres are the defaults too (case-insensitive)', () => {
    const findings = evaluate(check, { 'rds.instances': [db('cms', 'mariadb', 'ADMIN'), db('billing', 'postgres', 'Postgres')] });
    expect(findings.map((f) => f.status)).toEqual(['FAIL', 'FAIL']);
  });

  it('near miss: administrator is not admin', () => {
    const findings = evaluate(check, { 'rds.instances': [db('blog', 'mysql', 'administrator')] });
    expect(verdicts(findings)).toEqual([['PASS', 'blog']]);
  });

  it('skips cluster members and engines without IAM authentication', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('aurora-1', 'aurora-postgresql', 'postgres', { DBClusterIdentifier: 'payments' }), db('erp', 'sqlserver-se', 'admin'), db('ledger', 'oracle-ee', 'admin')],
    });
    expect(findings).toEqual([]);
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
