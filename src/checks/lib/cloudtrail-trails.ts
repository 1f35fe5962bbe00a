// How CloudTrail checks name trails, and the search behind the account-level controls.

import type { ResourceRef, CheckContext } from '../define.js';
import type { EventSelectors, PerTrail, TrailStatus, UnlistedRegion } from '../../data/datasets/cloudtrail.js';
import type { DatasetTypes } from '../../data/dataset.js';
import type { AwsErrorInfo, Finding } from '../../model.js';
import { trailHomeRegion } from '../../data/datasets/cloudtrail.js';

export { trailHomeRegion };

export type TrailRecord = DatasetTypes['cloudtrail.trails'][number];

export type AccountTrailVerdict =
  | { kind: 'pass'; trail: TrailRecord }
  | { kind: 'error'; trail: TrailRecord; error: AwsErrorInfo }
  /** No trail qualifies, but one whose answer left out a fact it needs (e.g. IsLogging) might have. */
  | { kind: 'undetermined'; trail: TrailRecord; why: string; reasons: string[] }
  /** Why each trail falls short; empty when the account has no trail at all. */
  | { kind: 'fail'; reasons: string[] };

export const trailName = (trail: TrailRecord) => trail.Name ?? trail.TrailARN;

/** A trail's findings carry its home region: trails live in one region even when they log all. */
export function trailRef(trail: TrailRecord): ResourceRef {
  const region = trailHomeRegion(trail);
  return { id: trailName(trail), arn: trail.TrailARN, ...(region ? { region } : {}) };
}

/** e.g. "Multi-Region trail org-audit (home us-east-1)". */
export function trailLabel(trail: TrailRecord): string {
  const kind = trail.IsOrganizationTrail ? 'organization trail' : 'trail';
  const scope = trail.IsMultiRegionTrail ? 'Multi-Region' : 'Single-Region';
  const home = trailHomeRegion(trail);
  return `${scope} ${kind} ${trailName(trail)}${home ? ` (home ${home})` : ''}`;
}

/**
 * The resource of an account-level CloudTrail result; the same one the runner uses when the
 * trails cannot be listed, so both kinds of result land on one resource.
 */
export function accountRef(ctx: CheckContext): ResourceRef {
  return { id: ctx.account.id, arn: `arn:${ctx.account.partition}:cloudtrail::${ctx.account.id}:*` };
}

// Account-level controls ask whether SOME trail does the job: multi-Region, logging, and recording
// the right events. One trail that qualifies is enough; one that could not be read might have been
// the one, so it turns a would-be FAIL into an ERROR.

function byArn<T>(entries: readonly PerTrail<T>[]): Map<string, PerTrail<T>['result']> {
  return new Map(entries.map((e) => [e.trail.TrailARN, e.result]));
}

/** What a search of the account's trails found. */
export interface TrailSearch {
  /** Trails that meet every condition, in ARN order. */
  qualifying: TrailRecord[];
  /** Why each other trail falls short. */
  reasons: string[];
  /** Trails that might qualify but whose status or selectors could not be read. */
  unreadable: Array<{ trail: TrailRecord; error: AwsErrorInfo }>;
  /** Trails that might qualify but whose status left out a fact it needs (e.g. IsLogging). */
  unknown: Array<{ trail: TrailRecord; why: string }>;
}

/**
 * Every multi-Region, logging trail whose selectors have no gap (`gapOf` returns undefined) and
 * that meets `requirement` (which returns why not, e.g. no CloudWatch Logs group), trails in ARN
 * order. Trails deleted while being read (absent from statuses or selectors) are left out.
 */
