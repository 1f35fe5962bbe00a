import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/rds-instance-logs-exported.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, engine: string, exports?: string[], extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: engine,
  ...(exports ? { EnabledCloudwatchLogsExports: exports } : {}),
  ...extra,
});

describe('rds-instance-logs-exported', () => {
  it("passes instances exporting every log type of their engine", () => {
    const findings = evaluate(check, {
      'rds.instances': [
        db('orders', 'postgres', ['postgresql', 'upgrade']),
        db('shop', 'mysql', ['audit', 'error', 'general', 'slowquery']),
        db('ledger', 'oracle-se2', ['alert', 'audit', 'listener', 'trace']),
        db('erp', 'sqlserver-se', ['agent', 'error']),
      ],
    });
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'PASS', 'PASS', 'PASS']);
    expect(findings[0]!.message).toBe('DB instance orders (postgres; RDS.9, RDS.36) exports postgresql, upgrade logs to CloudWatch Logs.');
    expect(findings[3]!.message).toContain('(sqlserver-se; RDS.9, RDS.40)');
    expect(findings.map((f) => f.controls)).toEqual([['RDS.9', 'RDS.36'], ['RDS.9'], ['RDS.9'], ['RDS.9', 'RDS.40']]);
  });

  it('fails an instance exporting nothing', () => {
    const findings = evaluate(check, { 'rds.instances': [db('cms', 'mariadb')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'cms']]);
    expect(findings[0]!.message).toBe('DB instance cms (mariadb; RDS.9, RDS.42) does not export audit, error, general, slowquery logs to CloudWatch Logs.');
    expect(findings[0]!.controls).toEqual(['RDS.9', 'RDS.42']);
  });

  it('near miss: MySQL exporting error and slowquery only still lacks audit and general', () => {
    const findings = evaluate(check, { 'rds.instances': [db('blog', 'mysql', ['error', 'slowquery'])] });
    expect(verdicts(findings)).toEqual([['FAIL', 'blog']]);
    expect(findings[0]!.message).toBe('DB instance blog (mysql; RDS.9) does not export audit, general logs to CloudWatch Logs (it exports error, slowquery).');
  });

  it('near miss: PostgreSQL exporting postgresql but not upgrade FAILs RDS.9 only; RDS.36 requires postgresql alone', () => {
    const findings = evaluate(check, { 'rds.instances': [db('billing', 'postgres', ['postgresql'])] });
    expect(verdicts(findings)).toEqual([['FAIL', 'billing']]);
    expect(findings[0]!.controls).toEqual(['RDS.9']);
    expect(findings[0]!.message).toContain('RDS.36 is satisfied: RDS.36 requires postgresql.');
  });

  it('near miss: MariaDB exporting audit and error meets RDS.42 but not RDS.9', () => {
    const findings = evaluate(check, { 'rds.instances': [db('cms', 'mariadb', ['audit', 'error'])] });
    expect(verdicts(findings)).toEqual([['FAIL', 'cms']]);
    expect(findings[0]!.controls).toEqual(['RDS.9']);
    const [general] = evaluate(check, { 'rds.instances': [db('cms', 'mariadb', ['error', 'general', 'slowquery'])] });
    expect(general!.controls).toEqual(['RDS.9', 'RDS.42']);
  });

  it('SQL Server: RDS.40 requires agent and error, the same set as RDS.9', () => {
    const [finding] = evaluate(check, { 'rds.instances': [db('erp', 'sqlserver-se', ['error'])] });
    expect(finding!.controls).toEqual(['RDS.9', 'RDS.40']);
  });

  it('near miss: a MySQL instance counts for RDS.9 only, not for the MariaDB control RDS.42', () => {
    const findings = evaluate(check, { 'rds.instances': [db('shop', 'mysql', [])] });
    expect(verdicts(findings)).toEqual([['FAIL', 'shop']]);
    expect(findings[0]!.controls).toEqual(['RDS.9']);
  });

  it('skips Aurora members (cluster check) and engines without a defined list', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('aurora-1', 'aurora-mysql', [], { DBClusterIdentifier: 'shop' }), db('dw', 'db2-se', [])],
    });
    expect(findings).toEqual([]);
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('rds-instance-logs-exported on partial answers', () => {
  it('reports ERROR for an instance that reports no engine, rather than leaving it out', () => {
    const findings = evaluate(check, { 'rds.instances': [{ ...db('bare', 'mysql'), Engine: undefined }] });
    expect(verdicts(findings)).toEqual([['ERROR', 'bare']]);
    expect(findings[0]!.message).toBe('DB instance bare reports no engine, so which log types it must export is unknown.');
  });
});
