// What a scan's report goes through before any reporter sees it, in a scan of one account or of many: the
// framework's status per control, the config file's suppressions, the comparison with a baseline.
// In this order: a control's status is the checks' own verdict, whether or not a finding is accepted,
// and a suppressed finding is still new or unchanged.

import { compareScans, type Comparison, type ScanResults } from '../baseline/compare.js';
import { evaluateControls, FRAMEWORK_NAMES, type Framework } from '../compliance/frameworks.js';
import type { CheckMeta, ScanReport } from '../model.js';
import { applySuppressions } from '../suppress/apply.js';
import type { SuppressionRule } from '../suppress/config.js';

/** A report of an earlier scan of the same account, with what a comparison names. */
export interface Baseline extends ScanResults {
  file: string;
  startedAt: string;
}

export interface Finishing {
  /** --framework: the checks that ran for it, evaluated control by control. */
  compliance?: { framework: Framework; checks: readonly CheckMeta[] };
  /** The config file's suppressions, as of `now` (an entry past its expiry no longer applies). */
  suppressions?: { rules: readonly SuppressionRule[]; now: Date };
  /** --baseline: one account's earlier report. */
  baseline?: Baseline;
}

export interface Finished {
  report: ScanReport;
  /** Present with a baseline. */
  comparison?: Comparison;
}

export function finishReport(scanned: ScanReport, finishing: Finishing): Finished {
  let report = scanned;
  const { compliance, suppressions, baseline } = finishing;
  if (compliance) {
    const controls = evaluateControls(compliance.framework, compliance.checks, report.findings, report.checks);
    report = { ...report, compliance: { framework: compliance.framework, name: FRAMEWORK_NAMES[compliance.framework], controls } };
  }
  if (suppressions) report = applySuppressions(report, suppressions.rules, suppressions.now).report;
  if (!baseline) return { report };
  const comparison = compareScans(baseline, report);
  report = { ...report, findings: comparison.findings, baseline: { source: baseline.file, startedAt: baseline.startedAt, fixed: comparison.fixed } };
  return { report, comparison };
}
