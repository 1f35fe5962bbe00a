// What an RDS engine name and an instance's place in a cluster mean for the checks: which
// settings the instance owns, which the cluster owns, and each engine's defaults.

import type { DBCluster, DBInstance } from '@aws-sdk/client-rds';

/** The RDS API also lists DocumentDB and Neptune resources; their own services' controls judge them. */
const OTHER_SERVICE_ENGINES = new Set(['docdb', 'neptune']);

export function isRdsEngine(engine: string | undefined): boolean {
  return !OTHER_SERVICE_ENGINES.has((engine ?? '').toLowerCase());
}

/** `aurora` is the engine name of Aurora MySQL 1 (MySQL 5.6 compatible). */
export function isAuroraEngine(engine: string | undefined): boolean {
  return engine === 'aurora' || engine === 'aurora-mysql' || engine === 'aurora-postgresql';
}

export function isAuroraMysql(engine: string | undefined): boolean {
  return engine === 'aurora' || engine === 'aurora-mysql';
}

export function isAuroraPostgresql(engine: string | undefined): boolean {
  return engine === 'aurora-postgresql';
}

/** Any cluster member: Aurora, or a reader or writer of a Multi-AZ DB cluster. */
export function isClusterMember(db: DBInstance): boolean {
  return !!db.DBClusterIdentifier;
}

/** Aurora members take backups, deletion protection, Multi-AZ and log exports from their cluster. */
export function isAuroraMember(db: DBInstance): boolean {
  return isClusterMember(db) && isAuroraEngine(db.Engine);
}

export function isReadReplica(db: DBInstance): boolean {
  return !!db.ReadReplicaSourceDBInstanceIdentifier || !!db.ReadReplicaSourceDBClusterIdentifier;
}

export const isSqlServer = (engine: string | undefined) => (engine ?? '').startsWith('sqlserver-');
export const isOracle = (engine: string | undefined) => (engine ?? '').startsWith('oracle-');
export const isDb2 = (engine: string | undefined) => (engine ?? '').startsWith('db2-');

/** Engines whose instances support IAM database authentication. */
export function supportsIamAuth(engine: string | undefined): boolean {
  return engine === 'mysql' || engine === 'mariadb' || engine === 'postgres';
}

/** The master usernames RDS consoles and tutorials default to; RDS.24 and RDS.25 reject them in any case. */
const DEFAULT_ADMIN_USERNAMES = new Set(['admin', 'postgres']);

export function isDefaultAdminUsername(username: string): boolean {
  return DEFAULT_ADMIN_USERNAMES.has(username.trim().toLowerCase());
}

/** The port each engine listens on unless told otherwise; undefined for engines without a known default. */
export function defaultPort(engine: string | undefined): number | undefined {
  const e = (engine ?? '').replace(/^custom-/, '');
  if (e === 'mysql' || e === 'mariadb' || isAuroraMysql(e)) return 3306;
  if (e === 'postgres' || e === 'aurora-postgresql') return 5432;
  if (isOracle(e)) return 1521;
  if (isSqlServer(e)) return 1433;
  if (isDb2(e)) return 50000;
  return undefined;
}

/** Log types an instance of the engine must export to CloudWatch Logs; undefined when no list is defined. */
export function requiredInstanceLogExports(engine: string | undefined): readonly string[] | undefined {
  if (engine === 'mysql' || engine === 'mariadb') return ['audit', 'error', 'general', 'slowquery'];
  if (engine === 'postgres') return ['postgresql', 'upgrade'];
  if (isOracle(engine)) return ['alert', 'audit', 'trace', 'listener'];
  if (isSqlServer(engine)) return ['error', 'agent'];
  return undefined;
}

/** The Security Hub controls that judge an instance's log exports, by engine. */
export function instanceLogControls(engine: string | undefined): string[] {
  const controls = ['RDS.9'];
  if (engine === 'postgres') controls.push('RDS.36');
  if (isSqlServer(engine)) controls.push('RDS.40');
  if (engine === 'mariadb') controls.push('RDS.42');
  return controls;
}

/**
 * The log types each engine-specific control requires by default, which are fewer than RDS.9's
 * full set: RDS.36 `postgresql` only (not customizable), RDS.40 `agent` and `error`, RDS.42
 * `audit` and `error` (Security Hub RDS controls page).
 */
const ENGINE_CONTROL_LOGS: Readonly<Record<string, readonly string[]>> = {
  'RDS.36': ['postgresql'],
  'RDS.40': ['agent', 'error'],
  'RDS.42': ['audit', 'error'],
};

/** The log types a control requires of an instance of this engine (RDS.9: the engine's full set). */
export function logsRequiredBy(control: string, engine: string | undefined): readonly string[] {
  return ENGINE_CONTROL_LOGS[control] ?? requiredInstanceLogExports(engine) ?? [];
}

export function instanceRef(db: DBInstance): { id: string; arn: string } {
  return { id: db.DBInstanceIdentifier ?? 'unknown', arn: db.DBInstanceArn ?? '' };
}

export function clusterRef(cluster: DBCluster): { id: string; arn: string } {
  return { id: cluster.DBClusterIdentifier ?? 'unknown', arn: cluster.DBClusterArn ?? '' };
}

/** How the RDS console names a cluster's kind, for messages. */
export function clusterKind(cluster: DBCluster): string {
  if (isAuroraMysql(cluster.Engine)) return 'Aurora MySQL DB cluster';
  if (isAuroraPostgresql(cluster.Engine)) return 'Aurora PostgreSQL DB cluster';
  if (cluster.Engine === 'mysql') return 'Multi-AZ DB cluster (MySQL)';
  if (cluster.Engine === 'postgres') return 'Multi-AZ DB cluster (PostgreSQL)';
  if (cluster.Engine === 'docdb') return 'DocumentDB cluster';
  if (cluster.Engine === 'neptune') return 'Neptune DB cluster';
  return `DB cluster (${cluster.Engine ?? 'unknown engine'})`;
}
