// Whether an AWS Backup plan of the region protects a resource: the one reading of backup plan
// selections (resource assignments) that the four "in a backup plan" checks share (EFS.2,
// DynamoDB.4, EC2.28, RDS.26).
//
// A selection selects a resource when
//   - its ARN matches an entry of `Resources` (`*` wildcards), or its tags match one entry of
//     `ListOfTags` (OR of STRINGEQUALS), or the selection names neither (then it selects everything);
//   - its ARN matches no entry of `NotResources`;
//   - its tags satisfy every entry of `Conditions` (AND of StringEquals, StringLike,
//     StringNotEquals, StringNotLike on `aws:ResourceTag/<key>`);
// and the selection protects it only when the resource type is opted in for the region
// (`DescribeRegionSettings` `ResourceTypeOptInPreference`), as the catalogue reads it.
// Sources: AWS Backup API `BackupSelection`, `Conditions` and `Condition`, and "Assign resources
// with AWS CLI" ("Resources" combined with OR, "Conditions" with AND; Resources and ListOfTags
// combined with OR).

import type { BackupSelection } from '@aws-sdk/client-backup';
import type { Fetched } from '../../data/dataset.js';
import type { PlanSelections } from '../../data/datasets/backup.js';
import { wildcardMatch } from '../../glob.js';
import type { AwsErrorInfo, Finding } from '../../model.js';
import type { CheckContext, ResourceRef } from '../define.js';

/** The keys of `ResourceTypeOptInPreference` for the resource types these checks judge. */
export type BackupResourceType = 'EFS' | 'DynamoDB' | 'EBS' | 'RDS';

export type Tags = Readonly<Record<string, string>>;

export interface BackupSubject {
  arn: string;
  type: BackupResourceType;
  /**
   * The resource's tags, from its own describe call. Undefined when they were not read because no
   * selection of the region filters by tags (DynamoDB reads tags with a request of its own).
   */
  tags: Fetched<Tags> | undefined;
}

export interface SelectionName {
  plan: string;
  selection: string;
}

export type Coverage =
  | { state: 'covered'; by: SelectionName[] }
  | { state: 'not-covered'; reason: string }
  | { state: 'unknown'; reason: string; error?: AwsErrorInfo };

/** `[{Key, Value}]` as EC2, EFS, RDS and DynamoDB return tags, as a map. */
export function tagMap(tags: ReadonlyArray<{ Key?: string | undefined; Value?: string | undefined }> | undefined): Tags {
  const map: Record<string, string> = {};
  for (const tag of tags ?? []) if (typeof tag.Key === 'string') map[tag.Key] = tag.Value ?? '';
  return map;
}

const RESOURCE_TAG = /^aws:resourcetag\//i;

/** The tag key a condition names: `aws:ResourceTag/backup` and (in ListOfTags) `backup` alike. */
function tagKeyOf(conditionKey: string): string {
  return conditionKey.replace(RESOURCE_TAG, '');
}

type Operator = 'StringEquals' | 'StringNotEquals' | 'StringLike' | 'StringNotLike';
const OPERATORS: readonly Operator[] = ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike'];

export interface TagCondition {
  operator: Operator;
  key: string;
  value: string;
}

function conditionsOf(selection: BackupSelection): TagCondition[] {
  const conditions = selection.Conditions ?? {};
  return OPERATORS.flatMap((operator) =>
    (conditions[operator] ?? []).map((c) => ({ operator, key: tagKeyOf(c.ConditionKey ?? ''), value: c.ConditionValue ?? '' })),
  );
}

/**
 * One condition on the tags, read as IAM reads tag conditions (AWS Backup calls its arithmetic
 * "similar to that in IAM policies"): keys and values case-sensitive, `*` and `?` wildcards for
 * the Like forms, and the negated forms true when the tag is absent.
 */
