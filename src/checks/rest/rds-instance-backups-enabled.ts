import { defineCheck } from '../define.js';
import { instanceRef, isAuroraMember, isReadReplica } from '../../data/rds-engines.js';

/** RDS.11's default minimum retention. */
const MIN_RETENTION_DAYS = 7;

export default defineCheck({
  id: 'rds-instance-backups-enabled',
  title: `RDS DB instances keep automated backups for at least ${MIN_RETENTION_DAYS} days`,
  pillar: 'rest',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBInstance',
  description: `Each RDS DB instance has automated backups enabled with a retention period (BackupRetentionPeriod) of at least ${MIN_RETENTION_DAYS} days. Read replicas and Aurora cluster members are not evaluated: replicas are rebuilt from their source and Aurora backups belong to the cluster.`,
  risk: 'Without automated backups, or with a short retention, data lost to an operator error, corruption or ransomware cannot be restored to a point in time before the damage was noticed.',
  remediation: {
    text: `Set the backup retention period to ${MIN_RETENTION_DAYS} days or more; a value of 0 disables automated backups.`,
    console: 'RDS > Databases > select the instance > Modify > Additional configuration > Backup retention period.',
    cli: `aws rds modify-db-instance --db-instance-identifier <instance> --backup-retention-period ${MIN_RETENTION_DAYS} --apply-immediately`,
  },
  references: {
    securityHub: { ids: ['RDS.11'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-11',
    ],
  },
  reads: ['rds.instances'],
  evaluate({ 'rds.instances': instances }, ctx) {
    return instances
      .filter((db) => !isReadReplica(db) && !isAuroraMember(db))
      .map((db) => {
        const resource = instanceRef(db);
        const days = db.BackupRetentionPeriod;
        // The API's default retention is 1 day, short of the minimum either way; say what was (not) reported.
        if (days === undefined)
          return ctx.fail(resource, `DB instance ${resource.id} reports no backup retention period (the API default is 1 day), fewer than ${MIN_RETENTION_DAYS}.`);
        if (days >= MIN_RETENTION_DAYS) return ctx.pass(resource, `DB instance ${resource.id} keeps automated backups for ${days} days.`);
        return days === 0
          ? ctx.fail(resource, `DB instance ${resource.id} has automated backups disabled (retention period 0 days).`)
          : ctx.fail(resource, `DB instance ${resource.id} keeps automated backups for ${days} day${days === 1 ? '' : 's'}, fewer than ${MIN_RETENTION_DAYS}.`);
      });
  },
});
