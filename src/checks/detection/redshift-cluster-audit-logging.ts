import type { Cluster, LoggingStatus, Parameter } from '@aws-sdk/client-redshift';
import { defineCheck } from '../define.js';
import { clusterLabel, clusterRef } from '../lib/redshift.js';
import type { Fetched } from '../../data/dataset.js';

/** `true`/`false` as the SDK parses it, or as text from an endpoint or a recording that kept it so. */
function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && ['true', 'false'].includes(value.trim().toLowerCase())) return value.trim().toLowerCase() === 'true';
  return undefined;
}

/** Where the logs go: LogDestinationType, or S3 for answers that predate it and name a bucket. */
function destinationOf(status: LoggingStatus): 's3' | 'cloudwatch' | undefined {
  const type = (status.LogDestinationType ?? '').trim().toLowerCase();
  if (type === 's3' || type === 'cloudwatch') return type;
  if (!type && status.BucketName) return 's3';
  return undefined;
}

/** What the parameter groups say about enable_user_activity_logging, reported, not judged. */
function userActivity(cluster: Cluster, groups: ReadonlyMap<string, Fetched<Parameter[]>>): string {
  for (const membership of cluster.ClusterParameterGroups ?? []) {
    const read = membership.ParameterGroupName ? groups.get(membership.ParameterGroupName) : undefined;
    if (!read?.ok) continue;
    const value = read.value.find((p) => p.ParameterName === 'enable_user_activity_logging')?.ParameterValue;
    if (value === undefined) continue;
    const on = value.trim().toLowerCase() === 'true';
    return ` enable_user_activity_logging is "${value}" in parameter group ${membership.ParameterGroupName}${on ? '' : ', so the user activity log records no queries'}.`;
  }
  return '';
}

export default defineCheck({
  id: 'redshift-cluster-audit-logging',
  title: 'Redshift clusters have audit logging enabled',
  pillar: 'detection',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AWS::Redshift::Cluster',
  description:
    'For each provisioned Redshift cluster, DescribeLoggingStatus reports LoggingEnabled true with LogDestinationType s3 or cloudwatch (an answer that names only a BucketName is S3). For CloudWatch Logs the message gives the exported logs (connectionlog, userlog, useractivitylog); user activity logging also needs the parameter enable_user_activity_logging, which is reported, not judged. Paused clusters are evaluated; clusters being created or deleted are not.',
  risk: 'Without audit logging there is no record of connections, user changes and queries run on the cluster, so misuse of the data cannot be detected or investigated.',
  remediation: {
    text: 'Enable audit logging to an S3 bucket or to CloudWatch Logs (connectionlog, userlog and useractivitylog), and set enable_user_activity_logging to true for query logging.',
    console: 'Amazon Redshift > Clusters > select the cluster > Properties > Database configurations > Edit audit logging.',
    cli: 'aws redshift enable-logging --cluster-identifier <cluster> --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
  },
  references: {
    securityHub: { ids: ['Redshift.4'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-4',
    ],
  },
  reads: ['redshift.loggingStatus', 'redshift.clusterParameterGroups'],
  evaluate({ 'redshift.loggingStatus': statuses, 'redshift.clusterParameterGroups': groups }, ctx) {
    const byName = new Map(groups.map((g) => [g.name, g.result]));
    return statuses.map(({ cluster, result }) => {
      const resource = clusterRef(cluster, ctx);
      const subject = clusterLabel(cluster);
      if (!result.ok) return ctx.error(resource, result.error, subject);
      const status = result.value;
      const enabled = asBoolean(status.LoggingEnabled);
      if (enabled === false) return ctx.fail(resource, `${subject} does not have audit logging enabled (LoggingEnabled is false).`);
      if (enabled === undefined) return ctx.undetermined(resource, `DescribeLoggingStatus for ${subject} reports no LoggingEnabled, so whether audit logging is on is unknown.`);
      const destination = destinationOf(status);
      if (!destination) {
        return ctx.undetermined(resource, `${subject} has audit logging enabled, but DescribeLoggingStatus names no S3 bucket or CloudWatch Logs destination (LogDestinationType "${status.LogDestinationType ?? ''}").`);
      }
      const activity = userActivity(cluster, byName);
      if (destination === 's3') {
        const where = status.BucketName ? ` bucket ${status.BucketName}${status.S3KeyPrefix ? `/${status.S3KeyPrefix}` : ''}` : '';
        return ctx.pass(resource, `${subject} has audit logging enabled to S3${where}.${activity}`);
      }
      const exports = status.LogExports ?? [];
      return ctx.pass(resource, `${subject} has audit logging enabled to CloudWatch Logs, exporting ${exports.length ? exports.join(', ') : 'no log type'}.${activity}`);
    });
  },
});