export function conditionHolds(condition: TagCondition, tags: Tags): boolean {
  const value = Object.hasOwn(tags, condition.key) ? tags[condition.key] : undefined;
  switch (condition.operator) {
    case 'StringEquals':
      return value === condition.value;
    case 'StringLike':
      return value !== undefined && wildcardMatch(condition.value, value);
    case 'StringNotEquals':
      return value === undefined || value !== condition.value;
    case 'StringNotLike':
      return value === undefined || !wildcardMatch(condition.value, value);
  }
}

function describeCondition(c: TagCondition): string {
  return `${c.operator} aws:ResourceTag/${c.key} ${JSON.stringify(c.value)}`;
}

type Match = { kind: 'selects' } | { kind: 'skips'; why?: string } | { kind: 'unknown'; reason: string; error?: AwsErrorInfo };

/** Whether one selection selects the subject, opt-in aside. */
export function selectionMatches(selection: BackupSelection, subject: BackupSubject): Match {
  const resources = selection.Resources ?? [];
  const listOfTags = selection.ListOfTags ?? [];
  const conditions = conditionsOf(selection);
  // Neither Resources nor ListOfTags: every resource (of the opted-in types) is a candidate.
  const everything = resources.length === 0 && listOfTags.length === 0;
  const byArn = resources.some((pattern) => wildcardMatch(pattern, subject.arn));
  if (!everything && !byArn && listOfTags.length === 0) return { kind: 'skips' };
  const excludedBy = (selection.NotResources ?? []).find((pattern) => wildcardMatch(pattern, subject.arn));
  if (excludedBy) return { kind: 'skips', ...(everything || byArn ? { why: `NotResources excludes it (${excludedBy})` } : {}) };
  const byTagsOnly = !everything && !byArn;
  let tags: Tags = {};
  if (byTagsOnly || conditions.length > 0) {
    if (!subject.tags) return { kind: 'unknown', reason: 'its tags were not read' };
    if (!subject.tags.ok) return { kind: 'unknown', reason: 'its tags could not be read', error: subject.tags.error };
    tags = subject.tags.value;
  }
  if (byTagsOnly) {
    const equalsOnly = listOfTags.every((t) => (t.ConditionType ?? '').toUpperCase() === 'STRINGEQUALS');
    const hit = listOfTags.some(
      (t) => (t.ConditionType ?? '').toUpperCase() === 'STRINGEQUALS' && conditionHolds({ operator: 'StringEquals', key: tagKeyOf(t.ConditionKey ?? ''), value: t.ConditionValue ?? '' }, tags),
    );
    if (!hit && !equalsOnly) return { kind: 'unknown', reason: 'its ListOfTags holds a condition type other than STRINGEQUALS' };
    if (!hit) {
      if (resources.length > 0) return { kind: 'skips' };
      const wanted = listOfTags.map((t) => `${tagKeyOf(t.ConditionKey ?? '')}=${t.ConditionValue ?? ''}`).join(' or ');
      return { kind: 'skips', why: `it has none of the tags the selection asks for (${wanted})` };
    }
  }
  const unmet = conditions.filter((c) => !conditionHolds(c, tags));
  if (unmet.length) return { kind: 'skips', why: `it does not meet ${unmet.map(describeCondition).join(' and ')}` };
  return { kind: 'selects' };
}

const TYPE_NAMES: Record<BackupResourceType, string> = { EFS: 'EFS', DynamoDB: 'DynamoDB', EBS: 'EBS', RDS: 'RDS' };

function named(plan: PlanSelections['plan'], entry: { SelectionName?: string | undefined; SelectionId?: string | undefined }, selection?: BackupSelection): SelectionName {
  return {
    plan: plan.BackupPlanName ?? plan.BackupPlanId ?? 'unknown plan',
    selection: entry.SelectionName ?? selection?.SelectionName ?? entry.SelectionId ?? 'unknown selection',
  };
}

export function selectionText(name: SelectionName): string {
  return `backup plan "${name.plan}" (selection "${name.selection}")`;
}

