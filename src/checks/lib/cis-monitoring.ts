// The CIS monitoring controls (CIS AWS Foundations Benchmark v5.0.0 4.1 to 4.15, Security Hub
// CloudWatch.1 to .14): one evaluator for all fifteen, one result per account. It follows the CIS
// audit procedure link by link, and a FAIL names the first link that is missing:
//   1. a multi-Region trail that is logging, records all management events and sends them to a
//      CloudWatch Logs log group;
//   2. the metric filters of that log group, read in the log group's region;
//   3. a filter whose pattern is equivalent to or broader than the control's;
//   4. an alarm on the filter's metric, with actions enabled and an SNS topic among them;
//   5. a confirmed subscription to that topic.

import type { MetricFilter, MetricTransformation } from '@aws-sdk/client-cloudwatch-logs';
import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { DatasetTypes } from '../../data/dataset.js';
import { alarmWatches, snsTopicActions } from '../../data/datasets/cloudwatch.js';
import type { TrailLogGroupFilters } from '../../data/datasets/logs.js';
import type { TopicSubscription } from '../../data/datasets/sns.js';
import type { AwsErrorInfo, Finding } from '../../model.js';
import { defineCheck, type AnyCheck, type CheckContext, type ResourceRef } from '../define.js';
import { managementEventGap } from './cloudtrail-event-selectors.js';
import { searchAccountTrails, trailName, type TrailRecord } from './cloudtrail-trails.js';
import { conditionText, describeMissing, implies, parseFilterPattern, shortfall, type Alternatives, type Condition, type Shortfall } from './logs-filter-pattern.js';

/** One CIS monitoring control: what it watches and the patterns that satisfy it. */
export interface MonitoringControl {
  /** CIS v5 (and v3) recommendation number, e.g. `4.1`. */
  cis: string;
  /** The events watched, as a plural noun phrase: "unauthorized API calls". */
  events: string;
  /** The CIS v5.0.0 filter pattern. */
  pattern: string;
  /** Other patterns the catalogue accepts, each with where it comes from. */
  variants?: ReadonlyArray<{ pattern: string; source: string }>;
}

/** The datasets every monitoring check reads. */
export const MONITORING_READS = [
  'cloudtrail.trails',
  'cloudtrail.trailStatuses',
  'cloudtrail.eventSelectors',
  'logs.trailMetricFilters',
  'cloudwatch.trailLogGroupAlarms',
  'sns.alarmTopicSubscriptions',
] as const;

type MonitoringData = { [K in (typeof MONITORING_READS)[number]]: DatasetTypes[K] };

const SIEM_NOTE = 'If a SIEM alerts on these events instead, suppress this finding with that reason.';

const parsedControls = new WeakMap<MonitoringControl, Array<{ alternatives: Alternatives; source: string }>>();

/** The parsed patterns of a control, primary first (parsed once). */
function requiredAlternatives(control: MonitoringControl): Array<{ alternatives: Alternatives; source: string }> {
  let parsed = parsedControls.get(control);
  if (!parsed) {
    parsed = [{ pattern: control.pattern, source: `CIS v5 ${control.cis}` }, ...(control.variants ?? [])].map(({ pattern, source }) => {
      const read = parseFilterPattern(pattern);
      if (!read.ok) throw new Error(`The ${source} pattern does not parse: ${read.reason}`);
      return { alternatives: read.alternatives, source };
    });
    parsedControls.set(control, parsed);
  }
  return parsed;
}

/**
 * How a filter's pattern compares with the control: it covers the control's pattern or an accepted
 * variant, or it falls short of the closest one (`of`: how many alternatives that one has).
 */
export type PatternVerdict =
  | { kind: 'covers'; source: string }
  /** `related`: some condition of the filter follows from the control's, so it is worth naming as a near miss. */
  | { kind: 'short'; shortfall: Shortfall; related: boolean }
  | { kind: 'unreadable'; json: boolean; reason: string };

