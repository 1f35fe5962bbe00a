// Account settings that live in each region (GuardDuty, Security Hub, AWS Config, Access Analyzer,
// Systems Manager service settings): one result per scanned region with the region as the
// resource, and, where the setting is off, which other scanned regions have it on.

import type { ResourceRef } from '../define.js';
import type { Scoped } from '../../data/dataset.js';
import type { RegionRead } from '../../data/region-reads.js';

/**
 * The region as a resource: id `<account>/<region>`, ARN `arn:<partition>:<service>:<region>:<account>:<resource>`.
 * Stable across scans (it names the setting, not a detector or recorder id that may be recreated).
 */
export function regionRef(scope: Scoped, service: string, resource: string): ResourceRef {
  const { account, region } = scope;
  return { id: `${account.id}/${region}`, arn: `arn:${account.partition}:${service}:${region}:${account.id}:${resource}` };
}

/** The scanned regions, in scan order, whose value was read and satisfies `holds`. */
export function regionsWhere<T>(reads: readonly RegionRead<T>[], holds: (value: T, region: string) => boolean): string[] {
  return reads.flatMap(({ region, result }) => (result.ok && holds(result.value, region) ? [region] : []));
}

/** The scanned regions whose value could not be read. */
export function unreadRegions<T>(reads: readonly RegionRead<T>[]): string[] {
  return reads.flatMap(({ region, result }) => (result.ok ? [] : [region]));
}

/**
 * The sentence a FAIL adds about the other scanned regions: `Scanned regions where GuardDuty is
 * enabled: us-east-1.`, or `GuardDuty is enabled in none of the scanned regions.`, followed by the
 * regions that could not be read, if any.
 */
export function otherRegions<T>(reads: readonly RegionRead<T>[], subject: string, holds: (value: T, region: string) => boolean): string {
  const on = regionsWhere(reads, holds);
  const unread = unreadRegions(reads);
  const where = on.length > 0 ? `Scanned regions where ${subject}: ${on.join(', ')}.` : `${capitalise(subject)} in none of the scanned regions.`;
  return unread.length > 0 ? `${where} Could not be read in: ${unread.join(', ')}.` : where;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
