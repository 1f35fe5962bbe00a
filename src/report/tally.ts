// Counts shared by the table summary and the JSON summary, so both always agree.

import { PILLARS, SEVERITIES, type CheckState, type Pillar, type ScanReport, type Severity, type Status } from '../model.js';

/** Findings per status, in the order reports print them. */
export type StatusCounts = { PASS: number; FAIL: number; ERROR: number };

export interface Tally {
  findings: StatusCounts;
  byPillar: Record<Pillar, StatusCounts>;
  bySeverity: Record<Severity, StatusCounts>;
  checkStates: Record<CheckState, number>;
}

export const emptyCounts = (): StatusCounts => ({ PASS: 0, FAIL: 0, ERROR: 0 });

function keyed<K extends string>(keys: readonly K[]): Record<K, StatusCounts> {
  return Object.fromEntries(keys.map((k) => [k, emptyCounts()])) as Record<K, StatusCounts>;
}

export function tally(report: ScanReport): Tally {
  const findings = emptyCounts();
  const byPillar = keyed(PILLARS);
  const bySeverity = keyed(SEVERITIES);
  for (const f of report.findings) {
    const status: Status = f.status;
    findings[status]++;
    // A pillar or severity outside the model (a newer report) is counted in the totals only.
    if (f.pillar in byPillar) byPillar[f.pillar][status]++;
    if (f.severity in bySeverity) bySeverity[f.severity][status]++;
  }
  const checkStates: Record<CheckState, number> = { fail: 0, error: 0, pass: 0, 'not-applicable': 0 };
  for (const c of report.checks) checkStates[c.state]++;
  return { findings, byPillar, bySeverity, checkStates };
}
