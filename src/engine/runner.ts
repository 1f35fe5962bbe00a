// Runs checks over the data layer. The runner owns the failure modes: a dataset that cannot be
// read gives an ERROR finding (the check is not run), a check that throws gives an ERROR, and a
// check with nothing in scope is reported as such, never as a pass.

import { AwsCallError, describeAwsError } from '../aws/errors.js';
import { checkContext, type AnyCheck } from '../checks/define.js';
import type { AnyDataset, DatasetId, Scoped } from '../data/dataset.js';
import { GLOBAL_REGION, PILLARS, STATUSES, type CheckSummary, type Finding } from '../model.js';

/** Where the runner gets datasets from: the DatasetLoader in a scan, plain values in tests. */
export interface DatasetSource {
  load(id: DatasetId, region: string): Promise<unknown>;
}

export interface ProgressEvent {
  checkId: string;
  service: string;
  /** A region, or `global`. */
  region: string;
  done: number;
  total: number;
}

export interface RunInput {
  checks: readonly AnyCheck[];
  datasets: ReadonlyMap<string, AnyDataset>;
  loader: DatasetSource;
  scope: Omit<Scoped, 'region'>;
  now: Date;
  onProgress?: (event: ProgressEvent) => void;
}

export interface RunResult {
  findings: Finding[];
  checks: CheckSummary[];
  /** Per check, the reasons it gave for having nothing in scope (with the region, for regional units). */
  notInScope?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A check is global when everything it reads is global: it is then evaluated once, not per region. */
export function isGlobalCheck(check: AnyCheck, datasets: ReadonlyMap<string, AnyDataset>): boolean {
  return check.reads.every((id) => datasets.get(id)?.scope === 'global');
}

export function unitsOf(check: AnyCheck, datasets: ReadonlyMap<string, AnyDataset>, regions: readonly string[]): string[] {
  return isGlobalCheck(check, datasets) ? [GLOBAL_REGION] : [...regions];
}

export async function runChecks(input: RunInput): Promise<RunResult> {
  const { checks, datasets, loader, scope, now } = input;
  const jobs = checks.flatMap((check) => unitsOf(check, datasets, scope.regions).map((unit) => ({ check, unit })));
  let done = 0;
  const notInScope = new Map<string, Set<string>>();
  const perJob = await Promise.all(
    jobs.map(async ({ check, unit }) => {
      const note = (reason: string) => {
        const reasons = notInScope.get(check.id) ?? new Set<string>();
        reasons.add(unit === GLOBAL_REGION ? reason : `${reason} (${unit})`);
        notInScope.set(check.id, reasons);
      };
      const findings = await evaluateUnit(check, unit, loader, scope, now, note);
      done++;
      input.onProgress?.({ checkId: check.id, service: check.service, region: unit, done, total: jobs.length });
      return findings;
    }),
  );
  const findings = sortFindings(perJob.flat());
  return { findings, checks: summarise(checks, findings, datasets, scope.regions, new Map(), notInScope), notInScope };
}

async function evaluateUnit(
  check: AnyCheck,
  unit: string,
  loader: DatasetSource,
  scope: Omit<Scoped, 'region'>,
  now: Date,
  onNotInScope: (reason: string) => void,
): Promise<Finding[]> {
  const region = unit === GLOBAL_REGION ? scope.homeRegion : unit;
  const ctx = checkContext(check, { ...scope, region, now }, unit, onNotInScope);
  const where = unit === GLOBAL_REGION ? 'the account' : unit;
  const scopeRef = {
    id: unit === GLOBAL_REGION ? scope.account.id : `${scope.account.id}/${unit}`,
    arn: `arn:${scope.account.partition}:${check.service}:${unit === GLOBAL_REGION ? '' : unit}:${scope.account.id}:*`,
  };
  let data: Record<string, unknown>;
  try {
    // Every read settles before one failure is reported, and the failure reported is that of the
    // first dataset the check names: the same ERROR whichever answer came back first.
    const settled = await Promise.allSettled(check.reads.map((id) => loader.load(id, region)));
    const failed = settled.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    data = Object.fromEntries(check.reads.map((id, i) => [id, (settled[i] as PromiseFulfilledResult<unknown>).value]));
  } catch (err) {
    if (err instanceof AwsCallError) return [ctx.error(scopeRef, err.info, `${check.id} in ${where}`)];
    return [errorFinding(ctx, scopeRef, `Could not collect the data of ${check.id} in ${where}: ${messageOf(err)}.`)];
  }
  try {
    return check.evaluate(data, ctx);
  } catch (err) {
    if (err instanceof AwsCallError) return [errorFinding(ctx, scopeRef, `${check.id} failed in ${where}: ${describeAwsError(err.info)}.`)];
    return [errorFinding(ctx, scopeRef, `${check.id} failed in ${where}: ${messageOf(err)}.`)];
  }
}

// A failure that is not an AWS error (a malformed response, a bug) is still an ERROR, never a pass.
function errorFinding(ctx: ReturnType<typeof checkContext>, resource: { id: string; arn: string }, message: string): Finding {
  return ctx.undetermined(resource, message);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

const pillarRank = (p: string) => PILLARS.indexOf(p as (typeof PILLARS)[number]);
const statusRank = (s: string) => STATUSES.indexOf(s as (typeof STATUSES)[number]);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Deterministic order: pillar, check, region, resource, status. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      pillarRank(a.pillar) - pillarRank(b.pillar) ||
      compare(a.checkId, b.checkId) ||
      compare(a.region, b.region) ||
      compare(a.resourceArn, b.resourceArn) ||
      compare(a.resourceId, b.resourceId) ||
      statusRank(a.status) - statusRank(b.status) ||
      compare(a.message, b.message),
  );
}