/** Whether a filter pattern is equivalent to or broader than the control's pattern or an accepted variant. */
export function judgePattern(control: MonitoringControl, pattern: string): PatternVerdict {
  const parsed = parseFilterPattern(pattern);
  if (!parsed.ok) return { kind: 'unreadable', json: parsed.json, reason: parsed.reason };
  let closest: Shortfall | undefined;
  let related = false;
  for (const { alternatives, source } of requiredAlternatives(control)) {
    const gap = shortfall(parsed.alternatives, alternatives);
    if (!gap) return { kind: 'covers', source };
    if (!closest || weight(gap) < weight(closest)) closest = gap;
    // Related: a condition that selects events (not one that only excludes some) follows from the control's.
    related ||= parsed.alternatives.some((alt) => alt.some((c) => selects(c) && alternatives.some((req) => req.some((r) => implies(r, c)))));
  }
  return { kind: 'short', shortfall: closest!, related };
}

const selects = (c: Condition) => c.kind === 'test' || c.op !== '!=';

/** How far a pattern is from covering: the conditions it would need, and those it would have to drop. */
const weight = (s: Shortfall) => s.missing.reduce((n, alt) => n + alt.length, 0) + s.narrowing.length;

function describeShortfall(s: Shortfall): string {
  const parts: string[] = [];
  if (s.missing.length) parts.push(`does not match ${describeMissing(s.missing)}`);
  if (s.narrowing.length) parts.push(`narrows the match with the AND-ed condition${s.narrowing.length === 1 ? '' : 's'} ${s.narrowing.map(conditionText).join(', ')}`);
  return parts.join(' and ');
}

/** Where a path from the trail to a subscriber stopped: the later the link, the closer it came. */
type Outcome =
  | { kind: 'pass'; message: string }
  | { kind: 'fail'; link: number; message: string }
  /** With `error`: `what` is what could not be read; without: why the link is unknown. */
  | { kind: 'error'; what: string; error?: AwsErrorInfo };

const LINK = { logGroup: 2, filter: 3, alarm: 4, action: 5, subscriber: 6 } as const;

const quote = (pattern: string | undefined) => `'${(pattern ?? '').trim()}'`;
const metricText = (m: MetricTransformation) => `${m.metricNamespace}/${m.metricName}`;
const logGroupText = (g: { name: string; region: string }) => `log group ${g.name} (${g.region})`;

function alarmCondition(alarm: MetricAlarm): string {
  if (!alarm.MetricName && alarm.Metrics?.length) return 'a metric-math expression';
  const statistic = alarm.Statistic ?? alarm.ExtendedStatistic ?? 'unknown statistic';
  return `${statistic} ${alarm.ComparisonOperator ?? '?'} ${alarm.Threshold ?? '?'} over ${alarm.Period ?? '?'} s`;
}

