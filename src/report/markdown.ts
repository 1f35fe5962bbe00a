// A Markdown summary for `$GITHUB_STEP_SUMMARY` and pull-request comments: who and what was scanned, counts
// by pillar and severity, the worst failing checks with their remediation, and every finding in collapsed
// sections. AWS text is escaped so that it cannot add HTML, links, mentions or table cells, and the output
// stays under GitHub's 65,536-character limit of a pull-request comment (or another limit), saying so
// when rows were left out.

import { PILLARS, SEVERITIES, severityRank, type CheckMeta, type ControlStatus, type Finding, type ScanReport } from '../model.js';
import { durationLabel, PILLAR_TITLES } from './labels.js';
import { html, mdCode, mdText } from './markup.js';
import { activeCounts, compareForDisplay, isSuppressed, tally, type StatusCounts } from './tally.js';
import { safeText } from './text.js';

/** GitHub refuses a step summary larger than this (bytes). */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;
/** GitHub's limit on a pull-request or issue comment (characters; counted here as bytes, which is stricter). */
export const COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  /**
   * Largest output in UTF-8 bytes; default COMMENT_LIMIT, so that the summary can be posted as a
   * comment as well as a step summary. STEP_SUMMARY_LIMIT is the most a step summary takes.
   */
  maxBytes?: number;
  /** Failing checks shown with their remediation; default 10. */
  topChecks?: number;
}

// Room kept for what closes the document once rows stop fitting: closing tags, the truncation note, the footer.
const RESERVE = 2048;
/** The least a summary can be fitted in: its head and a few rows. */
export const MIN_MARKDOWN_BYTES = 8192;

export function formatMarkdown(report: ScanReport, meta: ReadonlyMap<string, CheckMeta>, options: MarkdownOptions = {}): string {
  const limit = Math.max(MIN_MARKDOWN_BYTES, Math.floor(options.maxBytes ?? COMMENT_LIMIT));
  const doc = new Budget(limit - RESERVE);
  const t = tally(report);
  const anySuppressed = t.suppressed.FAIL + t.suppressed.ERROR > 0;

  header(doc, report, t.findings, t.suppressed);
  countsTables(doc, t, anySuppressed);
  topFailures(doc, report, meta, options.topChecks ?? 10);
  compliance(doc, report);
  findingsDetails(doc, report);
  suppressedDetails(doc, report);
  fixedDetails(doc, report);
  notes(doc, report);

  if (doc.omitted > 0) {
    doc.force(
      `> [!NOTE]\n> ${doc.omitted} ${doc.omitted === 1 ? 'row was' : 'rows were'} left out to keep this summary under ` +
        `${formatBytes(limit)}. The JSON, CSV and HTML reports have every finding.`,
    );
    doc.force('');
  }
  doc.force(`<sub>${html(`${report.tool.name} ${report.tool.version}`)}</sub>`);
  return doc.text();
}

/** Lines of the document, added only while they fit; what did not fit is counted. */
class Budget {
  private readonly lines: string[] = [];
  private used = 0;
  omitted = 0;

  constructor(private readonly limit: number) {}

  fits(...lines: string[]): boolean {
    return this.used + lines.reduce((n, l) => n + bytes(l) + 1, 0) <= this.limit;
  }

  /** Adds the lines together, or none of them; false when they did not fit. */
  add(...lines: string[]): boolean {
    if (!this.fits(...lines)) return false;
    for (const l of lines) this.force(l);
    return true;
  }

  /** Adds a line whatever the budget: only for the few bytes RESERVE keeps for them. */
  force(line: string): void {
    this.lines.push(line);
    this.used += bytes(line) + 1;
  }

