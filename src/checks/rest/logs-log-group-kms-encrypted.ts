import { defineCheck } from '../define.js';
import { logGroupLabel, logGroupRef } from '../lib/logs-log-groups.js';

export default defineCheck({
  id: 'logs-log-group-kms-encrypted',
  title: 'CloudWatch Logs log groups are encrypted with a customer managed KMS key',
  pillar: 'rest',
  service: 'logs',
  severity: 'low',
  resourceType: 'AWS::Logs::LogGroup',
  description:
    'Each log group has kmsKeyId set (DescribeLogGroups). CloudWatch Logs always encrypts log data at rest with keys it manages; kmsKeyId means a KMS key the account controls. Log groups that AWS services create for themselves (/aws/lambda/..., /aws/rds/...) are evaluated too, and the message names their prefix.',
  risk: 'Logs often hold request payloads, user identifiers and error details. Without a customer managed key, no key policy limits who can read them beyond IAM, and no key use appears in CloudTrail.',
  remediation: {
    text: 'Associate a customer managed KMS key with the log group; the key policy must allow the CloudWatch Logs service principal of the region to use it. New events are encrypted with the key from then on.',
    console: 'CloudWatch > Log groups > Create log group > KMS key ARN, for a new log group; for an existing one, use the CLI.',
    cli: 'aws logs associate-kms-key --log-group-name <log-group> --kms-key-id <key-arn>',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html'],
  },
  reads: ['logs.logGroups'],
  evaluate({ 'logs.logGroups': groups }, ctx) {
    return groups.map((group) => {
      const resource = logGroupRef(group, ctx);
      const label = logGroupLabel(group);
      return group.kmsKeyId
        ? ctx.pass(resource, `${label} is encrypted with KMS key ${group.kmsKeyId}.`)
        : ctx.fail(resource, `${label} has no KMS key: its data is encrypted only with keys CloudWatch Logs manages.`);
    });
  },
});
