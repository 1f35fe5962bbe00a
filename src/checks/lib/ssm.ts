// Systems Manager resources as findings name them, and the compliance summaries of managed nodes.

import type { ResourceComplianceSummaryItem, SeveritySummary } from '@aws-sdk/client-ssm';
import type { ResourceRef } from '../define.js';
import type { Scoped } from '../../data/dataset.js';
import { secretWordIn } from '../../secrets/detector.js';

export function ssmArn(scope: Scoped, resource: string): string {
  return `arn:${scope.account.partition}:ssm:${scope.region}:${scope.account.id}:${resource}`;
}

export function documentRef(scope: Scoped, name: string): ResourceRef {
  return { id: name, arn: ssmArn(scope, `document/${name}`) };
}

/** A managed node: an EC2 instance (`i-`) by its EC2 ARN, a hybrid node (`mi-`) by its SSM ARN. */
export function managedNodeRef(scope: Scoped, id: string): ResourceRef {
  if (id.startsWith('i-')) return { id, arn: `arn:${scope.account.partition}:ec2:${scope.region}:${scope.account.id}:instance/${id}` };
  return { id, arn: ssmArn(scope, `managed-instance/${id}`) };
}

const SEVERITIES: Array<[keyof SeveritySummary, string]> = [
  ['CriticalCount', 'critical'],
  ['HighCount', 'high'],
  ['MediumCount', 'medium'],
  ['LowCount', 'low'],
  ['InformationalCount', 'informational'],
  ['UnspecifiedCount', 'unspecified'],
];

/** `3 non-compliant patches (1 critical, 2 high)`, from the item's NonCompliantSummary. */
export function nonCompliantCounts(item: ResourceComplianceSummaryItem, noun: 'patch' | 'association'): string {
  const summary = item.NonCompliantSummary;
  const total = summary?.NonCompliantCount;
  const bySeverity = SEVERITIES.flatMap(([key, label]) => {
    const n = summary?.SeveritySummary?.[key] ?? 0;
    return n > 0 ? [`${n} ${label}`] : [];
  });
  const plural = noun === 'patch' ? 'patches' : 'associations';
  const head = total === undefined ? `non-compliant ${plural}` : `${total} non-compliant ${total === 1 ? noun : plural}`;
  return bySeverity.length > 0 ? `${head} (${bySeverity.join(', ')})` : head;
}

const STALE_DAYS = 30;

/** ` The compliance data dates from 2026-08-01, more than 30 days ago.`, or nothing. */
export function staleness(item: ResourceComplianceSummaryItem, now: Date): string {
  const at = item.ExecutionSummary?.ExecutionTime;
  if (!at) return '';
  const when = new Date(at);
  if (Number.isNaN(when.getTime())) return '';
  const days = (now.getTime() - when.getTime()) / 86_400_000;
  return days > STALE_DAYS ? ` The compliance data dates from ${when.toISOString().slice(0, 10)}, more than ${STALE_DAYS} days ago.` : '';
}

/**
 * The secret word in a parameter's name: in its last path segment, else in the whole path (which
 * also catches words split across segments, `/api/key`), tokenized as the detector's name rule.
 */
export function secretWordOfParameter(name: string): string | undefined {
  const last = name.split('/').filter(Boolean).at(-1) ?? name;
  return secretWordIn(last) ?? secretWordIn(name);
}