/** The outcomes of every path from one log group to a subscriber. */
function logGroupOutcomes(control: MonitoringControl, entry: TrailLogGroupFilters, data: MonitoringData, ctx: CheckContext): Outcome[] {
  if (entry.kind === 'unparseable') return [{ kind: 'error', what: `the trail's CloudWatch Logs group ${entry.logGroup.arn} is not a log group ARN` }];
  const group = entry.logGroup;
  if (entry.kind === 'foreign') {
    return [{ kind: 'error', what: `${logGroupText(group)} belongs to account ${group.accountId}, and its metric filters cannot be read from account ${ctx.account.id}: check that account (${group.arn})` }];
  }
  if (entry.kind === 'missing') return [{ kind: 'fail', link: LINK.logGroup, message: `${logGroupText(group)}, where the trail sends its events, does not exist` }];
  if (!entry.filters.ok) return [{ kind: 'error', error: entry.filters.error, what: `the metric filters of ${logGroupText(group)}` }];
  const filters = entry.filters.value;
  if (filters.length === 0) return [{ kind: 'fail', link: LINK.filter, message: `${logGroupText(group)} has no metric filter` }];

  const matching: MetricFilter[] = [];
  const unreadable: string[] = [];
  let closest: { filter: MetricFilter; shortfall: Shortfall } | undefined;
  for (const filter of filters) {
    const verdict = judgePattern(control, filter.filterPattern ?? '');
    if (verdict.kind === 'covers') matching.push(filter);
    else if (verdict.kind === 'unreadable') {
      if (verdict.json) unreadable.push(`${filter.filterName} (${verdict.reason})`);
    } else if (verdict.related && (!closest || weight(verdict.shortfall) < weight(closest.shortfall))) {
      closest = { filter, shortfall: verdict.shortfall };
    }
  }
  if (matching.length === 0) {
    const none = `no metric filter of ${logGroupText(group)} matches the CIS ${control.cis} pattern ${quote(control.pattern)}`;
    if (unreadable.length) return [{ kind: 'error', what: `${none} as far as can be read, but the pattern of ${unreadable.join(', ')} could not be parsed` }];
    const near = closest ? ` (closest: filter ${closest.filter.filterName} ${quote(closest.filter.filterPattern)} ${describeShortfall(closest.shortfall)})` : '';
    return [{ kind: 'fail', link: LINK.filter, message: `${none}${near}` }];
  }

  const regionAlarms = data['cloudwatch.trailLogGroupAlarms'].find((r) => r.region === group.region);
  if (!regionAlarms) return [{ kind: 'error', what: `the alarms of ${group.region} were not read` }];
  if (!regionAlarms.alarms.ok) return [{ kind: 'error', error: regionAlarms.alarms.error, what: `the CloudWatch alarms of ${group.region}` }];
  const alarms = regionAlarms.alarms.value.metricAlarms;
  const subscriptions = new Map(data['sns.alarmTopicSubscriptions'].map((t) => [t.topicArn, t.result]));

  return matching.flatMap((filter) => {
    const named = `metric filter ${filter.filterName} ${quote(filter.filterPattern)} on ${logGroupText(group)}`;
    const metrics = (filter.metricTransformations ?? []).filter((m) => m.metricName && m.metricNamespace);
    if (metrics.length === 0) return [{ kind: 'fail' as const, link: LINK.alarm, message: `${named} publishes no metric` }];
    return metrics.flatMap((metric): Outcome[] => {
      const id = { namespace: metric.metricNamespace!, name: metric.metricName! };
      const watching = alarms.filter((a) => alarmWatches(a, id));
      const where = `${named}, metric ${metricText(metric)}`;
      if (watching.length === 0) {
        const elsewhere = alarms.filter((a) => a.MetricName === id.name && a.Namespace !== id.namespace);
        const hint = elsewhere.length ? ` (alarm ${elsewhere.map((a) => `${a.AlarmName} watches ${a.Namespace}/${a.MetricName}`).join(', alarm ')}, another namespace)` : '';
        return [{ kind: 'fail', link: LINK.alarm, message: `no CloudWatch alarm in ${group.region} watches the metric ${metricText(metric)} of ${named}${hint}` }];
      }
      return watching.flatMap((alarm): Outcome[] => {
        const label = `alarm ${alarm.AlarmName} (${alarmCondition(alarm)}) on ${where}`;
        if (alarm.ActionsEnabled === undefined) return [{ kind: 'error', what: `the answer for ${label} does not say whether its actions are enabled` }];
        if (alarm.ActionsEnabled !== true) return [{ kind: 'fail', link: LINK.action, message: `${label} has its actions disabled, so it would not notify anyone` }];
        const topics = snsTopicActions(alarm);
        if (topics.length === 0) return [{ kind: 'fail', link: LINK.action, message: `${label} notifies no SNS topic when it goes to ALARM` }];
        return topics.map((topicArn): Outcome => {
          const read = subscriptions.get(topicArn);
          if (!read) return { kind: 'fail', link: LINK.subscriber, message: `${label} notifies SNS topic ${topicArn}, which does not exist` };
          if (!read.ok) return { kind: 'error', error: read.error, what: `the subscriptions of SNS topic ${topicArn}, notified by ${label}` };
          const confirmed = read.value.filter(isConfirmed);
          if (confirmed.length === 0) return { kind: 'fail', link: LINK.subscriber, message: `${label} notifies SNS topic ${topicArn}, which has no confirmed subscription${pendingNote(read.value)}` };
          return {
            kind: 'pass',
            message: `${label} notifies SNS topic ${topicArn}, which has ${confirmed.length} confirmed subscription${confirmed.length === 1 ? '' : 's'} (${[...new Set(confirmed.map((s) => s.Protocol ?? 'unknown protocol'))].join(', ')})`,
          };
        });
      });
    });
  });
}

