import { defineCheck } from '../define.js';
import { clusterKind, clusterRef } from '../../data/rds-engines.js';

/** RDS.50's default minimum retention (its parameter, 7 to 35 days). */
const MIN_RETENTION_DAYS = 7;

export default defineCheck({
  id: 'rds-cluster-backups-enabled',
  title: `DB clusters keep automated backups for at least ${MIN_RETENTION_DAYS} days`,
  pillar: 'rest',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBCluster',
  description: `Each DB cluster DescribeDBClusters returns has a backup retention period (BackupRetentionPeriod) of at least ${MIN_RETENTION_DAYS} days. RDS.50 covers all types of DB clusters, so Aurora, Multi-AZ DB clusters and the DocumentDB (docdb) and Neptune (neptune) clusters the RDS API also lists are evaluated, and the message names the engine. A cluster that reports no retention period FAILs (cluster backups cannot be turned off; the API default is 1 day).`,
  risk: 'With a short retention, data lost to an operator error, corruption or ransomware cannot be restored to a point in time before the damage was noticed.',
  remediation: {
    text: `Set the cluster's backup retention period to ${MIN_RETENTION_DAYS} days or more (1 to 35).`,
    console: 'RDS > Databases > select the cluster > Modify > Backup > Backup retention period.',
    cli: `aws rds modify-db-cluster --db-cluster-identifier <cluster> --backup-retention-period ${MIN_RETENTION_DAYS} --apply-immediately`,
  },
  references: {
    securityHub: { ids: ['RDS.50'], standard: 'fsbp-unconfirmed' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-50',
    ],
  },
  reads: ['rds.clustersAllEngines'],
  evaluate({ 'rds.clustersAllEngines': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster);
      const name = `${clusterKind(cluster)} ${resource.id} (engine ${cluster.Engine ?? 'unknown'})`;
      const days = cluster.BackupRetentionPeriod;
      if (days === undefined) return ctx.fail(resource, `${name} reports no backup retention period (the API default is 1 day), fewer than ${MIN_RETENTION_DAYS}.`);
      if (days >= MIN_RETENTION_DAYS) return ctx.pass(resource, `${name} keeps automated backups for ${days} days.`);
      return ctx.fail(resource, `${name} keeps automated backups for ${days} day${days === 1 ? '' : 's'}, fewer than ${MIN_RETENTION_DAYS}.`);
    });
  },
});
