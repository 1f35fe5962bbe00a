import type { MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import type { Subscription, Topic } from '@aws-sdk/client-sns';
import { defineDataset, type FetchContext, type Fetched } from '../dataset.js';
import { alarmWatches, snsTopicActions } from './cloudwatch.js';

/**
 * A subscription as the data layer keeps it: ListSubscriptionsByTopic's answer reduced by the
 * catalogue's sanitize, so `Endpoint` holds only the endpoint's host (URL host name, email domain)
 * and is absent for endpoints without one (SMS, queues, functions).
 */
export type TopicSubscription = Subscription;

export interface PerTopic<T> {
  topicArn: string;
  result: Fetched<T>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'sns.topics': string[];
    'sns.topicAttributes': PerTopic<Record<string, string>>[];
    'sns.topicSubscriptions': PerTopic<TopicSubscription[]>[];
    'sns.alarmTopicSubscriptions': PerTopic<TopicSubscription[]>[];
  }
}

/** Get and List after ListTopics answer NotFound (SDK name NotFoundException) for a topic deleted meanwhile. */
const TOPIC_GONE = ['NotFound', 'NotFoundException'] as const;

/** The region of a topic ARN (`arn:aws:sns:<region>:<account>:<name>`). */
export const topicRegion = (arn: string): string | undefined => arn.split(':')[3] || undefined;

/** ListSubscriptionsByTopic asked once per topic, in the topic's region: the same request from every dataset. */
function subscriptionsOf(ctx: FetchContext, topicArn: string): Promise<TopicSubscription[]> {
  return ctx.list<TopicSubscription>('sns:ListSubscriptionsByTopic', { TopicArn: topicArn }, 'Subscriptions', { region: topicRegion(topicArn) ?? ctx.region });
}

export const topics = defineDataset({
  id: 'sns.topics',
  scope: 'regional',
  operations: ['sns:ListTopics'],
  async fetch(ctx) {
    const listed = await ctx.list<Topic>('sns:ListTopics', {}, 'Topics');
    return [...new Set(listed.flatMap((t) => (t.TopicArn ? [t.TopicArn] : [])))];
  },
});

export const topicAttributes = defineDataset({
  id: 'sns.topicAttributes',
  scope: 'regional',
  operations: ['sns:GetTopicAttributes'],
  deps: ['sns.topics'],
  async fetch(ctx) {
    const arns = await ctx.get('sns.topics');
    const read = await ctx.perItem(
      arns,
      async (topicArn) => (await ctx.call<{ Attributes?: Record<string, string> }>('sns:GetTopicAttributes', { TopicArn: topicArn }))?.Attributes ?? {},
      TOPIC_GONE,
    );
    return read.map(({ item, result }) => ({ topicArn: item, result }));
  },
});

export const topicSubscriptions = defineDataset({
  id: 'sns.topicSubscriptions',
  scope: 'regional',
  operations: ['sns:ListSubscriptionsByTopic'],
  deps: ['sns.topics'],
  async fetch(ctx) {
    const arns = await ctx.get('sns.topics');
    const read = await ctx.perItem(arns, (topicArn) => subscriptionsOf(ctx, topicArn), TOPIC_GONE);
    return read.map(({ item, result }) => ({ topicArn: item, result }));
  },
});

/**
 * The subscriptions of each SNS topic an alarm notifies when it watches a metric that a metric
 * filter of a trail's log group emits: the last link of the CIS monitoring controls. Topics are read
 * in their own region and may belong to another account (whose policy may refuse the read). A topic
 * deleted since the alarm was set up is left out: the alarm notifies no one.
 */
export const alarmTopicSubscriptions = defineDataset({
  id: 'sns.alarmTopicSubscriptions',
  scope: 'global',
  operations: ['sns:ListSubscriptionsByTopic'],
  deps: ['logs.trailMetricFilters', 'cloudwatch.trailLogGroupAlarms'],
  async fetch(ctx) {
    const groups = await ctx.get('logs.trailMetricFilters');
    const alarmsByRegion = new Map((await ctx.get('cloudwatch.trailLogGroupAlarms')).map((r) => [r.region, r.alarms]));
    const topicArns = new Set<string>();
    for (const group of groups) {
      if (group.kind !== 'read' || !group.filters.ok) continue;
      const regionAlarms = alarmsByRegion.get(group.logGroup.region);
      if (!regionAlarms?.ok) continue;
      const metrics = group.filters.value.flatMap((f: MetricFilter) => f.metricTransformations ?? []);
      for (const alarm of regionAlarms.value.metricAlarms) {
        if (!metrics.some((m) => m.metricName && m.metricNamespace && alarmWatches(alarm, { namespace: m.metricNamespace, name: m.metricName }))) continue;
        snsTopicActions(alarm).forEach((arn) => topicArns.add(arn));
      }
    }
    const read = await ctx.perItem([...topicArns].sort(), (topicArn) => subscriptionsOf(ctx, topicArn), TOPIC_GONE);
    return read.map(({ item, result }) => ({ topicArn: item, result }));
  },
});

export default [topics, topicAttributes, topicSubscriptions, alarmTopicSubscriptions];
