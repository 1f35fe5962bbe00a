// The terminal report of an organization scan: a header for the run, then each account in id order
// (its single-account table, grouped by pillar, under a banner with the account's counts), then one
// summary line per account.

import type { CheckMeta } from '../model.js';
import type { OrgAccountResult, OrgReport } from '../org/model.js';
import { counted } from './labels.js';
import { orgSummary } from './org-json.js';
import { palette } from './paint.js';
import type { GroupBy } from './formats.js';
import { DEFAULT_WIDTH, formatTable } from './table.js';
import { tally } from './tally.js';
import { displayWidth, flow, padEnd, padStart, safeText, safeToken, words } from './text.js';

export interface OrgTableOptions {
  color: boolean;
  showPassed?: boolean;
  width?: number;
  /** Each account's findings grouped by this (default pillar). */
  groupBy?: GroupBy;
  compact?: boolean;
}

const MIN_WIDTH = 40;
const ID_COLUMN = 14;
const COUNT_COLUMN = 7;

export function formatOrgTable(report: OrgReport, meta: ReadonlyMap<string, CheckMeta>, options: OrgTableOptions): string {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH));
  const paint = palette(options.color);
  const c = { bold: paint('bold'), dim: paint('dim'), errorLabel: paint('yellow', 'bold') };
  const out: string[] = [...header(report, width, c.bold), ''];
  if (report.accounts.length === 0) out.push('No account was selected.', '');
  for (const account of report.accounts) {
    out.push(c.bold('='.repeat(width)));
    out.push(...banner(account, width).map((line, i) => (i === 0 ? c.bold(line) : line)));
    out.push(c.bold('='.repeat(width)));
    if (account.report) {
      const table = formatTable(account.report, meta, {
        color: options.color,
        showPassed: options.showPassed ?? false,
        width,
        ...(options.groupBy ? { groupBy: options.groupBy } : {}),
        ...(options.compact ? { compact: true } : {}),
      });
      out.push(table.trimEnd(), '');
    } else {
      const reason = safeText(account.error ?? 'unknown error');
      const lines = flow(words(`The account could not be scanned. ${reason}`), { width, prefix: 'ERROR ', hang: 6 });
      lines[0] = c.errorLabel('ERROR') + (lines[0] ?? '').slice(5);
      out.push(...lines, '');
    }
  }
  if (report.notes.length > 0) {
    out.push(c.bold('Notes'));
    for (const note of report.notes) out.push(...flow(words(safeText(note)), { width, prefix: '  - ', hang: 4 }));
    out.push('');
  }
  out.push(...accountSummary(report, width, c.bold, c.dim));
  return out.join('\n') + '\n';
}

function header(report: OrgReport, width: number, bold: (s: string) => string): string[] {
  const label = 14;
  const row = (name: string, text: string) => flow(words(text), { width, prefix: padEnd(name, label), hang: label });
  const s = orgSummary(report);
  const lines = flow(words(safeText(`${report.tool.name} ${report.tool.version} organization posture report`)), { width });
  lines[0] = bold(lines[0] ?? '');
  if (report.organization) {
    const management = report.organization.managementAccountId ? ` (management account ${safeToken(report.organization.managementAccountId)})` : '';
    lines.push(...row('Organization', `${safeToken(report.organization.id)}${management}`));
  }
  lines.push(...row('Accounts', `${s.accounts.total} selected: ${s.accounts.scanned} scanned, ${s.accounts.error} could not be scanned`));
  if (report.shard) {
    lines.push(...row('Shard', `${report.shard.index}/${report.shard.count} (of ${counted(report.shard.total, 'account')} selected before sharding)`));
  }
  lines.push(...row('Started', safeToken(report.startedAt)), ...row('Finished', safeToken(report.finishedAt)));
  return lines;
}

function counts(account: OrgAccountResult): string {
  if (!account.report) return 'not scanned';
  const t = tally(account.report).findings;
  return `${t.FAIL} FAIL, ${t.ERROR} ERROR, ${t.PASS} PASS`;
}

function banner(account: OrgAccountResult, width: number): string[] {
  const name = account.name ? [safeToken(account.name)] : [];
  return flow(['ACCOUNT', safeToken(account.id), ...name, '-', ...words(counts(account))], { width, hang: 2 });
}

function accountSummary(report: OrgReport, width: number, bold: (s: string) => string, dim: (s: string) => string): string[] {
  if (report.accounts.length === 0) return [];
  const numbers = ['FAIL', 'ERROR', 'PASS'] as const;
  // Below 8 columns a name says nothing: narrow terminals get the names in the banners only.
  const room = width - 2 - ID_COLUMN - COUNT_COLUMN * numbers.length;
  const nameColumn = room >= 8 ? room : 0;
  const fit = (text: string) => {
    if (nameColumn === 0) return '';
    if (displayWidth(text) <= nameColumn - 1) return padEnd(text, nameColumn);
    let cut = '';
    for (const char of text) {
      if (displayWidth(cut + char) > nameColumn - 2) break;
      cut += char;
    }
    return padEnd(`${cut}~`, nameColumn);
  };
  const out = [bold('Accounts'), dim('  ' + padEnd('account', ID_COLUMN) + fit('name') + numbers.map((n) => padStart(n, COUNT_COLUMN)).join(''))];
  for (const account of report.accounts) {
    const id = '  ' + padEnd(safeToken(account.id), ID_COLUMN);
    if (account.report) {
      const t = tally(account.report).findings;
      out.push(id + fit(safeToken(account.name ?? '')) + numbers.map((n) => padStart(String(t[n]), COUNT_COLUMN)).join(''));
    } else {
      // The reason takes the name and count columns: it is what the reader of this line needs.
      const name = account.name ? [safeToken(account.name)] : [];
      out.push(...flow([...name, ...words(`not scanned: ${safeText(account.error ?? 'unknown error')}`)], { width, prefix: id, hang: 2 + ID_COLUMN + 2 }));
    }
  }
  const s = orgSummary(report);
  out.push('  ' + padEnd('total', ID_COLUMN) + fit(`${s.accounts.scanned} of ${s.accounts.total} scanned`) + numbers.map((n) => padStart(String(s.findings[n]), COUNT_COLUMN)).join(''));
  return out;
}