/**
 * Whether some plan of the region protects the subject. Covered when a readable selection selects
 * it and its type is opted in; unknown when nothing readable selects it but a plan, a selection or
 * the subject's tags could not be read; otherwise not covered, with the reason.
 */
export function backupCoverage(subject: BackupSubject, plans: readonly PlanSelections[], optIn: Fetched<Readonly<Record<string, boolean>>>): Coverage {
  const selecting: SelectionName[] = [];
  const whys: string[] = [];
  let unknown: { reason: string; error?: AwsErrorInfo } | undefined;
  let selectionCount = 0;
  for (const { plan, selections } of plans) {
    if (!selections.ok) {
      unknown ??= { reason: `the selections of backup plan "${plan.BackupPlanName ?? plan.BackupPlanId}" could not be listed`, error: selections.error };
      continue;
    }
    for (const { entry, selection } of selections.value) {
      selectionCount++;
      if (!selection.ok) {
        unknown ??= { reason: `${selectionText(named(plan, entry))} could not be read`, error: selection.error };
        continue;
      }
      const match = selectionMatches(selection.value, subject);
      const name = named(plan, entry, selection.value);
      if (match.kind === 'selects') selecting.push(name);
      else if (match.kind === 'unknown') unknown ??= { reason: `whether ${selectionText(name)} selects it is unknown: ${match.reason}`, ...(match.error ? { error: match.error } : {}) };
      else if (match.why) whys.push(`${selectionText(name)} could select it, but ${match.why}`);
    }
  }
  const type = TYPE_NAMES[subject.type];
  const preference = optIn.ok ? optIn.value[subject.type] : undefined;
  if (selecting.length) {
    if (!optIn.ok) return { state: 'unknown', reason: `whether AWS Backup is opted in for ${type} in the region could not be read`, error: optIn.error };
    if (preference === true) return { state: 'covered', by: selecting };
    if (preference === false)
      return {
        state: 'not-covered',
        reason: `${selectionText(selecting[0]!)} selects it, but the region's AWS Backup opt-in for ${type} is off (ResourceTypeOptInPreference), so the selection protects nothing`,
      };
    return { state: 'unknown', reason: `DescribeRegionSettings does not say whether AWS Backup is opted in for ${type}` };
  }
  if (unknown) return { state: 'unknown', ...unknown };
  const optedOut = preference === false ? `; besides, the region's AWS Backup opt-in for ${type} is off` : '';
  if (plans.length === 0) return { state: 'not-covered', reason: `the region has no AWS Backup plan${optedOut}` };
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const read = `${plural(selectionCount, 'resource assignment')} read`;
  const only = plans.length === 1 ? plans[0]!.plan.BackupPlanName ?? plans[0]!.plan.BackupPlanId : undefined;
  const none = only !== undefined ? `the region's only backup plan, "${only}", does not select it (${read})` : `none of the region's ${plural(plans.length, 'backup plan')} selects it (${read})`;
  return { state: 'not-covered', reason: `${none}${whys.length ? `: ${whys.join('; ')}` : ''}${optedOut}` };
}

/** The finding for one resource: PASS covered, FAIL not covered, ERROR unknown. */
export function coverageFinding(ctx: CheckContext, resource: ResourceRef, label: string, coverage: Coverage): Finding {
  switch (coverage.state) {
    case 'covered': {
      const [first, ...more] = coverage.by;
      return ctx.pass(resource, `${label} is protected by AWS Backup: ${selectionText(first!)} selects it${more.length ? `, as do ${more.length} more` : ''}.`);
    }
    case 'not-covered':
      return ctx.fail(resource, `${label} is not protected by any AWS Backup plan in this region: ${coverage.reason}.`);
    case 'unknown':
      return coverage.error
        ? { ...ctx.error(resource, coverage.error, label), message: `Could not evaluate ${label}: ${coverage.reason} (${coverage.error.action} failed with ${coverage.error.code}).` }
        : ctx.undetermined(resource, `Could not evaluate ${label}: ${coverage.reason}.`);
  }
}
