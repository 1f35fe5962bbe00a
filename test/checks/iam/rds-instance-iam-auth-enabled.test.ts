import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/rds-instance-iam-auth-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, engine: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: engine,
  ...extra,
});

describe('rds-instance-iam-auth-enabled', () => {
  it('passes MySQL, MariaDB and PostgreSQL instances with IAM authentication', () => {
    const findings = evaluate(check, {
      'rds.instances': [
        db('shop', 'mysql', { IAMDatabaseAuthenticationEnabled: true }),
        db('cms', 'mariadb', { IAMDatabaseAuthenticationEnabled: true }),
        db('orders', 'postgres', { IAMDatabaseAuthenticationEnabled: true }),
      ],
    });
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'PASS', 'PASS']);
  });

  it('fails an instance without IAM authentication', () => {
    const findings = evaluate(check, { 'rds.instances': [db('reports', 'postgres', { IAMDatabaseAuthenticationEnabled: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'reports']]);
    expect(findings[0]!.message).toBe('DB instance reports (postgres) does not accept IAM database authentication; clients must use database passwords.');
  });

  it('near miss: Oracle, SQL Server, Db2 and cluster members are not evaluated', () => {
    const findings = evaluate(check, {
      'rds.instances': [
        db('ledger', 'oracle-ee'),
        db('erp', 'sqlserver-se'),
        db('dw', 'db2-ae'),
        db('aurora-1', 'aurora-mysql', { DBClusterIdentifier: 'shop' }),
        db('maz-1', 'postgres', { DBClusterIdentifier: 'maz' }),
      ],
    });
    expect(findings).toEqual([]);
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