/** A subscription is live once confirmed: its ARN is a real ARN, not `PendingConfirmation` or `Deleted`. */
const isConfirmed = (s: TopicSubscription) => typeof s.SubscriptionArn === 'string' && s.SubscriptionArn.startsWith('arn:');

function pendingNote(subs: readonly TopicSubscription[]): string {
  const pending = subs.filter((s) => s.SubscriptionArn === 'PendingConfirmation').length;
  return pending ? ` (${pending} pending confirmation)` : '';
}

function monitoringAccountRef(ctx: CheckContext): ResourceRef {
  return { id: ctx.account.id, arn: `arn:${ctx.account.partition}:cloudwatch::${ctx.account.id}:*` };
}

const requiresLogGroup = (trail: TrailRecord) => (trail.CloudWatchLogsLogGroupArn ? undefined : 'does not send its events to CloudWatch Logs');

/** The one account-level finding of a CIS monitoring control. */
export function evaluateMonitoring(control: MonitoringControl, data: MonitoringData, ctx: CheckContext): Finding[] {
  const account = monitoringAccountRef(ctx);
  const what = `CIS ${control.cis} monitoring of ${control.events}`;
  const search = searchAccountTrails(data['cloudtrail.trails'], data['cloudtrail.trailStatuses'], data['cloudtrail.eventSelectors'], managementEventGap, requiresLogGroup);
  const groups = new Map(data['logs.trailMetricFilters'].map((g) => [g.logGroup.arn, g]));
  const outcomesOf = (trail: TrailRecord): Path[] => {
    const entry = groups.get(trail.CloudWatchLogsLogGroupArn ?? '');
    if (!entry) return [{ trail, outcome: { kind: 'error', what: `the metric filters of ${trail.CloudWatchLogsLogGroupArn} were not read` } }];
    return logGroupOutcomes(control, entry, data, ctx).map((outcome) => ({ trail, outcome }));
  };

  const paths = search.qualifying.flatMap(outcomesOf);
  const passed = paths.find(isPass);
  if (passed) {
    return [ctx.pass(account, `${capitalize(control.events)} are monitored: multi-Region trail ${trailName(passed.trail)} sends all management events to CloudWatch Logs, and ${passed.outcome.message}.`)];
  }
  // A trail that could not be read might have qualified; it matters unless its chain is known to be broken.
  const uncertain: Array<{ trail: TrailRecord; error?: AwsErrorInfo; why?: string }> = [...search.unreadable, ...search.unknown];
  for (const u of uncertain) {
    const chain = outcomesOf(u.trail);
    const complete = chain.find(isPass);
    const unknown = chain.find(isError);
    if (!complete && !unknown) continue;
    const rest = complete ? `its log group has a complete alarm chain (${complete.outcome.message})` : `its alarm chain is unknown too (${unknown!.outcome.what})`;
    if (u.error) return [ctx.error(account, u.error, `${what} (multi-Region trail ${trailName(u.trail)} could not be read, and ${rest})`)];
    return [ctx.undetermined(account, `Whether ${control.events} are monitored is unknown: ${u.why}, and ${rest}. ${SIEM_NOTE}`)];
  }
  const error = paths.find(isError);
  if (error) {
    const o = error.outcome;
    if (o.error) return [ctx.error(account, o.error, `${what} (${o.what}; no other path notifies anyone)`)];
    return [ctx.undetermined(account, `Whether ${control.events} are monitored is unknown: ${o.what}. ${SIEM_NOTE}`)];
  }
  if (paths.length === 0) {
    const reasons = [...search.reasons, ...uncertain.map((u) => `${trailName(u.trail)} could not be read, and its log group does not complete the chain either`)];
    return [
      ctx.fail(
        account,
        `${capitalize(control.events)} are not monitored through CloudWatch: no multi-Region trail that is logging and records all management events delivers them to CloudWatch Logs (${reasons.length ? reasons.join('; ') : 'the account has no trail'}). ${SIEM_NOTE}`,
      ),
    ];
  }
  const deepest = Math.max(...paths.map((p) => (p.outcome.kind === 'fail' ? p.outcome.link : 0)));
  const shortfalls = [...new Set(paths.flatMap((p) => (p.outcome.kind === 'fail' && p.outcome.link === deepest ? [`trail ${trailName(p.trail)}: ${p.outcome.message}`] : [])))];
  return [ctx.fail(account, `${capitalize(control.events)} are not monitored through CloudWatch: ${shortfalls.join('; ')}. ${SIEM_NOTE}`)];
}

