import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/rds-instance-no-default-port.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, engine: string, port?: number) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: engine,
  DBInstanceStatus: port === undefined ? 'creating' : 'available',
  ...(port === undefined ? {} : { Endpoint: { Address: `${id}.abc123.us-east-1.rds.amazonaws.com`, Port: port } }),
});

describe('rds-instance-no-default-port', () => {
  it('passes instances on non-default ports', () => {
    const findings = evaluate(check, { 'rds.instances': [db('orders', 'postgres', 6432), db('erp', 'sqlserver-se', 14330)] });
    expect(verdicts(findings)).toEqual([['PASS', 'orders'], ['PASS', 'erp']]);
    expect(findings[0]!.message).toBe('DB instance orders (postgres) listens on 6432, not the default 5432.');
  });

  it('fails instances on their engine defaults', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('shop', 'mysql', 3306), db('cms', 'mariadb', 3306), db('ledger', 'oracle-ee', 1521), db('hr', 'sqlserver-ex', 1433), db('dw', 'db2-se', 50000), db('aurora-1', 'aurora-postgresql', 5432)],
    });
    expect(findings.map((f) => f.status)).toEqual(['FAIL', 'FAIL', 'FAIL', 'FAIL', 'FAIL', 'FAIL']);
    expect(findings[0]!.message).toBe("DB instance shop (mysql) listens on 3306, the engine's default port.");
  });

  it("near miss: PostgreSQL on MySQL's port 3306 is not on its own default", () => {
    const findings = evaluate(check, { 'rds.instances': [db('odd', 'postgres', 3306)] });
    expect(verdicts(findings)).toEqual([['PASS', 'odd']]);
  });

  it('reports ERROR, not PASS, for an instance that reports no endpoint yet: its port is unknown', () => {
    const findings = evaluate(check, { 'rds.instances': [db('new', 'mysql')] });
    expect(verdicts(findings)).toEqual([['ERROR', 'new']]);
    expect(findings[0]!.message).toBe('DB instance new reports no endpoint port (status creating), so whether it listens on the default 3306 is unknown.');
  });

  it('reports ERROR for an instance that reports no engine rather than leaving it out', () => {
    const findings = evaluate(check, { 'rds.instances': [{ ...db('bare', 'mysql'), Engine: undefined }] });
    expect(verdicts(findings)).toEqual([['ERROR', 'bare']]);
    expect(findings[0]!.message).toBe('DB instance bare reports no engine, so its default port is unknown.');
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
