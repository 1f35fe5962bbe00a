// How CloudWatch alarm checks name alarms, and which composite alarms take over an alarm's actions.

import type { CompositeAlarm, MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { CheckContext, ResourceRef } from '../define.js';

export function alarmRef(alarm: MetricAlarm | CompositeAlarm, ctx: Pick<CheckContext, 'account' | 'region'>): ResourceRef {
  const name = alarm.AlarmName ?? 'unknown';
  return { id: name, arn: alarm.AlarmArn ?? `arn:${ctx.account.partition}:cloudwatch:${ctx.region}:${ctx.account.id}:alarm:${name}` };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a composite alarm's rule refers to an alarm, by name or ARN: `ALARM("cpu-high")`,
 * `OK(cpu-high)`, `AT_LEAST(2, ALARM, ("a", "b"))` or the alarm's ARN in any of them.
 */
export function ruleReferences(rule: string, alarm: { AlarmName?: string; AlarmArn?: string }): boolean {
  return [alarm.AlarmName, alarm.AlarmArn].some((ref) => !!ref && new RegExp(`(^|[\\s(,"])${escape(ref)}($|[\\s),"])`).test(rule));
}

/**
 * The composite alarms that have ALARM actions and, directly or through other composite alarms,
 * refer to the alarm: any of them notifies when it fires.
 */
export function notifyingComposites(alarm: MetricAlarm, composites: readonly CompositeAlarm[]): CompositeAlarm[] {
  const found: CompositeAlarm[] = [];
  const seen = new Set<CompositeAlarm>();
  let frontier: Array<MetricAlarm | CompositeAlarm> = [alarm];
  while (frontier.length) {
    const parents = composites.filter((c) => !seen.has(c) && frontier.some((child) => ruleReferences(c.AlarmRule ?? '', child)));
    parents.forEach((p) => seen.add(p));
    found.push(...parents.filter((p) => (p.AlarmActions ?? []).length > 0));
    frontier = parents;
  }
  return found;
}
