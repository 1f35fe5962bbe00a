import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/rds-instance-mysql-requires-tls.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, group: string, status = 'in-sync', extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: 'mysql',
  EngineVersion: '8.0.39',
  DBParameterGroups: [{ DBParameterGroupName: group, ParameterApplyStatus: status }],
  ...extra,
});
const groupWith = (name: string, value?: string) => ({
  name,
  result: ok([
    { ParameterName: 'max_connections', ParameterValue: '{DBInstanceClassMemory/12582880}' },
    { ParameterName: 'require_secure_transport', ...(value === undefined ? {} : { ParameterValue: value }), DataType: 'boolean', AllowedValues: '0, 1', ApplyType: 'dynamic' },
  ]),
});

describe('rds-instance-mysql-requires-tls', () => {
  it('passes an instance whose group sets require_secure_transport to 1', () => {
    const findings = evaluate(check, { 'rds.instances': [db('shop-mysql', 'shop-mysql80')], 'rds.instanceParameterGroups': [groupWith('shop-mysql80', '1')] });
    expect(verdicts(findings)).toEqual([['PASS', 'shop-mysql']]);
  });

  it('passes ON as well as 1', () => {
    const findings = evaluate(check, { 'rds.instances': [db('shop-mysql', 'shop-mysql80')], 'rds.instanceParameterGroups': [groupWith('shop-mysql80', 'ON')] });
    expect(verdicts(findings)).toEqual([['PASS', 'shop-mysql']]);
  });

  it('fails the default parameter group, where require_secure_transport has no value (engine default off)', () => {
    const findings = evaluate(check, { 'rds.instances': [db('blog-mysql', 'default.mysql8.0')], 'rds.instanceParameterGroups': [groupWith('default.mysql8.0')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'blog-mysql']]);
    expect(findings[0]!.message).toBe(
      'DB instance blog-mysql does not require TLS: require_secure_transport has no value in parameter group default.mysql8.0, so the engine default for 8.0.39 (off) applies.',
    );
  });

  it('passes a value of 1 while the group is pending-reboot (the parameter is dynamic), saying a reboot is pending', () => {
    const findings = evaluate(check, { 'rds.instances': [db('shop-mysql', 'shop-mysql80', 'pending-reboot')], 'rds.instanceParameterGroups': [groupWith('shop-mysql80', '1')] });
    expect(verdicts(findings)).toEqual([['PASS', 'shop-mysql']]);
    expect(findings[0]!.message).toContain('pending-reboot');
  });

  it('near miss: a value of 0 in a pending-reboot group still FAILs', () => {
    const findings = evaluate(check, { 'rds.instances': [db('shop-mysql', 'shop-mysql80', 'pending-reboot')], 'rds.instanceParameterGroups': [groupWith('shop-mysql80', '0')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'shop-mysql']]);
  });

  it('passes MySQL 9.7 with no value in the group: its engine default is ON', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('new-mysql', 'default.mysql9.7', 'in-sync', { EngineVersion: '9.7.0' })],
      'rds.instanceParameterGroups': [groupWith('default.mysql9.7')],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'new-mysql']]);
    expect(findings[0]!.message).toContain('the engine default for 9.7.0 (on) applies');
  });

  it('near miss: a version the defaults table cannot place (9.1) with no value is ERROR, never an assumed OFF', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('odd-mysql', 'default.mysql9.1', 'in-sync', { EngineVersion: '9.1.0' })],
      'rds.instanceParameterGroups': [groupWith('default.mysql9.1')],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'odd-mysql']]);
    expect(findings[0]!.message).toContain('the engine default for RDS for MySQL 9.1.0 is unknown');
  });

  it('near miss: a MySQL 5.6 group without the parameter at all FAILs', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('old-mysql', 'default.mysql5.6', 'in-sync', { EngineVersion: '5.6.51' })],
      'rds.instanceParameterGroups': [{ name: 'default.mysql5.6', result: ok([{ ParameterName: 'max_connections' }]) }],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'old-mysql']]);
    expect(findings[0]!.message).toContain('has no require_secure_transport parameter');
  });

  it('near miss: an Aurora MySQL member follows its cluster parameter group and is not evaluated', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('aurora-1', 'default.aurora-mysql8.0', 'in-sync', { Engine: 'aurora-mysql', DBClusterIdentifier: 'aurora' })],
      'rds.instanceParameterGroups': [],
    });
    expect(findings).toEqual([]);
  });

  it('reports ERROR when the parameter group cannot be read', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('shop-mysql', 'shop-mysql80')],
      'rds.instanceParameterGroups': [{ name: 'shop-mysql80', result: failed(awsError('Throttling', 'rds:DescribeDBParameters', 'throttled')) }],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'shop-mysql']]);
    expect(findings[0]!.error?.code).toBe('Throttling');
  });
});

describe('rds-instance-mysql-requires-tls on unexpected data', () => {
  it('reports ERROR for the one instance whose group was not read, and still judges the others (no throw)', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('shop', 'tls-on'), db('orphan', 'never-read')],
      'rds.instanceParameterGroups': [groupWith('tls-on', '1')],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'shop'],
      ['ERROR', 'orphan'],
    ]);
  });

  it('near miss: an instance that does not report ParameterApplyStatus is ERROR, not FAIL "unknown"', () => {
    const findings = evaluate(check, {
      'rds.instances': [{ ...db('shop', 'tls-on'), DBParameterGroups: [{ DBParameterGroupName: 'tls-on' }] }],
      'rds.instanceParameterGroups': [groupWith('tls-on', '1')],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'shop']]);
    expect(findings[0]!.message).toBe(
      'For DB instance shop, require_secure_transport is 1 in parameter group tls-on, but the instance does not report whether the group is in-sync, so whether the value is live is unknown.',
    );
  });
});