/**
 * A service that answered nothing in a region: every request the scan sent it there failed as
 * unavailable (region not enabled, service or operation not offered, credentials refused there).
 */
export interface UnavailableService {
  service: string;
  region: string;
  /** The first failure, to say why. */
  code: string;
  message: string;
}

export interface SetAside extends RunResult {
  /** One per unavailable (service, region), naming the checks that could not be evaluated there. */
  notes: string[];
}

/**
 * Replaces the ERROR findings caused by an unavailable service with one note per (service, region):
 * a region that is not enabled would otherwise give one ERROR per check. What could not be read
 * stays unknown, never a pass: the checks concerned are summarised as not evaluated in that region
 * (state `error`, with a note), whatever they found elsewhere.
 */
export function setAsideUnavailable(
  result: RunResult,
  unavailable: readonly UnavailableService[],
  input: Pick<RunInput, 'checks' | 'datasets'> & { regions: readonly string[] },
): SetAside {
  if (unavailable.length === 0) return { ...result, notes: [] };
  const pairKey = (service: string, region: string) => `${service}@${region}`;
  const affected = new Map<string, Set<string>>(unavailable.map((u) => [pairKey(u.service, u.region), new Set<string>()]));
  const notEvaluated = new Map<string, Set<string>>();
  const findings = result.findings.filter((f) => {
    // Only what lies in that region: an account-wide result that needed the region's data is unknown
    // for the whole account, and stays an ERROR.
    if (f.status !== 'ERROR' || !f.error || f.region !== f.error.region) return true;
    const checks = affected.get(pairKey(f.error.service, f.error.region));
    if (!checks) return true;
    checks.add(f.checkId);
    const regions = notEvaluated.get(f.checkId) ?? new Set<string>();
    regions.add(f.region);
    notEvaluated.set(f.checkId, regions);
    return false;
  });
  const notes = [...unavailable]
    .sort((a, b) => compare(a.region, b.region) || compare(a.service, b.service))
    .map((u) => unavailableNote(u, [...affected.get(pairKey(u.service, u.region))!].sort()));
  return { findings, checks: summarise(input.checks, findings, input.datasets, input.regions, notEvaluated, result.notInScope), notes };
}

const REFUSED_CREDENTIALS = new Set(['AuthFailure', 'InvalidClientTokenId', 'UnrecognizedClientException']);

function unavailableNote(u: UnavailableService, checkIds: readonly string[]): string {
  const why = REFUSED_CREDENTIALS.has(u.code)
    ? 'the region refused the credentials, as a region that is not enabled for the account does'
    : u.code === 'OptInRequired'
      ? 'the account is not opted in there'
      : 'the service is not offered there';
  const cause = `${u.code}: ${u.message}`.slice(0, 300);
  const checks = checkIds.length === 0 ? 'No result in that region depended on it.' : `Not evaluated there (never counted as PASS): ${checkIds.join(', ')}.`;
  return `${u.service} is not available in ${u.region}: every request failed, ${why} (${cause}). ${checks}`;
}

export function summarise(
  checks: readonly AnyCheck[],
  findings: readonly Finding[],
  datasets: ReadonlyMap<string, AnyDataset>,
  regions: readonly string[],
  notEvaluated: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  notInScope: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): CheckSummary[] {
  const counts = new Map<string, { pass: number; fail: number; error: number }>();
  for (const f of findings) {
    const c = counts.get(f.checkId) ?? { pass: 0, fail: 0, error: 0 };
    if (f.status === 'PASS') c.pass++;
    else if (f.status === 'FAIL') c.fail++;
    else c.error++;
    counts.set(f.checkId, c);
  }
  return [...checks]
    .sort((a, b) => pillarRank(a.pillar) - pillarRank(b.pillar) || compare(a.id, b.id))
    .map((check) => {
      const c = counts.get(check.id) ?? { pass: 0, fail: 0, error: 0 };
      const skipped = [...(notEvaluated.get(check.id) ?? [])].sort();
      const state = c.fail > 0 ? 'fail' : c.error > 0 || skipped.length > 0 ? 'error' : c.pass > 0 ? 'pass' : 'not-applicable';
      const summary: CheckSummary = {
        checkId: check.id,
        title: check.title,
        pillar: check.pillar,
        service: check.service,
        severity: check.severity,
        state,
        ...c,
      };
      const reasons = [...(notInScope.get(check.id) ?? [])].sort();
      if (skipped.length > 0) {
        summary.note = `Not evaluated in ${skipped.join(', ')}: the service it reads is not available there (see the scan notes).`;
      } else if (state === 'not-applicable') {
        const scope = isGlobalCheck(check, datasets) ? 'the account' : regions.join(', ');
        summary.note = reasons.length > 0 ? `Not in scope: ${reasons.join('; ')}.` : `No ${check.resourceType} in scope in ${scope}.`;
      } else if (reasons.length > 0) {
        summary.note = `Not evaluated: ${reasons.join('; ')}.`;
      }
      return summary;
    });
}
