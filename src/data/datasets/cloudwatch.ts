import type { CompositeAlarm, MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { AwsCallError } from '../../aws/errors.js';
import { defineDataset, type Fetched } from '../dataset.js';

/** The alarms of one region: DescribeAlarms returns metric and composite alarms apart. */
export interface RegionAlarms {
  metricAlarms: MetricAlarm[];
  compositeAlarms: CompositeAlarm[];
}

/** The alarms of a region where a trail's log group turns events into metrics. */
export interface LogGroupRegionAlarms {
  region: string;
  alarms: Fetched<RegionAlarms>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'cloudwatch.alarms': RegionAlarms;
    'cloudwatch.trailLogGroupAlarms': LogGroupRegionAlarms[];
  }
}

/** Without AlarmTypes, DescribeAlarms leaves composite alarms out. 100 a page is its most. */
export const DESCRIBE_ALL_ALARMS = { AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], MaxRecords: 100 };

/** A metric as a metric filter emits it and an alarm watches it. */
export interface MetricId {
  namespace: string;
  name: string;
}

/**
 * Whether a metric alarm watches the metric: directly (Namespace and MetricName), or as one of the
 * metrics of a metric-math alarm (`Metrics[].MetricStat.Metric`).
 */
export function alarmWatches(alarm: MetricAlarm, metric: MetricId): boolean {
  if (alarm.Namespace === metric.namespace && alarm.MetricName === metric.name) return true;
  return (alarm.Metrics ?? []).some((q) => q.MetricStat?.Metric?.Namespace === metric.namespace && q.MetricStat.Metric.MetricName === metric.name);
}

/** The SNS topics among an alarm's ALARM-state actions (others are Auto Scaling, EC2, SSM or Lambda actions). */
export function snsTopicActions(alarm: { AlarmActions?: string[] }): string[] {
  return (alarm.AlarmActions ?? []).filter((action) => /^arn:[a-z-]+:sns:[a-z0-9-]+:\d{12}:[^:]+$/.test(action));
}

export const alarms = defineDataset({
  id: 'cloudwatch.alarms',
  scope: 'regional',
  operations: ['cloudwatch:DescribeAlarms'],
  async fetch(ctx): Promise<RegionAlarms> {
    const pages = await ctx.pages<{ MetricAlarms?: MetricAlarm[]; CompositeAlarms?: CompositeAlarm[] }>('cloudwatch:DescribeAlarms', DESCRIBE_ALL_ALARMS);
    return {
      metricAlarms: pages.flatMap((p) => p.MetricAlarms ?? []),
      compositeAlarms: pages.flatMap((p) => p.CompositeAlarms ?? []),
    };
  },
});

/**
 * The alarms of each region holding a trail log group (of this account) with metric filters: the
 * metrics of those filters live there, and so must the alarms on them. The same requests as
 * `cloudwatch.alarms` in that region, sent once.
 */
export const trailLogGroupAlarms = defineDataset({
  id: 'cloudwatch.trailLogGroupAlarms',
  scope: 'global',
  operations: [],
  deps: ['logs.trailMetricFilters', 'cloudwatch.alarms'],
  async fetch(ctx) {
    const groups = await ctx.get('logs.trailMetricFilters');
    const regions = [...new Set(groups.flatMap((g) => (g.kind === 'read' && g.filters.ok && g.filters.value.length > 0 ? [g.logGroup.region] : [])))].sort();
    return Promise.all(
      regions.map(async (region): Promise<LogGroupRegionAlarms> => {
        try {
          return { region, alarms: { ok: true, value: await ctx.get('cloudwatch.alarms', region) } };
        } catch (err) {
          if (!(err instanceof AwsCallError)) throw err;
          return { region, alarms: { ok: false, error: err.info } };
        }
      }),
    );
  },
});

export default [alarms, trailLogGroupAlarms];
