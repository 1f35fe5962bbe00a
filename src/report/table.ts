// The report for people at a terminal: findings that need attention grouped by pillar, what had
// nothing in scope, and counts. Every line fits in `width` columns whatever the data holds.

import {
  PILLARS,
  type CheckMeta,
  type ControlStatus,
  type Finding,
  type Pillar,
  type ScanReport,
  type Severity,
  type Status,
} from '../model.js';
import { durationLabel, PILLAR_TITLES, SEVERITY_LABELS } from './labels.js';
import { palette, SEVERITY_STYLES, STATUS_STYLES } from './paint.js';
import { activeCounts, compareForDisplay, displayState, isSuppressed, tally, type StatusCounts } from './tally.js';
import { displayWidth, flow, padEnd, padStart, safeText, safeToken, words } from './text.js';

export interface TableOptions {
  /** ANSI colours; when false the output holds no escape sequence at all. */
  color: boolean;
  /** List PASS findings too (after FAIL and ERROR). */
  showPassed?: boolean;
  /** Columns available; default 80. Below 40 the layout is kept at 40. */
  width?: number;
}

export const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 40;
const STATUS_COLUMN = 6;
const SEVERITY_COLUMN = 9;
const HANG = STATUS_COLUMN + SEVERITY_COLUMN;
interface Paint {
  status(status: Status, text: string): string;
  severity(severity: Severity, text: string): string;
  heading(text: string): string;
  dim(text: string): string;
}

function painter(color: boolean): Paint {
  const paint = palette(color);
  return {
    status: (s, text) => paint(...(STATUS_STYLES[s] ?? []))(text),
    severity: (s, text) => paint(...(SEVERITY_STYLES[s] ?? []))(text),
    heading: paint('bold'),
    dim: paint('dim'),
  };
}

export function formatTable(report: ScanReport, meta: ReadonlyMap<string, CheckMeta>, options: TableOptions): string {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH));
  const paint = painter(options.color);
  const out: string[] = [];
  out.push(...header(report, width, paint), '');
  out.push(...findingsSection(report, width, paint, options.showPassed ?? false));
  out.push(...complianceSection(report, width, paint, options.showPassed ?? false));
  out.push(...notInScope(report, meta, width, paint));
  out.push(...baselineSection(report, width, paint));
  out.push(...notes(report, width, paint));
  out.push(...summary(report, width, paint));
  return out.join('\n') + '\n';
}

function header(report: ScanReport, width: number, paint: Paint): string[] {
  const label = 11;
  const row = (name: string, tokens: string[], gap = ' ') =>
    flow(tokens, { width, prefix: padEnd(name, label), hang: label, gap });
  const lines = flow(words(safeText(`${report.tool.name} ${report.tool.version} security posture report`)), { width });
  lines[0] = paint.heading(lines[0] ?? '');
  const regions = report.regions.map(safeToken);
  lines.push(
    ...row('Account', [safeToken(report.account.id), `(${safeToken(report.account.partition)})`]),
    ...row('Principal', [safeToken(report.account.principalArn)]),
    ...row('Regions', regions.length ? regions.map((r, i) => (i < regions.length - 1 ? `${r},` : r)) : ['none']),
    ...row('Source', [report.source === 'aws' ? 'live AWS API' : 'recorded inventory']),
    ...row('Started', [safeToken(report.startedAt)]),
    ...row('Finished', [safeToken(report.finishedAt), ...duration(report.startedAt, report.finishedAt)]),
  );
  return lines;
}

function duration(startedAt: string, finishedAt: string): string[] {
  const label = durationLabel(startedAt, finishedAt);
  return label ? [`(${label})`] : [];
}

function findingsSection(report: ScanReport, width: number, paint: Paint, showPassed: boolean): string[] {
  const shown = (f: Finding) => f.status !== 'PASS' || showPassed;
  const out: string[] = [];
  for (const pillar of PILLARS) {
    // Array.prototype.sort is stable: within a status and severity the runner's order (check, region, resource) stays.
    const findings = report.findings
      .filter((f) => f.pillar === pillar && shown(f))
      .sort(compareForDisplay);
    if (findings.length === 0) continue;
    out.push(...pillarHeading(pillar, findings, width, paint));
    for (const f of findings) out.push(...findingLines(f, width, paint));
    out.push('');
  }
  if (out.length === 0) {
    out.push(showPassed ? 'No findings.' : 'No FAIL or ERROR findings.', '');
  }
  return out;
}

