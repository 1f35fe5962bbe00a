// `aws-posture diff before.json after.json`: what changed between two scans of one account. Both files
// are JSON reports; nothing is called, nothing is written but standard output.

import { compareScans, type Comparison } from '../baseline/compare.js';
import { readReportFile, type ReportSnapshot } from '../baseline/report-file.js';
import { atLeast, severityRank, type Finding, type Severity } from '../model.js';
import { jsonFinding, jsonText } from '../report/json.js';
import { SEVERITY_LABELS } from '../report/labels.js';
import { palette } from '../report/paint.js';
import { displayWidth, flow, padEnd, safeText, safeToken, words } from '../report/text.js';
import { useColor } from './color.js';
import { EXIT, UsageError } from './errors.js';
import type { CliIO } from './io.js';
import { parseSeverity } from './options.js';

export interface DiffFlags {
  format: string;
  failOnNew?: string;
  color?: boolean;
}

export const DIFF_SCHEMA = 'aws-posture/diff';
export const DIFF_SCHEMA_VERSION = 1;
const WIDTH = 80;
const SEVERITY_COLUMN = 9;

export async function diffCommand(beforeFile: string, afterFile: string, flags: DiffFlags, io: CliIO): Promise<number> {
  const format = flags.format.toLowerCase();
  if (format !== 'table' && format !== 'json') throw new UsageError(`Unknown format '${flags.format}' for diff (expected table or json)`);
  const failOnNew = flags.failOnNew === undefined ? undefined : parseSeverity(flags.failOnNew);
  const before = readReportFile(beforeFile, 'report');
  const after = readReportFile(afterFile, 'report');
  if (before.accountId !== after.accountId) {
    throw new UsageError(`${beforeFile} is a scan of account ${before.accountId} and ${afterFile} of account ${after.accountId}; diff compares scans of one account`);
  }
  const comparison = compareScans(before, after);
  const color = useColor(flags.color, io.stdout, io.env);
  io.stdout.write(format === 'json' ? diffJson(before, after, comparison) : diffTable(before, after, comparison, color));

  if (!failOnNew) return EXIT.OK;
  const gating = comparison.newFailures.filter((f) => !f.suppression && atLeast(f.severity, failOnNew));
  if (gating.length === 0) return EXIT.OK;
  io.stderr.write(`Gate: ${gating.length} new FAIL result${gating.length === 1 ? '' : 's'} at or above ${failOnNew}.\n`);
  return EXIT.GATE;
}

function bySeverity(findings: readonly Finding[]): Finding[] {
  // Stable: within a severity, the reports' own order (pillar, check, region, resource).
  return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}

function diffJson(before: ReportSnapshot, after: ReportSnapshot, c: Comparison): string {
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

function diffTable(before: ReportSnapshot, after: ReportSnapshot, c: Comparison, color: boolean): string {
  const style = palette(color);
  const paint = { bold: style('bold'), red: style('red'), newFail: style('red', 'bold'), green: style('green'), yellow: style('yellow') };
  const label = 8;
  const out: string[] = [];
  out.push(paint.bold(`aws-posture diff of account ${safeToken(after.accountId)}`));
  out.push(...flow([safeToken(before.file), `(scan of ${safeToken(before.startedAt)})`], { width: WIDTH, prefix: padEnd('Before', label), hang: label }));
  out.push(...flow([safeToken(after.file), `(scan of ${safeToken(after.startedAt)})`], { width: WIDTH, prefix: padEnd('After', label), hang: label }));
  out.push('');
  const section = (title: string, findings: readonly Finding[], withMessage: boolean, tint: (s: string) => string) => {
    const heading = `${title} (${findings.length})`;
    out.push(paint.bold(heading), '-'.repeat(Math.min(WIDTH, displayWidth(heading))));
    if (findings.length === 0) out.push('  none');
    for (const f of bySeverity(findings)) out.push(...findingLines(f, withMessage, tint));
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
  out.push(...flow(words(totals), { width: WIDTH }));
  return out.join('\n') + '\n';
}

function findingLines(f: Finding, withMessage: boolean, tint: (s: string) => string): string[] {
  const severity = SEVERITY_LABELS[f.severity as Severity] ?? safeToken(f.severity);
  const head = flow([safeToken(f.checkId), safeToken(f.region), safeToken(f.resourceId) || '(no id)'], {
    width: WIDTH,
    prefix: padEnd(severity, SEVERITY_COLUMN),
    hang: SEVERITY_COLUMN,
    gap: '  ',
  });
  head[0] = tint(severity) + (head[0] ?? '').slice(severity.length);
  const lines = [...head];
  const indent = ' '.repeat(SEVERITY_COLUMN);
  if (withMessage) lines.push(...flow(words(safeText(f.message)), { width: WIDTH, prefix: indent, hang: SEVERITY_COLUMN }).filter((l) => l.trim() !== ''));
  if (f.suppression) lines.push(...flow(words(`suppressed: ${safeText(f.suppression.reason)}`), { width: WIDTH, prefix: indent, hang: SEVERITY_COLUMN + 2 }));
  return lines;
}
