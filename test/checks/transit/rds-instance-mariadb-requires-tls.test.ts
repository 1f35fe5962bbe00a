import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/rds-instance-mariadb-requires-tls.js';
import { awsError, evaluate, evaluateWithNotes, failed, ok, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, group: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: 'mariadb',
  EngineVersion: '10.11.9',
  DBParameterGroups: [{ DBParameterGroupName: group, ParameterApplyStatus: 'in-sync' }],
  ...extra,
});
const groupWith = (name: string, value?: string) => ({
  name,
  result: ok([{ ParameterName: 'require_secure_transport', ...(value === undefined ? {} : { ParameterValue: value }), AllowedValues: 'ON, OFF' }]),
});

describe('rds-instance-mariadb-requires-tls', () => {
  it('passes require_secure_transport ON', () => {
    const findings = evaluate(check, { 'rds.instances': [db('cms-maria', 'cms-maria1011')], 'rds.instanceParameterGroups': [groupWith('cms-maria1011', 'ON')] });
    expect(verdicts(findings)).toEqual([['PASS', 'cms-maria']]);
  });

  it('fails require_secure_transport OFF', () => {
    const findings = evaluate(check, { 'rds.instances': [db('cms-maria', 'cms-maria1011')], 'rds.instanceParameterGroups': [groupWith('cms-maria1011', 'OFF')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'cms-maria']]);
    expect(findings[0]!.message).toBe('DB instance cms-maria does not require TLS: require_secure_transport is OFF in parameter group cms-maria1011.');
  });

  it('near miss: a MySQL instance with the same parameter is judged by the MySQL check, not here', () => {
    const findings = evaluate(check, { 'rds.instances': [db('shop-mysql', 'shop', { Engine: 'mysql' })], 'rds.instanceParameterGroups': [groupWith('shop', '0')] });
    expect(findings).toEqual([]);
  });

  it('passes MariaDB 11.8 with no value in the group: its engine default is ON', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('new-maria', 'default.mariadb11.8', { EngineVersion: '11.8.2' })],
      'rds.instanceParameterGroups': [groupWith('default.mariadb11.8')],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'new-maria']]);
  });

  it('fails MariaDB 11.4 with no value in the group: its engine default is OFF', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('cms-maria', 'default.mariadb11.4', { EngineVersion: '11.4.5' })],
      'rds.instanceParameterGroups': [groupWith('default.mariadb11.4')],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'cms-maria']]);
  });

  it('near miss: MariaDB before 10.5 has no require_secure_transport: not evaluated, not FAIL', () => {
    const { findings, notInScope } = evaluateWithNotes(check, {
      'rds.instances': [db('old-maria', 'default.mariadb10.4', { EngineVersion: '10.4.34' })],
      'rds.instanceParameterGroups': [{ name: 'default.mariadb10.4', result: ok([{ ParameterName: 'max_connections' }]) }],
    });
    expect(findings).toEqual([]);
    expect(notInScope).toEqual(['old-maria: RDS for MariaDB 10.4.34 has no require_secure_transport parameter (it exists from 10.5)']);
  });

  it('reports ERROR when the parameter group cannot be read', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('cms-maria', 'cms-maria1011')],
      'rds.instanceParameterGroups': [{ name: 'cms-maria1011', result: failed(awsError('AccessDenied', 'rds:DescribeDBParameters')) }],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'cms-maria']]);
  });
});
