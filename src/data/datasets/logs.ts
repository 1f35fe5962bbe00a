import type { LogGroup, MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import { AwsCallError } from '../../aws/errors.js';
import { defineDataset, type Fetched } from '../dataset.js';

/** A CloudWatch Logs log group named by ARN: `arn:<partition>:logs:<region>:<account>:log-group:<name>[:*]`. */
export interface LogGroupRef {
  /** The ARN as the trail gives it. */
  arn: string;
  region: string;
  accountId: string;
  name: string;
}

/**
 * The metric filters of one log group a trail delivers to. A log group of another account (an
 * organization trail delivering to a log-archive account) cannot be read from this one: its filters
 * are not asked for, since the same name in this account would be another log group.
 */
export type TrailLogGroupFilters =
  | { logGroup: LogGroupRef; kind: 'read'; filters: Fetched<MetricFilter[]> }
  /** DescribeMetricFilters answered ResourceNotFoundException: the trail names a log group that does not exist. */
  | { logGroup: LogGroupRef; kind: 'missing' }
  | { logGroup: LogGroupRef; kind: 'foreign' }
  /** The trail's CloudWatchLogsLogGroupArn is not a log group ARN. */
  | { logGroup: { arn: string }; kind: 'unparseable' };

declare module '../dataset.js' {
  interface DatasetTypes {
    'logs.logGroups': LogGroup[];
    'logs.trailMetricFilters': TrailLogGroupFilters[];
  }
}

/** The parts of a log group ARN, or undefined when it is not one. */
export function parseLogGroupArn(arn: string): LogGroupRef | undefined {
  const parts = arn.split(':');
  if (parts.length < 7 || parts[0] !== 'arn' || parts[2] !== 'logs' || parts[5] !== 'log-group') return undefined;
  const [, , , region, accountId, , name] = parts as [string, string, string, string, string, string, string];
  if (!region || !/^\d{12}$/.test(accountId) || !name) return undefined;
  return { arn, region, accountId, name };
}

export const logGroups = defineDataset({
  id: 'logs.logGroups',
  scope: 'regional',
  operations: ['logs:DescribeLogGroups'],
  // 50 log groups a page, the most DescribeLogGroups gives (also its default).
  fetch: (ctx) => ctx.list<LogGroup>('logs:DescribeLogGroups', {}, 'logGroups'),
});

/**
 * The metric filters of every log group a trail sends its events to (CloudWatchLogsLogGroupArn),
 * each read once, in the log group's own region: the CIS monitoring controls look for their filters
 * there, whatever regions the scan covers.
 */
export const trailMetricFilters = defineDataset({
  id: 'logs.trailMetricFilters',
  scope: 'global',
  operations: ['logs:DescribeMetricFilters'],
  deps: ['cloudtrail.trails'],
  async fetch(ctx) {
    const trails = await ctx.get('cloudtrail.trails');
    const arns = [...new Set(trails.flatMap((t) => (t.CloudWatchLogsLogGroupArn ? [t.CloudWatchLogsLogGroupArn] : [])))].sort();
    return Promise.all(
      arns.map(async (arn): Promise<TrailLogGroupFilters> => {
        const logGroup = parseLogGroupArn(arn);
        if (!logGroup) return { logGroup: { arn }, kind: 'unparseable' };
        if (logGroup.accountId !== ctx.account.id) return { logGroup, kind: 'foreign' };
        try {
          const filters = await ctx.list<MetricFilter>('logs:DescribeMetricFilters', { logGroupName: logGroup.name }, 'metricFilters', { region: logGroup.region });
          return { logGroup, kind: 'read', filters: { ok: true, value: filters } };
        } catch (err) {
          if (!(err instanceof AwsCallError)) throw err;
          if (err.info.code === 'ResourceNotFoundException') return { logGroup, kind: 'missing' };
          return { logGroup, kind: 'read', filters: { ok: false, error: err.info } };
        }
      }),
    );
  },
});

export default [logGroups, trailMetricFilters];
