// What `aws-posture diff` prints: the new, fixed, still failing and not evaluated FAILs between two
// reports of one account, as a table for people or JSON for tools.

import type { Comparison } from '../baseline/compare.js';
import type { ReportSnapshot } from '../baseline/report-file.js';
import { severityRank, type Finding, type Severity } from '../model.js';
import { jsonFinding, jsonText } from './json.js';
import { SEVERITY_LABELS } from './labels.js';
import { palette } from './paint.js';
import { displayWidth, flow, padEnd, safeText, safeToken, words } from './text.js';

export const DIFF_SCHEMA = 'aws-posture/diff';
export const DIFF_SCHEMA_VERSION = 1;
const SEVERITY_COLUMN = 9;

export interface DiffTableOptions {
  color: boolean;
  /** Columns available; default 80, at least 40. */
  width?: number;
}

function bySeverity(findings: readonly Finding[]): Finding[] {
  // Stable: within a severity, the reports' own order (pillar, check, region, resource).
  return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}

export function diffJson(before: ReportSnapshot, after: ReportSnapshot, c: Comparison): string {
  return jsonText({
    schema: DIFF_SCHEMA,
    schemaVersion: DIFF_SCHEMA_VERSION,
    account: after.accountId,
    before: { file: before.file, startedAt: before.startedAt },
    after: { file: after.file, startedAt: after.startedAt },
    summary: { new: c.newFailures.length, fixed: c.fixed.length, stillFailing: c.stillFailing.length, notEvaluated: c.notEvaluated.length },
    new: bySeverity(c.newFailures).map(jsonFinding),
    fixed: bySeverity(c.fixed).map(jsonFinding),
    stillFailing: bySeverity(c.stillFailing).map(jsonFinding),
    notEvaluated: bySeverity(c.notEvaluated).map(jsonFinding),
  });
}

export function diffTable(before: ReportSnapshot, after: ReportSnapshot, c: Comparison, options: DiffTableOptions): string {
  const color = options.color;
  const width = Math.max(40, Math.floor(options.width ?? 80));
  const style = palette(color);
  const paint = { bold: style('bold'), red: style('red'), newFail: style('red', 'bold'), green: style('green'), yellow: style('yellow') };
  const label = 8;
  const out: string[] = [];
  out.push(paint.bold(`aws-posture diff of account ${safeToken(after.accountId)}`));
  out.push(...flow([safeToken(before.file), `(scan of ${safeToken(before.startedAt)})`], { width: width, prefix: padEnd('Before', label), hang: label }));
  out.push(...flow([safeToken(after.file), `(scan of ${safeToken(after.startedAt)})`], { width: width, prefix: padEnd('After', label), hang: label }));
  out.push('');
  const section = (title: string, findings: readonly Finding[], withMessage: boolean, tint: (s: string) => string) => {
    const heading = `${title} (${findings.length})`;
    out.push(paint.bold(heading), '-'.repeat(Math.min(width, displayWidth(heading))));
    if (findings.length === 0) out.push('  none');
    for (const f of bySeverity(findings)) out.push(...findingLines(f, withMessage, tint, width));
    out.push('');
  };
  section('New FAIL', c.newFailures, true, paint.newFail);
  section('Fixed', c.fixed, true, paint.green);
  section('Still failing', c.stillFailing, false, paint.red);
  if (c.notEvaluated.length > 0) section('Failed before, not evaluated in the later scan', c.notEvaluated, false, paint.yellow);
  const suppressed = c.newFailures.filter((f) => f.suppression).length;
  const totals =
    `${c.newFailures.length} new FAIL${c.newFailures.length === 1 ? '' : 's'}${suppressed ? ` (${suppressed} suppressed)` : ''}, ` +
    `${c.fixed.length} fixed, ${c.stillFailing.length} still failing` +
    (c.notEvaluated.length ? `, ${c.notEvaluated.length} not evaluated.` : '.');
  out.push(...flow(words(totals), { width: width }));
  return out.join('\n') + '\n';
}

function findingLines(f: Finding, withMessage: boolean, tint: (s: string) => string, width: number): string[] {
  const severity = SEVERITY_LABELS[f.severity as Severity] ?? safeToken(f.severity);
  const head = flow([safeToken(f.checkId), safeToken(f.region), safeToken(f.resourceId) || '(no id)'], {
    width: width,
    prefix: padEnd(severity, SEVERITY_COLUMN),
    hang: SEVERITY_COLUMN,
    gap: '  ',
  });
  head[0] = tint(severity) + (head[0] ?? '').slice(severity.length);
  const lines = [...head];
  const indent = ' '.repeat(SEVERITY_COLUMN);
  if (withMessage) lines.push(...flow(words(safeText(f.message)), { width: width, prefix: indent, hang: SEVERITY_COLUMN }).filter((l) => l.trim() !== ''));
  if (f.suppression) lines.push(...flow(words(`suppressed: ${safeText(f.suppression.reason)}`), { width: width, prefix: indent, hang: SEVERITY_COLUMN + 2 }));
  return lines;
}