  text(): string {
    return this.lines.join('\n') + '\n';
  }
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${+(n / (1024 * 1024)).toFixed(2)} MiB` : `${+(n / 1024).toFixed(1)} KiB`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function header(doc: Budget, report: ScanReport, all: StatusCounts, suppressed: StatusCounts): void {
  const active = activeCounts(all, suppressed);
  const hidden = suppressed.FAIL + suppressed.ERROR;
  const bold = (n: number, label: string) => (n > 0 ? `**${n} ${label}**` : `${n} ${label}`);
  const counts = [bold(active.FAIL, 'FAIL'), bold(active.ERROR, 'ERROR'), `${active.PASS} PASS`, ...(hidden > 0 ? [`${hidden} suppressed`] : [])];
  const regions = report.regions.length ? report.regions.map((r) => mdCode(r, false)).join(', ') : 'none';
  const lines = [
    `## AWS security posture: account ${mdCode(report.account.id, false)}`,
    '',
    `${counts.join(' · ')} from ${plural(report.checks.length, 'check')}.`,
    '',
    `- **Account:** ${mdCode(report.account.id, false)} (${mdText(report.account.partition)}), scanned as ${mdCode(report.account.principalArn, false)}`,
    `- **Regions:** ${regions}`,
    `- **Scan:** ${mdText(when(report.startedAt))}${duration(report.startedAt, report.finishedAt)}, ${report.source === 'aws' ? 'live AWS API' : 'recorded inventory'}`,
  ];
  if (report.baseline) {
    const count = (pred: (f: Finding) => boolean) => report.findings.filter(pred).length;
    const newFails = count((f) => f.status === 'FAIL' && f.baseline === 'new');
    const still = count((f) => f.status === 'FAIL' && f.baseline === 'unchanged');
    lines.push(
      `- **Baseline:** ${mdCode(report.baseline.source, false)} (scan of ${mdText(when(report.baseline.startedAt))}): ` +
        `${bold(newFails, 'new FAIL')}, ${still} still failing, ${report.baseline.fixed.length} fixed`,
    );
  }
  if (report.compliance) {
    const controls = report.compliance.controls;
    const n = (s: ControlStatus) => controls.filter((c) => c.status === s).length;
    lines.push(
      `- **Framework:** ${mdText(report.compliance.name)}: ${plural(controls.length, 'control')}, ${n('pass')} pass, ` +
        `${n('fail')} fail, ${n('error')} error, ${n('manual') + n('not-covered')} manual or not covered`,
    );
  }
  lines.push('');
  doc.add(...lines);
}

