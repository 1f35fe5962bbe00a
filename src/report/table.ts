// The report for people at a terminal: findings that need attention grouped by pillar, what had
// nothing in scope, and counts. Every line fits in `width` columns whatever the data holds.

import {
  GLOBAL_REGION,
  PILLARS,
  SERVICES,
  SEVERITIES,
  severityRank,
  type CheckMeta,
  type ControlStatus,
  type Finding,
  type Pillar,
  type ScanReport,
  type Severity,
  type Status,
} from '../model.js';
import type { GroupBy } from './formats.js';
import { durationLabel, PILLAR_TITLES, SEVERITY_LABELS } from './labels.js';
import { palette, SEVERITY_STYLES, STATUS_STYLES } from './paint.js';
import { activeCounts, compareForDisplay, displayState, isSuppressed, tally, type StatusCounts } from './tally.js';
import { displayWidth, flow, padEnd, padStart, safeText, safeToken, words } from './text.js';

export { GROUP_BY, type GroupBy } from './formats.js';

export interface TableOptions {
  /** ANSI colours; when false the output holds no escape sequence at all. */
  color: boolean;
  /** List PASS findings too (after FAIL and ERROR). */
  showPassed?: boolean;
  /** Columns available; default 80. Below 40 the layout is kept at 40. */
  width?: number;
  /** Default `pillar`. */
  groupBy?: GroupBy;
  /** One line per finding, its message cut to the width, instead of the message in full. */
  compact?: boolean;
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
  out.push(...findingsSection(report, meta, width, paint, options));
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

interface Group {
  title: string;
  findings: Finding[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Position in the model's order; what the model does not list comes after, by name. */
const inOrder = (order: readonly string[]) => (a: string, b: string) => {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return rank(a) - rank(b) || byName(a, b);
};

/** The groups of --group-by, in the order people read them: most severe first, the model's order, or by name. */
function groupsOf(findings: readonly Finding[], by: GroupBy, meta: ReadonlyMap<string, CheckMeta>): Group[] {
  const keyOf: Record<GroupBy, (f: Finding) => string> = {
    severity: (f) => f.severity,
    pillar: (f) => f.pillar,
    service: (f) => f.service,
    region: (f) => f.region,
    check: (f) => f.checkId,
  };
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = keyOf[by](f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const severityOf = (key: string) => severityRank(groups.get(key)![0]!.severity);
  const order: Record<GroupBy, (a: string, b: string) => number> = {
    severity: inOrder(SEVERITIES),
    pillar: inOrder(PILLARS),
    service: inOrder(SERVICES),
    region: (a, b) => Number(b === GLOBAL_REGION) - Number(a === GLOBAL_REGION) || byName(a, b),
    check: (a, b) => severityOf(a) - severityOf(b) || byName(a, b),
  };
  const title: Record<GroupBy, (key: string) => string> = {
    severity: (key) => key.toUpperCase(),
    pillar: (key) => `${key.toUpperCase()} - ${PILLAR_TITLES[key as Pillar] ?? key}`,
    service: (key) => key.toUpperCase(),
    region: (key) => `REGION ${key}`,
    check: (key) => (meta.get(key) ? `${key} - ${meta.get(key)!.title}` : key),
  };
  // Array.prototype.sort is stable: within a status and severity the runner's order (check, region, resource) stays.
  return [...groups.keys()].sort(order[by]).map((key) => ({ title: safeText(title[by](key)), findings: groups.get(key)!.sort(compareForDisplay) }));
}

function findingsSection(report: ScanReport, meta: ReadonlyMap<string, CheckMeta>, width: number, paint: Paint, options: TableOptions): string[] {
  const showPassed = options.showPassed ?? false;
  const shown = report.findings.filter((f) => f.status !== 'PASS' || showPassed);
  const out: string[] = [];
  for (const group of groupsOf(shown, options.groupBy ?? 'pillar', meta)) {
    out.push(...groupHeading(group, width, paint));
    for (const f of group.findings) out.push(...(options.compact ? [compactLine(f, width, paint)] : findingLines(f, width, paint)));
    out.push('');
  }
  if (out.length === 0) {
    out.push(showPassed ? 'No findings.' : 'No FAIL or ERROR findings.', '');
  }
  return out;
}

function groupHeading(group: Group, width: number, paint: Paint): string[] {
  const counts = { PASS: 0, FAIL: 0, ERROR: 0, suppressed: 0 };
  for (const f of group.findings) counts[displayState(f)]++;
  const parts = (['FAIL', 'ERROR', 'suppressed', 'PASS'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  const lines = flow(words(`${group.title} (${parts.join(', ')})`), { width, hang: 2 });
  const rule = '-'.repeat(Math.min(width, Math.max(...lines.map(displayWidth))));
  return [...lines.map(paint.heading), rule];
}

/** One line: status, severity, check, region, resource and marks, then as much of the message as fits. */
function compactLine(f: Finding, width: number, paint: Paint): string {
  const severity = SEVERITY_LABELS[f.severity] ?? safeToken(f.severity);
  const marks = [...(isSuppressed(f) ? ['(suppressed)'] : []), ...(f.baseline === 'new' && f.status !== 'PASS' ? ['(new)'] : [])];
  const fields = [safeToken(f.checkId), safeToken(f.region), safeToken(f.resourceId) || '(no id)', ...marks].join('  ');
  const line = cut(`${padEnd(f.status, STATUS_COLUMN)}${padEnd(severity, SEVERITY_COLUMN)}${fields}  ${safeText(f.message)}`, width);
  // Status and severity are plain ASCII at fixed places: coloured without changing any width (a
  // severity label that the cut reached is left plain).
  if (line.length < STATUS_COLUMN + severity.length) return line;
  return (
    paint.status(f.status, f.status) +
    line.slice(f.status.length, STATUS_COLUMN) +
    paint.severity(f.severity, severity) +
    line.slice(STATUS_COLUMN + severity.length)
  );
}

/** The text cut to `width` columns, with an ellipsis when anything was left out. */
function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = displayWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out.trimEnd()}\u2026`;
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
