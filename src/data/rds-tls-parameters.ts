// Which parameter makes each RDS engine require TLS and what the engine does when a group leaves
// it unset. The data layer reads the parameter groups of these engines; the checks judge the values.

import type { DBInstance, Parameter } from '@aws-sdk/client-rds';
import type { Fetched } from './dataset.js';
import { isSqlServer } from './rds-engines.js';

export interface TlsParameterSpec {
  /** How AWS names the engine, for messages. */
  engineLabel: string;
  parameter: string;
  /** The value in force when the group gives the parameter no value; undefined when it cannot be told. */
  engineDefaultOn(db: DBInstance): boolean | undefined;
}

const off = () => false;

export const POSTGRES_TLS: TlsParameterSpec = {
  engineLabel: 'RDS for PostgreSQL',
  parameter: 'rds.force_ssl',
  // RDS for PostgreSQL 15 and later ship with rds.force_ssl on; without a version the default is unknown.
  engineDefaultOn: (db) => {
    const major = majorVersion(db.EngineVersion);
    return major === undefined ? undefined : major >= 15;
  },
};
export const MYSQL_TLS: TlsParameterSpec = { engineLabel: 'RDS for MySQL', parameter: 'require_secure_transport', engineDefaultOn: off };
export const MARIADB_TLS: TlsParameterSpec = { engineLabel: 'RDS for MariaDB', parameter: 'require_secure_transport', engineDefaultOn: off };
export const SQLSERVER_TLS: TlsParameterSpec = { engineLabel: 'RDS for SQL Server', parameter: 'rds.force_ssl', engineDefaultOn: off };

/** The TLS parameter judged for an engine, or undefined when no check reads one for it. */
export function tlsParameterFor(engine: string | undefined): TlsParameterSpec | undefined {
  if (engine === 'postgres') return POSTGRES_TLS;
  if (engine === 'mysql') return MYSQL_TLS;
  if (engine === 'mariadb') return MARIADB_TLS;
  if (isSqlServer(engine)) return SQLSERVER_TLS;
  return undefined;
}

export function majorVersion(version: string | undefined): number | undefined {
  const major = Number.parseInt(version ?? '', 10);
  return Number.isFinite(major) ? major : undefined;
}

/** Boolean parameters come as 1/0 or ON/OFF depending on engine and version. */
export function isOn(value: string | undefined): boolean {
  return /^\s*(1|on|true)\s*$/i.test(value ?? '');
}

/** One parameter group as read: its name and every parameter, or the error that kept it from being read. */
export interface ParameterGroupRead {
  name: string;
  result: Fetched<Parameter[]>;
}
