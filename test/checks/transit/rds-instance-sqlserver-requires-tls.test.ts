import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/rds-instance-sqlserver-requires-tls.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, group: string, status = 'in-sync', engine = 'sqlserver-se') => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: engine,
  EngineVersion: '16.00.4135.4.v1',
  DBParameterGroups: [{ DBParameterGroupName: group, ParameterApplyStatus: status }],
});
const groupWith = (name: string, value?: string) => ({
  name,
  result: ok([{ ParameterName: 'rds.force_ssl', ...(value === undefined ? {} : { ParameterValue: value }), ApplyType: 'static', AllowedValues: '0,1' }]),
});

describe('rds-instance-sqlserver-requires-tls', () => {
  it('passes rds.force_ssl 1 in an in-sync group, for every SQL Server edition', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('erp-sql', 'erp-sqlserver'), db('crm-sql', 'erp-sqlserver', 'in-sync', 'sqlserver-ee')],
      'rds.instanceParameterGroups': [groupWith('erp-sqlserver', '1')],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'erp-sql'], ['PASS', 'crm-sql']]);
  });

  it('fails the default group, where rds.force_ssl has no value (engine default 0)', () => {
    const findings = evaluate(check, { 'rds.instances': [db('hr-sql', 'default.sqlserver-se-16.0')], 'rds.instanceParameterGroups': [groupWith('default.sqlserver-se-16.0')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'hr-sql']]);
  });

  it('near miss: rds.force_ssl is static, so 1 in a pending-reboot group is not enforced yet', () => {
    const findings = evaluate(check, { 'rds.instances': [db('erp-sql', 'erp-sqlserver', 'pending-reboot')], 'rds.instanceParameterGroups': [groupWith('erp-sqlserver', '1')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'erp-sql']]);
    expect(findings[0]!.message).toContain('pending-reboot');
  });

  it('reports ERROR when the parameter group cannot be read', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('erp-sql', 'erp-sqlserver')],
      'rds.instanceParameterGroups': [{ name: 'erp-sqlserver', result: failed(awsError('AccessDenied', 'rds:DescribeDBParameters')) }],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'erp-sql']]);
  });
});
