import { defineCheck } from '../define.js';
import { judgeTables, tableLabel } from '../lib/dynamodb.js';

export default defineCheck({
  id: 'dynamodb-table-pitr-enabled',
  title: 'DynamoDB tables have point-in-time recovery enabled',
  pillar: 'rest',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AWS::DynamoDB::Table',
  description:
    'For each DynamoDB table, DescribeContinuousBackups reports PointInTimeRecoveryDescription.PointInTimeRecoveryStatus ENABLED. The recovery period (RecoveryPeriodInDays, 1 to 35) is not judged; the message gives it.',
  risk: 'Without point-in-time recovery, items overwritten or deleted by a bug, an operator or an attacker can only be recovered from on-demand backups, if any exist, losing every change made since.',
  remediation: {
    text: 'Turn on point-in-time recovery for the table (it can be enabled at any time and keeps continuous backups for the chosen recovery period).',
    console: 'DynamoDB > Tables > select the table > Backups > Point-in-time recovery > Edit > Turn on point-in-time recovery.',
    cli: 'aws dynamodb update-continuous-backups --table-name <table> --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
  },
  references: {
    securityHub: { ids: ['DynamoDB.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-2',
    ],
  },
  reads: ['dynamodb.continuousBackups'],
  evaluate({ 'dynamodb.continuousBackups': reads }, ctx) {
    return judgeTables(reads, ctx, (table, backups, resource) => {
      const label = tableLabel(table);
      const pitr = backups.PointInTimeRecoveryDescription;
      const status = pitr?.PointInTimeRecoveryStatus;
      if (status === 'ENABLED') {
        const period = pitr?.RecoveryPeriodInDays;
        return ctx.pass(resource, `${label} has point-in-time recovery enabled${period === undefined ? '' : ` with a recovery period of ${period} days`}.`);
      }
      // Without continuous backups there is no point-in-time recovery, whatever else the answer leaves out.
      if (status === 'DISABLED' || (status === undefined && backups.ContinuousBackupsStatus === 'DISABLED')) return ctx.fail(resource, `${label} has point-in-time recovery disabled, so it cannot be restored to a moment before an unwanted write or delete.`);
      return ctx.undetermined(
        resource,
        `${label}: DescribeContinuousBackups reported ${status === undefined ? 'no point-in-time recovery status' : `point-in-time recovery status ${status}`}, so whether it is enabled is unknown.`,
      );
    });
  },
});
