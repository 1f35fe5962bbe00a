import { describe, expect, it } from 'vitest';
import type { Fetched } from '../../../src/data/dataset.js';
import { isOn, judgeInstanceTls, majorVersion, POSTGRES_TLS, tlsParameterFor, type ParameterVerdict } from '../../../src/checks/lib/rds-parameters.js';
import { awsError, failed, ok } from '../../helpers/check-harness.js';

const pg = (version: string, groups: Array<[string, string]>) => ({
  DBInstanceIdentifier: 'orders',
  Engine: 'postgres',
  EngineVersion: version,
  DBParameterGroups: groups.map(([name, status]) => ({ DBParameterGroupName: name, ParameterApplyStatus: status })),
});
const reads = (entries: Record<string, Fetched<object[]>>) => new Map(Object.entries(entries)) as ReadonlyMap<string, Fetched<never[]>>;
const status = (v: ParameterVerdict) => v.status;

describe('isOn', () => {
  it.each(['1', 'ON', 'on', 'true', ' 1 '])('reads %j as on', (v) => expect(isOn(v)).toBe(true));
  it.each(['0', 'OFF', '', 'yes', '{DBInstanceClassMemory}', undefined])('reads %j as off', (v) => expect(isOn(v)).toBe(false));
});

describe('tlsParameterFor', () => {
  it('maps each engine to its TLS parameter', () => {
    expect(tlsParameterFor('postgres')?.parameter).toBe('rds.force_ssl');
    expect(tlsParameterFor('sqlserver-ex')?.parameter).toBe('rds.force_ssl');
    expect(tlsParameterFor('mysql')?.parameter).toBe('require_secure_transport');
    expect(tlsParameterFor('mariadb')?.parameter).toBe('require_secure_transport');
    expect(tlsParameterFor('aurora-postgresql')).toBeUndefined();
    expect(tlsParameterFor('oracle-ee')).toBeUndefined();
  });

  it('reads the major version', () => {
    expect(majorVersion('15.4')).toBe(15);
    expect(majorVersion('9.6.22')).toBe(9);
    expect(majorVersion(undefined)).toBeUndefined();
  });
});

describe('judgeInstanceTls', () => {
  const on = { ParameterName: 'rds.force_ssl', ParameterValue: '1' };
  const unset = { ParameterName: 'rds.force_ssl' };

  it('needs every attached group on and in-sync', () => {
    const verdict = judgeInstanceTls(pg('14.10', [['a', 'in-sync'], ['b', 'in-sync']]), POSTGRES_TLS, reads({ a: ok([on]), b: ok([{ ...on, ParameterValue: '0' }]) }));
    expect(status(verdict)).toBe('FAIL');
  });

  it('takes the engine default from the instance version only when the group gives no value', () => {
    expect(status(judgeInstanceTls(pg('15.2', [['g', 'in-sync']]), POSTGRES_TLS, reads({ g: ok([unset]) })))).toBe('PASS');
    expect(status(judgeInstanceTls(pg('14.10', [['g', 'in-sync']]), POSTGRES_TLS, reads({ g: ok([unset]) })))).toBe('FAIL');
    expect(status(judgeInstanceTls(pg('17.1', [['g', 'in-sync']]), POSTGRES_TLS, reads({ g: ok([{ ...on, ParameterValue: '0' }]) })))).toBe('FAIL');
  });

  it('is undetermined, not FAIL, for an instance that reports no parameter group (every instance has one)', () => {
    expect(judgeInstanceTls(pg('16.1', []), POSTGRES_TLS, reads({}))).toEqual({
      status: 'UNDETERMINED',
      message: 'DB instance orders reports no DB parameter group, so whether rds.force_ssl is on is unknown.',
    });
  });

  it('near miss: without an engine version the PostgreSQL default cannot be told, so an unset value is undetermined', () => {
    const noVersion = { ...pg('15.2', [['g', 'in-sync']]), EngineVersion: undefined };
    expect(judgeInstanceTls(noVersion, POSTGRES_TLS, reads({ g: ok([unset]) }))).toEqual({
      status: 'UNDETERMINED',
      message: 'rds.force_ssl has no value in parameter group g of DB instance orders, and the engine default for RDS for PostgreSQL (no version reported) is unknown.',
    });
    // An explicit value needs no version.
    expect(status(judgeInstanceTls(noVersion, POSTGRES_TLS, reads({ g: ok([on]) })))).toBe('PASS');
  });

  it('near miss: a group whose listing is empty (an endpoint that does not model parameters) is undetermined, not "parameter missing"', () => {
    expect(status(judgeInstanceTls(pg('16.1', [['g', 'in-sync']]), POSTGRES_TLS, reads({ g: ok([]) })))).toBe('UNDETERMINED');
    // A non-empty listing without the parameter is an engine without it: FAIL.
    expect(status(judgeInstanceTls(pg('16.1', [['g', 'in-sync']]), POSTGRES_TLS, reads({ g: ok([{ ParameterName: 'max_connections', ParameterValue: '100' }]) })))).toBe('FAIL');
  });

  it('near miss: an instance that does not report ParameterApplyStatus is undetermined even with the value on', () => {
    const db = { ...pg('16.1', []), DBParameterGroups: [{ DBParameterGroupName: 'g' }] };
    const verdict = judgeInstanceTls(db, POSTGRES_TLS, reads({ g: ok([on]) }));
    expect(verdict.status).toBe('UNDETERMINED');
    expect(verdict).toMatchObject({ message: expect.stringContaining('does not report whether the group is in-sync') });
  });

  it('is an ERROR naming the group when the group could not be read', () => {
    const verdict = judgeInstanceTls(pg('16.1', [['g', 'in-sync']]), POSTGRES_TLS, reads({ g: failed(awsError('AccessDenied', 'rds:DescribeDBParameters')) }));
    expect(verdict).toMatchObject({ status: 'ERROR', what: 'DB instance orders (parameter group g)' });
  });

  it('is undetermined for that instance alone, never a throw, when a group was not read or has no name', () => {
    expect(judgeInstanceTls(pg('16.1', [['missing', 'in-sync']]), POSTGRES_TLS, reads({}))).toEqual({
      status: 'UNDETERMINED',
      message: 'DB parameter group missing of DB instance orders was not read, so whether rds.force_ssl is on is unknown.',
    });
    const nameless = { ...pg('16.1', []), DBParameterGroups: [{ ParameterApplyStatus: 'in-sync' }] };
    expect(status(judgeInstanceTls(nameless, POSTGRES_TLS, reads({})))).toBe('UNDETERMINED');
  });
});
