import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/rds-instance-postgres-requires-tls.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, group: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: 'postgres',
  EngineVersion: '14.12',
  DBParameterGroups: [{ DBParameterGroupName: group, ParameterApplyStatus: 'in-sync' }],
  ...extra,
});
const forceSsl = (value?: string) => ({
  ParameterName: 'rds.force_ssl',
  ...(value === undefined ? {} : { ParameterValue: value }),
  Source: value === undefined ? 'engine-default' : 'user',
  ApplyType: 'dynamic',
  DataType: 'boolean',
  AllowedValues: '0,1',
  IsModifiable: true,
  ApplyMethod: 'pending-reboot',
});
const group = (name: string, ...parameters: object[]) => ({
  name,
  result: ok([{ ParameterName: 'autovacuum', ParameterValue: '1' }, ...parameters]),
});

describe('rds-instance-postgres-requires-tls', () => {
  it('passes an instance whose group sets rds.force_ssl to 1 and is in-sync', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('orders-pg', 'orders-pg14')],
      'rds.instanceParameterGroups': [group('orders-pg14', forceSsl('1'))],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'orders-pg']]);
    expect(findings[0]!.message).toBe('DB instance orders-pg requires TLS: rds.force_ssl is 1 in parameter group orders-pg14.');
  });

  it('fails an instance whose group sets rds.force_ssl to 0', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('legacy-pg', 'legacy-pg14')],
      'rds.instanceParameterGroups': [group('legacy-pg14', forceSsl('0'))],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy-pg']]);
    expect(findings[0]!.message).toBe('DB instance legacy-pg does not require TLS: rds.force_ssl is 0 in parameter group legacy-pg14.');
  });

  it('passes rds.force_ssl 1 while the group is pending-reboot for another parameter: rds.force_ssl is dynamic, and the message says a reboot is pending', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('billing-pg', 'billing-pg14', { DBParameterGroups: [{ DBParameterGroupName: 'billing-pg14', ParameterApplyStatus: 'pending-reboot' }] })],
      'rds.instanceParameterGroups': [group('billing-pg14', forceSsl('1'))],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'billing-pg']]);
    expect(findings[0]!.message).toContain('the group is pending-reboot on the instance: rds.force_ssl is dynamic and applies without a reboot');
  });

  it('near miss: pending-reboot and an answer that does not say whether the parameter is dynamic is ERROR, not PASS', () => {
    const { ApplyType: _dropped, ...untyped } = forceSsl('1');
    const findings = evaluate(check, {
      'rds.instances': [db('billing-pg', 'billing-pg14', { DBParameterGroups: [{ DBParameterGroupName: 'billing-pg14', ParameterApplyStatus: 'pending-reboot' }] })],
      'rds.instanceParameterGroups': [group('billing-pg14', untyped)],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'billing-pg']]);
  });

  it('near miss: an unknown engine version with no value in the group is ERROR, never an assumed default', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('odd-pg', 'default.postgres', { EngineVersion: 'latest' })],
      'rds.instanceParameterGroups': [group('default.postgres', forceSsl())],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'odd-pg']]);
    expect(findings[0]!.message).toContain('the engine default for RDS for PostgreSQL latest is unknown');
  });

  it('near miss: no value on PostgreSQL 14 is the engine default, off', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('old-pg', 'default.postgres14')],
      'rds.instanceParameterGroups': [group('default.postgres14', forceSsl())],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'old-pg']]);
    expect(findings[0]!.message).toContain('rds.force_ssl has no value in parameter group default.postgres14, so the engine default for 14.12 (off) applies');
  });

  it('passes PostgreSQL 15 and later when the group leaves rds.force_ssl at its engine default (1)', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('new-pg', 'default.postgres16', { EngineVersion: '16.3' })],
      'rds.instanceParameterGroups': [group('default.postgres16', forceSsl())],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'new-pg']]);
    expect(findings[0]!.message).toContain('so the engine default for 16.3 (on) applies');
  });

  it('near miss: PostgreSQL 16 with rds.force_ssl explicitly 0 FAILs; the version is not assumed', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('lax-pg', 'lax-pg16', { EngineVersion: '16.3' })],
      'rds.instanceParameterGroups': [group('lax-pg16', forceSsl('0'))],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'lax-pg']]);
  });

  it('near miss: members of a Multi-AZ DB cluster and other engines are not evaluated', () => {
    const findings = evaluate(check, {
      'rds.instances': [
        db('maz-pg-1', 'unused', { DBClusterIdentifier: 'maz-pg' }),
        db('shop-mysql', 'unused', { Engine: 'mysql' }),
      ],
      'rds.instanceParameterGroups': [],
    });
    expect(findings).toEqual([]);
  });

  it('reports ERROR for each instance whose parameter group cannot be read', () => {
    const findings = evaluate(check, {
      'rds.instances': [db('orders-pg', 'shared-pg14'), db('billing-pg', 'shared-pg14')],
      'rds.instanceParameterGroups': [{ name: 'shared-pg14', result: failed(awsError('AccessDenied', 'rds:DescribeDBParameters')) }],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'orders-pg'], ['ERROR', 'billing-pg']]);
    expect(findings[0]!.message).toContain('Could not evaluate DB instance orders-pg (parameter group shared-pg14): access denied to rds:DescribeDBParameters');
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances'), 'rds.instanceParameterGroups': [] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
