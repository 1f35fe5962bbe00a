import { defineCheck } from '../define.js';
import { backupCoverage, coverageFinding, tagMap } from '../lib/backup-coverage.js';
import { instanceRef, isAuroraMember } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-instance-in-backup-plan',
  title: 'RDS DB instances are covered by an AWS Backup plan',
  pillar: 'rest',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBInstance',
  description:
    'Each RDS DB instance outside an Aurora cluster (Aurora clusters are protected as clusters) is selected by a resource assignment of an AWS Backup plan in its region: its ARN matches Resources (wildcards allowed) and no NotResources entry, or its tags match ListOfTags (any entry), and its tags meet every Conditions entry; and AWS Backup is opted in for RDS in the region (DescribeRegionSettings), without which the selection protects nothing. Tags come from DescribeDBInstances (TagList). The backupVaultLockCheck parameter is not implemented.',
  risk: 'An instance no backup plan selects relies on its automated backups alone, which are deleted with the instance and cannot be kept beyond 35 days or copied under a separate vault policy.',
  remediation: {
    text: 'Assign the DB instance to a backup plan by ARN or by a tag the plan selects, and make sure AWS Backup is opted in for RDS in the region.',
    console: 'AWS Backup > Backup plans > select a plan > Assign resources; AWS Backup > Settings > Service opt-in > enable RDS.',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection \'{"SelectionName":"databases","IamRoleArn":"<role-arn>","Resources":["<db-instance-arn>"]}\'',
  },
  references: {
    securityHub: { ids: ['RDS.26'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-26',
    ],
  },
  reads: ['rds.instances', 'backup.planSelections', 'backup.regionSettings'],
  evaluate({ 'rds.instances': instances, 'backup.planSelections': plans, 'backup.regionSettings': optIn }, ctx) {
    return instances
      .filter((db) => !isAuroraMember(db))
      .map((db) => {
        const resource = instanceRef(db);
        const arn = resource.arn || `arn:${ctx.account.partition}:rds:${ctx.region}:${ctx.account.id}:db:${resource.id}`;
        const coverage = backupCoverage({ arn, type: 'RDS', tags: { ok: true, value: tagMap(db.TagList) } }, plans, optIn);
        return coverageFinding(ctx, { ...resource, arn }, `DB instance ${resource.id}`, coverage);
      });
  },
});
