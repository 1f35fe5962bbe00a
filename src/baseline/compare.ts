// Comparing a scan with an earlier one of the same account. A result is identified by check, account,
// region and resource (the ARN, or the id when AWS gave no ARN), never by its message or time. A baseline
// FAIL counts as fixed only when the resource now passes, or is gone from a scan that looked for it and
// could read its data: an ERROR, a check left out or a region not scanned says nothing about it.

import { GLOBAL_REGION, type Finding } from '../model.js';

export interface ScanResults {
  regions: readonly string[];
  checks: ReadonlyArray<{ checkId: string }>;
  findings: readonly Finding[];
}

export interface Comparison {
  /** The later scan's findings, each with `baseline` set. */
  findings: Finding[];
  /** FAIL now, and not FAIL before (absent, PASS or ERROR). */
  newFailures: Finding[];
  /** FAIL in both, as the later scan reports it. */
  stillFailing: Finding[];
  /** FAIL before; PASS now, or gone from a scan that covered it. As the earlier scan reported it. */
  fixed: Finding[];
  /** FAIL before; the later scan could not judge it (ERROR) or did not look (check or region left out). */
  notEvaluated: Finding[];
}

export function identityOf(f: Pick<Finding, 'checkId' | 'accountId' | 'region' | 'resourceArn' | 'resourceId'>): string {
  return JSON.stringify([f.checkId, f.accountId, f.region, f.resourceArn || `id:${f.resourceId}`]);
}

function byIdentity(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = identityOf(f);
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  }
  return map;
}

export function compareScans(before: ScanResults, after: ScanResults): Comparison {
  const earlier = byIdentity(before.findings);
  const later = byIdentity(after.findings);
  const newFailures: Finding[] = [];
  const stillFailing: Finding[] = [];
  const findings = after.findings.map((f): Finding => {
    const prior = earlier.get(identityOf(f)) ?? [];
    const marked: Finding = { ...f, baseline: prior.some((p) => p.status === f.status) ? 'unchanged' : 'new' };
    if (f.status === 'FAIL') (marked.baseline === 'unchanged' ? stillFailing : newFailures).push(marked);
    return marked;
  });

  const checksRun = new Set(after.checks.map((c) => c.checkId));
  const errorsOf = new Set(after.findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}|${f.region}`));
  const looked = (f: Finding) =>
    checksRun.has(f.checkId) && (f.region === GLOBAL_REGION || after.regions.includes(f.region) || !before.regions.includes(f.region));
  // A check whose listing failed reports one ERROR for the region (or for the account, when its data is global).
  const unreadable = (f: Finding) => errorsOf.has(`${f.checkId}|${f.region}`) || errorsOf.has(`${f.checkId}|${GLOBAL_REGION}`);

  const fixed: Finding[] = [];
  const notEvaluated: Finding[] = [];
  for (const f of before.findings) {
    if (f.status !== 'FAIL') continue;
    const now = later.get(identityOf(f)) ?? [];
    if (now.some((n) => n.status === 'FAIL')) continue;
    if (now.some((n) => n.status === 'ERROR')) notEvaluated.push(f);
    else if (now.some((n) => n.status === 'PASS')) fixed.push(f);
    else if (looked(f) && !unreadable(f)) fixed.push(f);
    else notEvaluated.push(f);
  }
  return { findings, newFailures, stillFailing, fixed, notEvaluated };
}
