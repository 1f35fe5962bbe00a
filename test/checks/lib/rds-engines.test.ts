import { describe, expect, it } from 'vitest';
import {
  defaultPort,
  instanceLogControls,
  isAuroraMember,
  isClusterMember,
  isDefaultAdminUsername,
  isRdsEngine,
  isReadReplica,
  logsRequiredBy,
  requiredInstanceLogExports,
  supportsIamAuth,
} from '../../../src/data/rds-engines.js';

describe('RDS engine scope', () => {
  it('leaves DocumentDB and Neptune, listed by the RDS API, out of RDS', () => {
    expect(isRdsEngine('docdb')).toBe(false);
    expect(isRdsEngine('neptune')).toBe(false);
    expect(isRdsEngine('aurora-postgresql')).toBe(true);
    expect(isRdsEngine('sqlserver-ex')).toBe(true);
  });

  it('tells Aurora members from Multi-AZ DB cluster members', () => {
    expect(isAuroraMember({ Engine: 'aurora-mysql', DBClusterIdentifier: 'shop' })).toBe(true);
    expect(isAuroraMember({ Engine: 'aurora', DBClusterIdentifier: 'legacy' })).toBe(true);
    expect(isAuroraMember({ Engine: 'postgres', DBClusterIdentifier: 'maz' })).toBe(false);
    expect(isClusterMember({ Engine: 'postgres', DBClusterIdentifier: 'maz' })).toBe(true);
    expect(isAuroraMember({ Engine: 'aurora-mysql' })).toBe(false);
  });

  it('counts replicas of an instance and of a Multi-AZ DB cluster as read replicas', () => {
    expect(isReadReplica({ ReadReplicaSourceDBInstanceIdentifier: 'orders' })).toBe(true);
    expect(isReadReplica({ ReadReplicaSourceDBClusterIdentifier: 'maz' })).toBe(true);
    expect(isReadReplica({ ReadReplicaDBInstanceIdentifiers: ['orders-replica'] })).toBe(false);
  });
});

describe('defaultPort', () => {
  it.each([
    ['mysql', 3306],
    ['mariadb', 3306],
    ['aurora-mysql', 3306],
    ['postgres', 5432],
    ['aurora-postgresql', 5432],
    ['oracle-ee-cdb', 1521],
    ['custom-oracle-ee', 1521],
    ['sqlserver-web', 1433],
    ['db2-ae', 50000],
  ])('%s listens on %i by default', (engine, port) => expect(defaultPort(engine)).toBe(port));

  it('knows no default for unknown engines', () => expect(defaultPort('neptune')).toBeUndefined());
});

describe('log exports', () => {
  it('lists the log types of each engine and the controls that judge them', () => {
    expect(requiredInstanceLogExports('mariadb')).toEqual(['audit', 'error', 'general', 'slowquery']);
    expect(requiredInstanceLogExports('oracle-se2')).toEqual(['alert', 'audit', 'trace', 'listener']);
    expect(requiredInstanceLogExports('sqlserver-ee')).toEqual(['error', 'agent']);
    expect(requiredInstanceLogExports('db2-se')).toBeUndefined();
    expect(instanceLogControls('postgres')).toEqual(['RDS.9', 'RDS.36']);
    expect(instanceLogControls('mysql')).toEqual(['RDS.9']);
    expect(logsRequiredBy('RDS.9', 'postgres')).toEqual(['postgresql', 'upgrade']);
    expect(logsRequiredBy('RDS.36', 'postgres')).toEqual(['postgresql']);
    expect(logsRequiredBy('RDS.40', 'sqlserver-ee')).toEqual(['agent', 'error']);
    expect(logsRequiredBy('RDS.42', 'mariadb')).toEqual(['audit', 'error']);
  });
});

describe('identity', () => {
  it('supports IAM authentication only on MySQL, MariaDB and PostgreSQL', () => {
    expect(['mysql', 'mariadb', 'postgres', 'oracle-ee', 'sqlserver-se', 'db2-se'].map(supportsIamAuth)).toEqual([true, true, true, false, false, false]);
  });

  it('compares default usernames case-insensitively and exactly', () => {
    expect(['admin', 'Admin', 'POSTGRES', 'administrator', 'postgres1', 'root'].map(isDefaultAdminUsername)).toEqual([true, true, true, false, false, false]);
  });
});
