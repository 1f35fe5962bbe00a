import { defineCheck } from '../define.js';
import { logGroupLabel, logGroupRef } from '../lib/logs-log-groups.js';

/** Security Hub CloudWatch.16's default minimum (it allows 365, 400, 545, 731, 1827 and 3653). */
export const MIN_RETENTION_DAYS = 365;

export default defineCheck({
  id: 'logs-log-group-retention-365-days',
  title: 'CloudWatch Logs log groups keep their data for at least a year',
  pillar: 'detection',
  service: 'logs',
  severity: 'medium',
  resourceType: 'AWS::Logs::LogGroup',
  description: `Each log group has retentionInDays of at least ${MIN_RETENTION_DAYS}, or none at all: no retention setting means the data never expires, which passes, as the AWS Config rule behind CloudWatch.16 says.`,
  risk: 'An intrusion is often found months after it began; logs deleted after days or weeks leave nothing to investigate it with, and many regulations ask for a year.',
  remediation: {
    text: `Set the log group's retention to ${MIN_RETENTION_DAYS} days or more (or to never expire), and archive older data to S3 if it must be kept longer at lower cost.`,
    console: 'CloudWatch > Log groups > the log group > Actions > Edit retention setting.',
    cli: `aws logs put-retention-policy --log-group-name <log-group> --retention-in-days ${MIN_RETENTION_DAYS}`,
  },
  references: {
    securityHub: { ids: ['CloudWatch.16'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-16',
    ],
  },
  reads: ['logs.logGroups'],
  evaluate({ 'logs.logGroups': groups }, ctx) {
    return groups.map((group) => {
      const resource = logGroupRef(group, ctx);
      const label = logGroupLabel(group);
      const days = group.retentionInDays;
      if (days === undefined || days === null) return ctx.pass(resource, `${label} keeps its data forever (no retention setting).`);
      if (typeof days !== 'number' || !Number.isFinite(days)) return ctx.undetermined(resource, `${label} reports a retention of ${String(days)}, which is not a number of days.`);
      return days >= MIN_RETENTION_DAYS
        ? ctx.pass(resource, `${label} keeps its data for ${days} days (at least ${MIN_RETENTION_DAYS}).`)
        : ctx.fail(resource, `${label} keeps its data for only ${days} days (less than ${MIN_RETENTION_DAYS}).`);
    });
  },
});
