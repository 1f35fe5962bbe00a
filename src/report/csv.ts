// CSV (RFC 4180) for spreadsheets and ad-hoc tooling: a header row, then one row per finding in report
// order. Cells are data, never formulas: a cell that a spreadsheet would evaluate (starting with = + - @,
// tab or CR) gets a leading single quote, as OWASP recommends against CSV injection.

import type { CheckMeta, Finding, ScanReport } from '../model.js';
import { isSuppressed } from './tally.js';
import { visibleEscape, wellFormed } from './text.js';

export const CSV_COLUMNS = [
  'accountId',
  'region',
  'pillar',
  'service',
  'checkId',
  'title',
  'severity',
  'status',
  'suppressed',
  'resourceType',
  'resourceId',
  'resourceArn',
  'message',
  'errorCode',
  'errorAction',
  'suppressionReason',
  'suppressionExpires',
  'suppressionSource',
  'baseline',
  'controls',
  'remediation',
  'documentation',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export function formatCsv(report: ScanReport, meta: ReadonlyMap<string, CheckMeta>): string {
  const rows = [CSV_COLUMNS.map(cell).join(',')];
  for (const f of report.findings) {
    const values = rowOf(f, meta.get(f.checkId));
    rows.push(CSV_COLUMNS.map((c) => cell(values[c])).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

function rowOf(f: Finding, m: CheckMeta | undefined): Record<CsvColumn, string> {
  // Only a FAIL or ERROR can be suppressed; anything a PASS carries is not shown.
  const s = isSuppressed(f) ? f.suppression : undefined;
  return {
    accountId: f.accountId,
    region: f.region,
    pillar: f.pillar,
    service: f.service,
    checkId: f.checkId,
    title: m?.title ?? '',
    severity: f.severity,
    status: f.status,
    suppressed: s ? 'yes' : 'no',
    resourceType: f.resourceType,
    resourceId: f.resourceId,
    resourceArn: f.resourceArn,
    message: f.message,
    errorCode: f.error?.code ?? '',
    errorAction: f.error?.action ?? '',
    suppressionReason: s?.reason ?? '',
    suppressionExpires: s?.expires ?? '',
    suppressionSource: s?.source ?? '',
    baseline: f.baseline ?? '',
    controls: f.controls?.join(' ') ?? '',
    remediation: m?.remediation.text ?? '',
    documentation: m?.references.docs[0] ?? '',
  };
}

// Control characters other than tab, CR and LF (which quoting keeps), DEL, C1 and the bidi controls are shown
// as visible escapes, as in the table: the file stays safe to `cat` and cannot reorder what a viewer shows.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field. */
export function cell(value: string): string {
  let text = wellFormed(value).replace(UNSAFE, visibleEscape);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
