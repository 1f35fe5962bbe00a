// What a trail records, read from GetEventSelectors. A trail answers in one of two forms: basic
// event selectors (ReadWriteType, IncludeManagementEvents, DataResources) or advanced event
// selectors (field selectors such as eventCategory, readOnly, resources.type).

import type { AdvancedEventSelector, AdvancedFieldSelector, ReadWriteType } from '@aws-sdk/client-cloudtrail';
import type { EventSelectors } from '../../data/datasets/cloudtrail.js';

export type Access = 'read' | 'write';
interface Coverage {
  read: boolean;
  write: boolean;
}

const NONE: Coverage = { read: false, write: false };
const BOTH: Coverage = { read: true, write: true };
const S3_OBJECT = 'AWS::S3::Object';
/** `arn:aws:s3` and `arn:aws:s3:::` both mean every bucket, present and future; a bucket ARN does not. */
const ALL_BUCKETS = /^arn:[a-z-]+:s3(:::)?$/;

const union = (a: Coverage, b: Coverage): Coverage => ({ read: a.read || b.read, write: a.write || b.write });

/** An omitted ReadWriteType is `All` and an omitted IncludeManagementEvents is true: the API's documented defaults. */
function readWriteCoverage(type: ReadWriteType | string | undefined): Coverage {
  const normalised = type?.toLowerCase();
  if (normalised === undefined || normalised === 'all') return BOTH;
  if (normalised === 'readonly') return { read: true, write: false };
  if (normalised === 'writeonly') return { read: false, write: true };
  return NONE;
}

const fieldName = (f: AdvancedFieldSelector) => (f.Field ?? '').toLowerCase();
const fieldsOf = (s: AdvancedEventSelector) => s.FieldSelectors ?? [];
const lower = (values: string[] | undefined) => (values ?? []).map((v) => v.toLowerCase());

function fieldEquals(s: AdvancedEventSelector, field: string, value: string): boolean {
  return fieldsOf(s).some((f) => fieldName(f) === field.toLowerCase() && lower(f.Equals).includes(value.toLowerCase()));
}

/**
 * Which of read and write events an advanced selector keeps, from its readOnly fields (absent:
 * both). Several readOnly fields all apply; an operator other than Equals or NotEquals keeps nothing
 * we can vouch for.
 */
function readOnlyCoverage(s: AdvancedEventSelector): Coverage {
  let covered = BOTH;
  for (const f of fieldsOf(s).filter((f) => fieldName(f) === 'readonly')) {
    if (f.StartsWith?.length || f.EndsWith?.length || f.NotStartsWith?.length || f.NotEndsWith?.length) return NONE;
    const equals = lower(f.Equals);
    const notEquals = lower(f.NotEquals);
    const keeps = (value: string) => (equals.length === 0 || equals.includes(value)) && !notEquals.includes(value);
    covered = { read: covered.read && keeps('true'), write: covered.write && keeps('false') };
  }
  return covered;
}

/** The field selectors of a selector other than the allowed ones: each narrows what it records. */
function narrowingFields(s: AdvancedEventSelector, allowed: readonly string[]): AdvancedFieldSelector[] {
  return fieldsOf(s).filter((f) => !allowed.includes(fieldName(f)));
}

const list = (items: Iterable<string>) => [...new Set(items)].sort().join(', ');

/** What is missing from a coverage that is not both read and write. */
function partialCoverage(covered: Coverage, what: string): string {
  if (covered.write) return `records only write ${what}`;
  if (covered.read) return `records only read-only ${what}`;
  return `records no ${what}`;
}

/**
 * Why the selectors miss some management events, or undefined when they record every one: read and
 * write, from every event source. Selectors add up (a ReadOnly and a WriteOnly selector cover all).
 */
export function managementEventGap(selectors: EventSelectors): string | undefined {
  let covered = NONE;
  const excluded: string[] = [];
  const narrowedBy: string[] = [];
  for (const s of selectors.EventSelectors ?? []) {
    if (s.IncludeManagementEvents === false) continue;
    const exclusions = s.ExcludeManagementEventSources ?? [];
    if (exclusions.length) excluded.push(...exclusions);
    else covered = union(covered, readWriteCoverage(s.ReadWriteType));
  }
  for (const s of selectors.AdvancedEventSelectors ?? []) {
    if (!fieldEquals(s, 'eventCategory', 'Management')) continue;
    const narrowing = narrowingFields(s, ['eventcategory', 'readonly']);
    if (narrowing.length === 0) {
      covered = union(covered, readOnlyCoverage(s));
      continue;
    }
    for (const f of narrowing) {
      if (fieldName(f) === 'eventsource' && f.NotEquals?.length && !f.Equals?.length) excluded.push(...f.NotEquals);
      else narrowedBy.push(f.Field ?? '');
    }
  }
  if (covered.read && covered.write) return undefined;
  const parts: string[] = [];
  // "records no management events" would hide the exclusion that is the actual cause.
  if (covered.read || covered.write || (excluded.length === 0 && narrowedBy.length === 0)) parts.push(partialCoverage(covered, 'management events'));
  if (excluded.length) parts.push(`excludes management events from ${list(excluded)}`);
  if (narrowedBy.length) parts.push(`filters management events on ${list(narrowedBy)}`);
  return parts.join(' and ');
}

/**
 * Why the selectors miss some S3 object-level events of that access for some bucket, or undefined
 * when they record them for every bucket. A list of named buckets does not count, nor does an
 * advanced selector filtered on resources.ARN, eventName or any other field.
 */
export function s3DataEventGap(selectors: EventSelectors, access: Access): string | undefined {
  const what = `S3 object-level ${access} events`;
  let namedBuckets = 0;
  const narrowedBy: string[] = [];
  for (const s of selectors.EventSelectors ?? []) {
    if (!readWriteCoverage(s.ReadWriteType)[access]) continue;
    const values = (s.DataResources ?? []).filter((d) => d.Type === S3_OBJECT).flatMap((d) => d.Values ?? []);
    if (values.some((v) => ALL_BUCKETS.test(v))) return undefined;
    namedBuckets += values.length;
  }
  for (const s of selectors.AdvancedEventSelectors ?? []) {
    if (!fieldEquals(s, 'eventCategory', 'Data') || !fieldEquals(s, 'resources.type', S3_OBJECT)) continue;
    if (!readOnlyCoverage(s)[access]) continue;
    const narrowing = narrowingFields(s, ['eventcategory', 'resources.type', 'readonly']);
    if (narrowing.length === 0) return undefined;
    narrowedBy.push(...narrowing.map((f) => f.Field ?? ''));
  }
  if (namedBuckets) return `records ${what} only for ${namedBuckets} named bucket${namedBuckets === 1 ? '' : 's'}`;
  if (narrowedBy.length) return `records ${what} only where its ${list(narrowedBy)} filter matches`;
  return `records no ${what}`;
}