type Path = { trail: TrailRecord; outcome: Outcome };
const isPass = (p: Path): p is Path & { outcome: Extract<Outcome, { kind: 'pass' }> } => p.outcome.kind === 'pass';
const isError = (p: Path): p is Path & { outcome: Extract<Outcome, { kind: 'error' }> } => p.outcome.kind === 'error';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A CIS monitoring check: metadata built from the control, one shared evaluation. */
export function monitoringCheck(control: MonitoringControl, fields: { id: string; title: string; risk: string; securityHub?: string }): AnyCheck {
  const variants = control.variants?.length ? ` (also accepted: ${control.variants.map((v) => `${v.source}, ${quote(v.pattern)}`).join('; ')})` : '';
  return defineCheck({
    id: fields.id,
    title: fields.title,
    pillar: 'detection',
    service: 'cloudwatch',
    severity: 'low',
    resourceType: 'AWS::::Account',
    description: `One result for the account, following the CIS ${control.cis} audit procedure: a multi-Region trail that is logging and records all management events (read and write, nothing excluded) sends them to a CloudWatch Logs log group; that log group, read in its own region, has a metric filter whose pattern is equivalent to or broader than ${quote(control.pattern)}${variants}; an alarm in that region watches the filter's metric (namespace and name, or a metric-math alarm using it) with actions enabled and an SNS topic among its ALARM actions; and the topic has at least one confirmed subscription. Patterns are parsed, not compared as text: extra OR-ed event names widen the filter and pass, an extra AND-ed condition narrows it and fails. Threshold, period and statistic are reported, not judged. A FAIL names the first missing link; CIS also accepts alerting from an external SIEM, which the scanner cannot see (suppress the finding with that reason).`,
    risk: fields.risk,
    remediation: {
      text: `On the log group the multi-Region trail sends its events to, create a metric filter with the CIS ${control.cis} pattern, an alarm on its metric (Sum >= 1 over 300 seconds, as CIS suggests) whose ALARM action is an SNS topic, and subscribe a confirmed endpoint (email, chat, incident tool) to the topic.`,
      console: 'CloudWatch > Log groups > the trail\'s log group > Metric filters > Create metric filter; then Alarms > Create alarm on the new metric, with an SNS topic notification; SNS > Topics > Create subscription, and confirm it.',
      cli: `aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name cis-${control.cis} --metric-transformations metricName=cis-${control.cis},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern ${quote(control.pattern)} && aws cloudwatch put-metric-alarm --alarm-name cis-${control.cis} --metric-name cis-${control.cis} --namespace CISBenchmark --statistic Sum --period 300 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --alarm-actions <sns-topic-arn>`,
    },
    references: {
      cis: { v5: control.cis, v3: control.cis },
      ...(fields.securityHub ? { securityHub: { ids: [fields.securityHub], standard: 'other' as const } } : {}),
      docs: [
        'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
        'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
        ...(fields.securityHub ? [`https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-${fields.securityHub.split('.')[1]}`] : []),
      ],
    },
    reads: MONITORING_READS,
    evaluate: (data, ctx) => evaluateMonitoring(control, data, ctx),
  });
}
