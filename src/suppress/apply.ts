// Applying suppressions to a report. A suppressed result stays in the report with its reason; it only
// stops counting for the exit code. PASS results are left alone: there is nothing to accept in them.

import type { Finding, FindingSuppression, ScanReport } from '../model.js';
import type { SuppressionRule } from './config.js';
import { globMatches } from './glob.js';

export interface SuppressionOutcome {
  report: ScanReport;
  /** Rules past their `expires` day: they no longer apply. */
  expired: SuppressionRule[];
  /** Findings suppressed, by rule index. */
  applied: Map<number, number>;
}

/** Today as YYYY-MM-DD in UTC, the form `expires` is compared with. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function isExpired(rule: SuppressionRule, today: string): boolean {
  return rule.expires !== undefined && rule.expires < today;
}

export function ruleMatches(rule: SuppressionRule, f: Finding): boolean {
  const any = (patterns: string[] | undefined, ...values: string[]) =>
    patterns === undefined || patterns.some((p) => values.some((v) => v !== '' && globMatches(p, v)));
  return any(rule.checks, f.checkId) && any(rule.resources, f.resourceArn, f.resourceId) && any(rule.accounts, f.accountId) && any(rule.regions, f.region);
}

export function applySuppressions(report: ScanReport, rules: readonly SuppressionRule[], now: Date): SuppressionOutcome {
  const today = utcDay(now);
  const expired = rules.filter((r) => isExpired(r, today));
  const active = rules.filter((r) => !isExpired(r, today));
  const applied = new Map<number, number>();
  const findings = report.findings.map((f): Finding => {
    if (f.status === 'PASS') return f;
    // The first matching entry of the file wins, so its reason is the one shown.
    const rule = active.find((r) => ruleMatches(r, f));
    if (!rule) return f;
    applied.set(rule.index, (applied.get(rule.index) ?? 0) + 1);
    const suppression: FindingSuppression = { reason: rule.reason, source: rule.source, ...(rule.expires ? { expires: rule.expires } : {}) };
    return { ...f, suppression };
  });
  return { report: { ...report, findings }, expired, applied };
}

/** The report without its suppressed results, for outputs that have no way to mark them. */
export function withoutSuppressed(report: ScanReport): ScanReport {
  return { ...report, findings: report.findings.filter((f) => !f.suppression) };
}