export function searchAccountTrails(
  trails: readonly TrailRecord[],
  statuses: readonly PerTrail<TrailStatus>[],
  selectors: readonly PerTrail<EventSelectors>[],
  gapOf: (selectors: EventSelectors) => string | undefined,
  requirement: (trail: TrailRecord) => string | undefined = () => undefined,
): TrailSearch {
  const statusOf = byArn(statuses);
  const selectorsOf = byArn(selectors);
  const search: TrailSearch = { qualifying: [], reasons: [], unreadable: [], unknown: [] };
  for (const trail of trails) {
    const name = trailName(trail);
    // An omitted IsMultiRegionTrail reads as false, the documented default.
    if (trail.IsMultiRegionTrail !== true) {
      search.reasons.push(`${name} is a single-Region trail`);
      continue;
    }
    const unmet = requirement(trail);
    if (unmet !== undefined) {
      search.reasons.push(`${name} ${unmet}`);
      continue;
    }
    const status = statusOf.get(trail.TrailARN);
    const recorded = selectorsOf.get(trail.TrailARN);
    if (!status || !recorded) continue;
    if (!status.ok) {
      search.unreadable.push({ trail, error: status.error });
      continue;
    }
    if (status.value.IsLogging === undefined) {
      search.unknown.push({ trail, why: `the status of trail ${name} does not say whether it is logging` });
      continue;
    }
    if (status.value.IsLogging !== true) {
      search.reasons.push(`${name} is not logging`);
      continue;
    }
    if (!recorded.ok) {
      search.unreadable.push({ trail, error: recorded.error });
      continue;
    }
    const gap = gapOf(recorded.value);
    if (gap === undefined) search.qualifying.push(trail);
    else search.reasons.push(`${name} ${gap}`);
  }
  return search;
}

/**
 * The first multi-Region, logging trail whose selectors have no gap (`gapOf` returns undefined),
 * trails in ARN order. Trails deleted while being read (absent from statuses or selectors) are left out.
 */
export function findAccountTrail(
  trails: readonly TrailRecord[],
  statuses: readonly PerTrail<TrailStatus>[],
  selectors: readonly PerTrail<EventSelectors>[],
  gapOf: (selectors: EventSelectors) => string | undefined,
): AccountTrailVerdict {
  const { qualifying, reasons, unreadable, unknown } = searchAccountTrails(trails, statuses, selectors, gapOf);
  if (qualifying[0]) return { kind: 'pass', trail: qualifying[0] };
  if (unreadable[0]) return { kind: 'error', ...unreadable[0] };
  if (unknown[0]) return { kind: 'undetermined', ...unknown[0], reasons };
  return { kind: 'fail', reasons };
}

/**
 * The one account-level finding of a verdict. `shortfall` says what no trail does, e.g. "No
 * multi-Region trail is logging and recording all management events"; the reasons follow it.
 */
export function accountTrailFinding(ctx: CheckContext, verdict: AccountTrailVerdict, pass: (trail: TrailRecord) => string, shortfall: string): Finding {
  const account = accountRef(ctx);
  switch (verdict.kind) {
    case 'pass':
      return ctx.pass(account, pass(verdict.trail));
    case 'error':
      return ctx.error(account, verdict.error, `multi-Region trail ${trailName(verdict.trail)} (no other trail qualifies)`);
    case 'undetermined':
      return ctx.undetermined(
        account,
        `${shortfall} as far as the answers show, but ${verdict.why}, so whether it qualifies is unknown${verdict.reasons.length ? ` (${verdict.reasons.join('; ')})` : ''}.`,
      );
    case 'fail':
      return ctx.fail(account, `${shortfall}: ${verdict.reasons.length ? verdict.reasons.join('; ') : 'the account has no trail'}.`);
  }
}

/**
 * One ERROR per scanned region whose trails could not be listed: the single-Region trails homed
 * there are not judged by a per-trail check (multi-Region trails are, from the other regions).
 */
export function unlistedRegionErrors(unlisted: readonly UnlistedRegion[], ctx: CheckContext): Finding[] {
  return unlisted.map(({ region, error }) =>
    ctx.error(
      { id: `${ctx.account.id}/${region}`, arn: `arn:${ctx.account.partition}:cloudtrail:${region}:${ctx.account.id}:*`, region },
      error,
      `the trails homed in ${region} (its single-Region trails are not judged)`,
    ),
  );
}
