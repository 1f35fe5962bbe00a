// Counts shared by every reporter, so that the table, JSON, Markdown and HTML summaries always agree.

import { PILLARS, SEVERITIES, severityRank, type CheckState, type ComplianceView, type Finding, type Pillar, type ScanReport, type Severity, type Status } from '../model.js';

/** Findings per status, in the order reports print them. */
export type StatusCounts = { PASS: number; FAIL: number; ERROR: number };

export interface Tally {
  /** Every finding by status, suppressed ones included. */
  findings: StatusCounts;
  byPillar: Record<Pillar, StatusCounts>;
  bySeverity: Record<Severity, StatusCounts>;
  checkStates: Record<CheckState, number>;
  /** The suppressed part of the counts above (FAIL and ERROR only: a PASS is never suppressed). */
  suppressed: StatusCounts;
  suppressedByPillar: Record<Pillar, StatusCounts>;
  suppressedBySeverity: Record<Severity, StatusCounts>;
}

export const emptyCounts = (): StatusCounts => ({ PASS: 0, FAIL: 0, ERROR: 0 });

function keyed<K extends string>(keys: readonly K[]): Record<K, StatusCounts> {
  return Object.fromEntries(keys.map((k) => [k, emptyCounts()])) as Record<K, StatusCounts>;
}

export function tally(report: ScanReport): Tally {
  const findings = emptyCounts();
  const byPillar = keyed(PILLARS);
  const bySeverity = keyed(SEVERITIES);
  const suppressed = emptyCounts();
  const suppressedByPillar = keyed(PILLARS);
  const suppressedBySeverity = keyed(SEVERITIES);
  for (const f of report.findings) {
    const status: Status = f.status;
    findings[status]++;
    // A pillar or severity outside the model (a newer report) is counted in the totals only.
    if (f.pillar in byPillar) byPillar[f.pillar][status]++;
    if (f.severity in bySeverity) bySeverity[f.severity][status]++;
    if (isSuppressed(f)) {
      suppressed[status]++;
      if (f.pillar in byPillar) suppressedByPillar[f.pillar][status]++;
      if (f.severity in bySeverity) suppressedBySeverity[f.severity][status]++;
    }
  }
  const checkStates: Record<CheckState, number> = { fail: 0, error: 0, pass: 0, 'not-applicable': 0 };
  for (const c of report.checks) checkStates[c.state]++;
  return { findings, byPillar, bySeverity, checkStates, suppressed, suppressedByPillar, suppressedBySeverity };
}

/** A FAIL or ERROR that a suppression accepts; a PASS is never one, whatever it carries. */
export function isSuppressed(f: Pick<Finding, 'status' | 'suppression'>): boolean {
  return f.status !== 'PASS' && f.suppression !== undefined;
}

/** What still needs attention: the counts without their suppressed part. */
export function activeCounts(all: StatusCounts, suppressed: StatusCounts): StatusCounts {
  return { PASS: all.PASS - suppressed.PASS, FAIL: all.FAIL - suppressed.FAIL, ERROR: all.ERROR - suppressed.ERROR };
}

/** How a finding is shown: its status, or `suppressed` for an accepted FAIL or ERROR. */
export type DisplayState = Status | 'suppressed';

export function displayState(f: Pick<Finding, 'status' | 'suppression'>): DisplayState {
  return isSuppressed(f) ? 'suppressed' : f.status;
}

/** Order of the human-readable reports: what needs attention first, accepted results next, passes last. */
export const DISPLAY_ORDER: Record<DisplayState, number> = { FAIL: 0, ERROR: 1, suppressed: 2, PASS: 3 };

/** Display order, then severity; stable sorts keep the runner's order (check, region, resource) within that. */
export function compareForDisplay(a: Pick<Finding, 'status' | 'suppression' | 'severity'>, b: Pick<Finding, 'status' | 'suppression' | 'severity'>): number {
  return DISPLAY_ORDER[displayState(a)] - DISPLAY_ORDER[displayState(b)] || severityRank(a.severity) - severityRank(b.severity);
}

export interface ComplianceScore {
  /** Controls that pass. */
  pass: number;
  /** Controls the scan could judge: pass, fail or error (not manual, not covered, nothing in scope). */
  judged: number;
  /** pass / judged, rounded down to a whole percent; undefined when nothing could be judged. */
  percent: number | undefined;
}

/** A framework's score: the share of the controls the scan could judge that pass. */
export function complianceScore(view: ComplianceView): ComplianceScore {
  const pass = view.controls.filter((c) => c.status === 'pass').length;
  const judged = view.controls.filter((c) => c.status === 'pass' || c.status === 'fail' || c.status === 'error').length;
  return { pass, judged, percent: judged === 0 ? undefined : Math.floor((pass * 100) / judged) };
}