function when(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC` : iso;
}

function duration(startedAt: string, finishedAt: string): string {
  const label = durationLabel(startedAt, finishedAt);
  return label ? ` (${label})` : '';
}

function countsTables(doc: Budget, t: ReturnType<typeof tally>, anySuppressed: boolean): void {
  const head = (first: string) => [
    `| ${first} | FAIL | ERROR | PASS |${anySuppressed ? ' Suppressed |' : ''}`,
    `| --- | ---: | ---: | ---: |${anySuppressed ? ' ---: |' : ''}`,
  ];
  const row = (label: string, all: StatusCounts, suppressed: StatusCounts) => {
    const a = activeCounts(all, suppressed);
    return `| ${label} | ${a.FAIL} | ${a.ERROR} | ${a.PASS} |${anySuppressed ? ` ${suppressed.FAIL + suppressed.ERROR} |` : ''}`;
  };
  const pillars = PILLARS.map((p) => row(`${PILLAR_TITLES[p]} (${p})`, t.byPillar[p], t.suppressedByPillar[p]));
  const severities = SEVERITIES.map((s) => row(s, t.bySeverity[s], t.suppressedBySeverity[s]));
  doc.add('### Results by pillar', '', ...head('Pillar'), ...pillars, row('**Total**', t.findings, t.suppressed), '');
  doc.add('### Results by severity', '', ...head('Severity'), ...severities, '');
}

interface FailingCheck {
  checkId: string;
  severity: Finding['severity'];
  findings: Finding[];
}

function topFailures(doc: Budget, report: ScanReport, meta: ReadonlyMap<string, CheckMeta>, limit: number): void {
  const byCheck = new Map<string, FailingCheck>();
  for (const f of report.findings) {
    if (f.status !== 'FAIL' || isSuppressed(f)) continue;
    const entry = byCheck.get(f.checkId) ?? { checkId: f.checkId, severity: f.severity, findings: [] };
    entry.findings.push(f);
    byCheck.set(f.checkId, entry);
  }
  const failing = [...byCheck.values()].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || b.findings.length - a.findings.length || (a.checkId < b.checkId ? -1 : 1),
  );
  if (failing.length === 0) {
    doc.add('### Top failures', '', 'No check failed.', '');
    return;
  }
  const shown = failing.slice(0, Math.max(0, limit));
  const more = failing.length - shown.length;
  const intro = more > 0 ? `The ${shown.length} most severe of ${failing.length} failing checks.` : `${plural(failing.length, 'failing check')}, most severe first.`;
  if (!doc.add('### Top failures', '', intro, '')) {
    doc.omitted += shown.length;
    return;
  }
  shown.forEach((entry, i) => {
    if (!doc.add(...failingCheck(entry, meta.get(entry.checkId), i + 1))) doc.omitted++;
  });
}

function failingCheck(entry: FailingCheck, m: CheckMeta | undefined, rank: number): string[] {
  const title = m ? mdText(m.title) : mdCode(entry.checkId, false);
  const resources = entry.findings.slice(0, 3).map((f) => `${mdCode(f.resourceId || f.resourceArn || '(no id)', false)} (${mdCode(f.region, false)})`);
  const rest = entry.findings.length - resources.length;
  const lines = [
    `#### ${rank}. ${entry.severity}: ${title}`,
    '',
    `${mdCode(entry.checkId, false)} fails for ${plural(entry.findings.length, 'resource')}: ${resources.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}.`,
    '',
  ];
  if (!m) return lines;
  lines.push(`**Remediation.** ${mdText(m.remediation.text)}`, '');
  if (m.remediation.console) lines.push(`**Console.** ${mdText(m.remediation.console)}`, '');
  if (m.remediation.cli) {
    const cli = safeText(m.remediation.cli);
    const fence = '`'.repeat(Math.max(3, Math.max(0, ...(cli.match(/`+/g) ?? []).map((r) => r.length)) + 1));
    lines.push('<details><summary>CLI</summary>', '', `${fence}sh`, cli, fence, '', '</details>', '');
  }
  const doc = m.references.docs[0];
  if (doc && /^https:\/\/[^\s<>()]+$/.test(doc)) lines.push(`[Documentation](${doc})`, '');
  return lines;
}

function compliance(doc: Budget, report: ScanReport): void {
  const view = report.compliance;
  if (!view) return;
  const listed = view.controls.filter((c) => c.status === 'fail' || c.status === 'error');
  if (listed.length === 0) return;
  const rows = listed.map(
    (c) => `| ${c.status.toUpperCase()} | ${mdCode(c.id)} | ${mdText(c.title)} | ${c.checks.map((id) => mdCode(id)).join(', ')} |`,
  );
  table(doc, `${html(view.name)}: ${plural(listed.length, 'control')} failing or in error`, ['Status', 'Control', 'Title', 'Checks'], rows);
}

function statusCell(f: Finding): string {
  const mark = f.baseline === 'new' && f.status !== 'PASS' ? ' (new)' : '';
  return `${f.status}${mark}`;
}

function findingsDetails(doc: Budget, report: ScanReport): void {
  const listed = report.findings
    .filter((f) => f.status !== 'PASS' && !isSuppressed(f))
    .sort(compareForDisplay);
  if (listed.length === 0) return;
  const rows = listed.map(
    (f) => `| ${statusCell(f)} | ${f.severity} | ${mdCode(f.checkId)} | ${mdCode(f.region)} | ${mdCode(f.resourceId || f.resourceArn)} | ${mdText(f.message)} |`,
  );
  const errors = listed.filter((f) => f.status === 'ERROR').length;
  const summary = `${plural(listed.length - errors, 'FAIL finding')}${errors ? ` and ${errors} ERROR` : ''}`;
  table(doc, summary, ['Status', 'Severity', 'Check', 'Region', 'Resource', 'Message'], rows);
}

function suppressedDetails(doc: Budget, report: ScanReport): void {
  const listed = report.findings.filter(isSuppressed);
  if (listed.length === 0) return;
  const rows = listed.map((f) => {
    const s = f.suppression!;
    return `| ${f.status} | ${f.severity} | ${mdCode(f.checkId)} | ${mdCode(f.region)} | ${mdCode(f.resourceId || f.resourceArn)} | ${mdText(s.reason)} | ${s.expires ? mdCode(s.expires) : ''} | ${mdCode(s.source)} |`;
  });
  table(doc, `${plural(listed.length, 'suppressed finding')} (accepted, not gated on)`, ['Status', 'Severity', 'Check', 'Region', 'Resource', 'Reason', 'Until', 'Declared in'], rows);
}

function fixedDetails(doc: Budget, report: ScanReport): void {
  const fixed = report.baseline?.fixed ?? [];
  if (fixed.length === 0) return;
  const rows = fixed.map((f) => `| ${f.severity} | ${mdCode(f.checkId)} | ${mdCode(f.region)} | ${mdCode(f.resourceId || f.resourceArn)} |`);
  table(doc, `${plural(fixed.length, 'finding')} fixed since the baseline`, ['Severity', 'Check', 'Region', 'Resource'], rows);
}

/** A collapsed table: as many rows as fit, the others counted. `summary` is HTML (a details summary is not Markdown). */
function table(doc: Budget, summary: string, columns: string[], rows: string[]): void {
  const open = [`<details><summary>${summary}</summary>`, '', `| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`];
  const close = ['', '</details>', ''];
  if (!doc.fits(...open, ...close)) {
    doc.omitted += rows.length;
    return;
  }
  for (const line of open) doc.force(line);
  let shown = 0;
  for (const row of rows) {
    if (!doc.fits(row, ...close)) break;
    doc.force(row);
    shown++;
  }
  doc.omitted += rows.length - shown;
  if (shown < rows.length) {
    doc.force('');
    doc.force(`_${rows.length - shown} more not shown._`);
  }
  for (const line of close) doc.force(line);
}

function notes(doc: Budget, report: ScanReport): void {
  if (report.notes.length === 0) return;
  if (!doc.add('### Notes', '')) {
    doc.omitted += report.notes.length;
    return;
  }
  for (const note of report.notes) if (!doc.add(`- ${mdText(note)}`)) doc.omitted++;
  doc.force('');
}
