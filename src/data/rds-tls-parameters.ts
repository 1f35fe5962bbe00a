// Which parameter makes each RDS engine require TLS and what the engine does when a group leaves
// it unset. The data layer reads the parameter groups of these engines; the checks judge the values.

import type { Parameter } from '@aws-sdk/client-rds';
import type { Fetched } from './dataset.js';
import { isSqlServer } from './rds-engines.js';

export interface TlsParameterSpec {
  /** How AWS names the engine, for messages. */
  engineLabel: string;
  parameter: string;
  /** The engine default by version: the value in force when the group gives the parameter no value. */
  defaults: readonly EngineDefault[];
  /** The first version that has the parameter at all; older ones are not evaluated. */
  since?: string;
}

/** One row of an engine's defaults: versions from `from` (inclusive) up to `below` (exclusive). */
export interface EngineDefault {
  from?: string;
  below?: string;
  on: boolean;
  /** Where AWS says so. */
  source: string;
}

const MYSQL_DOC = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.require-ssl.html';
const MARIADB_DOC = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mariadb-ssl-connections.require-ssl.html';
const POSTGRES_DOC = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.Requiring.html';
const SQLSERVER_DOC = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/SQLServer.Concepts.General.SSL.Using.html';

export const POSTGRES_TLS: TlsParameterSpec = {
  engineLabel: 'RDS for PostgreSQL',
  parameter: 'rds.force_ssl',
  defaults: [
    { below: '15', on: false, source: POSTGRES_DOC },
    // RDS for PostgreSQL 15 and later ship with rds.force_ssl on.
    { from: '15', on: true, source: POSTGRES_DOC },
  ],
};
export const MYSQL_TLS: TlsParameterSpec = {
  engineLabel: 'RDS for MySQL',
  parameter: 'require_secure_transport',
  defaults: [
    // "For MySQL 8.4 and lower, the require_secure_transport parameter is set to 0 (OFF) by default."
    { below: '8.5', on: false, source: MYSQL_DOC },
    // "For MySQL 9.7, the require_secure_transport parameter defaults to 1 (ON)." Versions between
    // are not offered by RDS and are not placed.
    { from: '9.7', below: '9.8', on: true, source: MYSQL_DOC },
  ],
};
export const MARIADB_TLS: TlsParameterSpec = {
  engineLabel: 'RDS for MariaDB',
  parameter: 'require_secure_transport',
  since: '10.5',
  defaults: [
    // "For 11.4 and earlier, require_secure_transport is OFF by default; for 11.8 and later, ON."
    { below: '11.5', on: false, source: MARIADB_DOC },
    { from: '11.8', on: true, source: MARIADB_DOC },
  ],
};
export const SQLSERVER_TLS: TlsParameterSpec = {
  engineLabel: 'RDS for SQL Server',
  parameter: 'rds.force_ssl',
  defaults: [{ on: false, source: SQLSERVER_DOC }],
};

/** The TLS parameter judged for an engine, or undefined when no check reads one for it. */
export function tlsParameterFor(engine: string | undefined): TlsParameterSpec | undefined {
  if (engine === 'postgres') return POSTGRES_TLS;
  if (engine === 'mysql') return MYSQL_TLS;
  if (engine === 'mariadb') return MARIADB_TLS;
  if (isSqlServer(engine)) return SQLSERVER_TLS;
  return undefined;
}

/** Numeric components of an engine version (`8.0.35`, `15.00.4345.5.v1` → [15, 0, 4345, 5]); undefined without a leading number. */
export function versionParts(version: string | undefined): number[] | undefined {
  const parts = (version ?? '').split('.').map((p) => /^\d+/.exec(p)?.[0]);
  const numeric: number[] = [];
  for (const part of parts) {
    if (part === undefined) break;
    numeric.push(Number(part));
  }
  return numeric.length > 0 ? numeric : undefined;
}

export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The engine default for this version, or undefined when the version is missing or the table cannot place it. */
export function engineDefault(spec: TlsParameterSpec, version: string | undefined): EngineDefault | undefined {
  const v = versionParts(version);
  if (!v) return undefined;
  return spec.defaults.find(
    (row) => (!row.from || compareVersions(v, versionParts(row.from)!) >= 0) && (!row.below || compareVersions(v, versionParts(row.below)!) < 0),
  );
}

/** Whether the engine version has the parameter at all (MariaDB before 10.5 does not). */
export function hasTlsParameter(spec: TlsParameterSpec, version: string | undefined): boolean | undefined {
  if (!spec.since) return true;
  const v = versionParts(version);
  return v ? compareVersions(v, versionParts(spec.since)!) >= 0 : undefined;
}

export function majorVersion(version: string | undefined): number | undefined {
  return versionParts(version)?.[0];
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