function pillarHeading(pillar: Pillar, findings: readonly Finding[], width: number, paint: Paint): string[] {
  const counts = { PASS: 0, FAIL: 0, ERROR: 0, suppressed: 0 };
  for (const f of findings) counts[displayState(f)]++;
  const parts = (['FAIL', 'ERROR', 'suppressed', 'PASS'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  const text = `${pillar.toUpperCase()} - ${PILLAR_TITLES[pillar]} (${parts.join(', ')})`;
  const lines = flow(words(text), { width, hang: 2 });
  const rule = '-'.repeat(Math.min(width, Math.max(...lines.map(displayWidth))));
  return [...lines.map(paint.heading), rule];
}

function findingLines(f: Finding, width: number, paint: Paint): string[] {
  const status = padEnd(f.status, STATUS_COLUMN);
  const severity = padEnd(SEVERITY_LABELS[f.severity] ?? safeToken(f.severity), SEVERITY_COLUMN);
  // A result the baseline did not have is marked, so that what changed stands out in a long list.
  const marks = f.baseline === 'new' && f.status !== 'PASS' ? ['(new)'] : [];
  const head = flow([safeToken(f.checkId), safeToken(f.region), safeToken(f.resourceId) || '(no id)', ...marks], {
    width,
    prefix: status + severity,
    hang: HANG,
    gap: '  ',
  });
  // The prefix is plain ASCII, so it can be swapped for its coloured form without changing any width.
  const first = head[0] ?? '';
  head[0] =
    paint.status(f.status, status.trimEnd()) +
    ' '.repeat(STATUS_COLUMN - f.status.length) +
    paint.severity(f.severity, severity.trimEnd()) +
    ' '.repeat(Math.max(0, SEVERITY_COLUMN - severity.trimEnd().length)) +
    first.slice(HANG);
  const body = flow(words(safeText(f.message)), { width, prefix: ' '.repeat(HANG), hang: HANG });
  const accepted = isSuppressed(f) ? suppressionLines(f.suppression!, width, paint) : [];
  return [...head, ...body.filter((l) => l.trim() !== ''), ...accepted];
}

function suppressionLines(s: NonNullable<Finding['suppression']>, width: number, paint: Paint): string[] {
  const until = s.expires ? ` until ${safeToken(s.expires)}` : '';
  const text = `Suppressed${until} by ${safeText(s.source) || 'the config file'}: ${safeText(s.reason)}`;
  return flow(words(text), { width, prefix: ' '.repeat(HANG), hang: HANG + 2 }).map((l) => paint.dim(l));
}

const CONTROL_STATUS: Partial<Record<ControlStatus, Status>> = { fail: 'FAIL', error: 'ERROR', pass: 'PASS' };

function complianceSection(report: ScanReport, width: number, paint: Paint, showPassed: boolean): string[] {
  const view = report.compliance;
  if (!view) return [];
  const heading = flow(words(`COMPLIANCE - ${safeText(view.name)}`), { width, hang: 2 });
  const out = [...heading.map(paint.heading), '-'.repeat(Math.min(width, Math.max(...heading.map(displayWidth))))];
  const count = (s: ControlStatus) => view.controls.filter((c) => c.status === s).length;
  const counts =
    `${view.controls.length} controls: ${count('pass')} pass, ${count('fail')} fail, ${count('error')} error, ` +
    `${count('not-applicable')} nothing in scope, ${count('manual')} manual, ${count('not-covered')} not covered.`;
  out.push(...flow(words(counts), { width, hang: 2 }));
  // Controls in the model's status order; within a status, the framework's own order.
  const listed = (['fail', 'error', 'pass'] as const).filter((s) => s !== 'pass' || showPassed);
  for (const s of listed) {
    for (const control of view.controls.filter((c) => c.status === s)) {
      const status = CONTROL_STATUS[s]!;
      const prefix = padEnd(status, STATUS_COLUMN);
      // The id's trailing space makes a double space before the title, as between the columns of a finding.
      const head = flow([`${safeToken(control.id)} `, ...words(safeText(control.title))], { width, prefix, hang: STATUS_COLUMN + 2 });
      head[0] = paint.status(status, status) + (head[0] ?? '').slice(status.length);
      const checks = flow(words(`checks: ${control.checks.map(safeToken).join(', ')}`), {
        width,
        prefix: ' '.repeat(STATUS_COLUMN + 2),
        hang: STATUS_COLUMN + 4,
      });
      out.push(...head, ...checks);
    }
  }
  out.push('');
  return out;
}

function notInScope(report: ScanReport, meta: ReadonlyMap<string, CheckMeta>, width: number, paint: Paint): string[] {
  const idle = report.checks.filter((c) => c.state === 'not-applicable');
  if (idle.length === 0) return [];
  const out = [paint.heading(`Nothing in scope (${idle.length} ${idle.length === 1 ? 'check' : 'checks'})`)];
  for (const c of idle) {
    const resourceType = meta.get(c.checkId)?.resourceType;
    const note = c.note ?? (resourceType ? `No ${resourceType} in scope.` : 'Nothing in scope.');
    out.push(...flow([`${safeToken(c.checkId)}:`, ...words(safeText(note))], { width, prefix: '  ', hang: 6 }));
  }
  out.push('');
  return out;
}

function baselineSection(report: ScanReport, width: number, paint: Paint): string[] {
  const baseline = report.baseline;
  if (!baseline) return [];
  const count = (pred: (f: Finding) => boolean) => report.findings.filter(pred).length;
  const newFails = count((f) => f.status === 'FAIL' && f.baseline === 'new');
  const still = count((f) => f.status === 'FAIL' && f.baseline === 'unchanged');
  const fixed = baseline.fixed.length;
  const out = [paint.heading('Baseline')];
  const text =
    `Compared with ${safeText(baseline.source)} (scan of ${safeToken(baseline.startedAt)}): ` +
    `${newFails} new FAIL, ${still} still failing, ${fixed} fixed.`;
  out.push(...flow(words(text), { width, prefix: '  ', hang: 4 }));
  for (const f of baseline.fixed) {
    out.push(...flow([safeToken(f.checkId), safeToken(f.region), safeToken(f.resourceId) || '(no id)'], { width, prefix: '  FIXED  ', hang: 9, gap: '  ' }));
  }
  out.push('');
  return out;
}

function notes(report: ScanReport, width: number, paint: Paint): string[] {
  if (report.notes.length === 0) return [];
  const out = [paint.heading('Notes')];
  for (const note of report.notes) out.push(...flow(words(safeText(note)), { width, prefix: '  - ', hang: 4 }));
  out.push('');
  return out;
}

function summary(report: ScanReport, width: number, paint: Paint): string[] {
  const t = tally(report);
  const suppressedTotal = t.suppressed.FAIL + t.suppressed.ERROR;
  // The suppressed column appears only when there is something in it; narrower columns keep 40 columns enough.
  const withSuppressed = suppressedTotal > 0;
  const name = 14;
  const num = withSuppressed ? 6 : 7;
  const statuses = ['PASS', 'FAIL', 'ERROR'] as const;
  const cell = (s: Status, n: number) => {
    const text = padStart(String(n), num);
    return n > 0 && s !== 'PASS' ? paint.status(s, text) : text;
  };
  const row = (label: string, all: StatusCounts, suppressed: StatusCounts) => {
    const active = activeCounts(all, suppressed);
    const extra = withSuppressed ? padStart(String(suppressed.FAIL + suppressed.ERROR), num) : '';
    return '  ' + padEnd(label, name) + statuses.map((s) => cell(s, active[s])).join('') + extra;
  };
  const out = [paint.heading('Summary')];
  out.push(paint.dim('  ' + padEnd('pillar', name) + statuses.map((s) => padStart(s, num)).join('') + (withSuppressed ? padStart('SUPPR', num) : '')));
  for (const p of PILLARS) out.push(row(p, t.byPillar[p], t.suppressedByPillar[p]));
  out.push(row('total', t.findings, t.suppressed));
  if (withSuppressed) {
    out.push(...flow(words('SUPPR: FAIL and ERROR results a suppression accepts; not counted as FAIL or ERROR, never gated on.'), { width, prefix: '  ', hang: 2 }).map(paint.dim));
  }
  out.push('');
  const bySeverity = Object.entries(t.bySeverity).map(
    ([s, c], i, all) => `${s} ${c.FAIL - (t.suppressedBySeverity[s as Severity]?.FAIL ?? 0)}${i < all.length - 1 ? ',' : ''}`,
  );
  out.push(...flow(['FAIL', 'by', 'severity:', ...bySeverity], { width, prefix: '  ', hang: 4 }));
  const cs = t.checkStates;
  const checks = report.checks.length;
  const findings = report.findings.length;
  const active = activeCounts(t.findings, t.suppressed);
  const suppressedPart = withSuppressed ? `, ${suppressedTotal} suppressed` : '';
  const totals =
    `Total: ${checks} ${checks === 1 ? 'check' : 'checks'} (${cs.fail} failing, ${cs.error} with errors, ` +
    `${cs.pass} passing, ${cs['not-applicable']} nothing in scope); ${findings} ${findings === 1 ? 'finding' : 'findings'} ` +
    `(${active.FAIL} FAIL, ${active.ERROR} ERROR, ${active.PASS} PASS${suppressedPart}).`;
  out.push(...flow(words(totals), { width, prefix: '  ', hang: 4 }));
  return out;
}
