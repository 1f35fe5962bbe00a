// The closed set of report formats and the one entry point the CLI calls. Reporters are pure: they
// return a string and the caller decides where it goes.

import type { CheckMeta, ScanReport } from '../model.js';
import { formatCsv } from './csv.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import type { GroupBy } from './formats.js';
import { formatTable } from './table.js';

import type { ReportFormat } from './formats.js';

export { isReportFormat, REPORT_FORMATS, type ReportFormat } from './formats.js';

export interface RenderOptions {
  /** table: ANSI colours. */
  color?: boolean;
  /** table: list PASS findings too. */
  showPassed?: boolean;
  /** table: columns available (default 80). */
  width?: number;
  /** table: what the findings are grouped by (default pillar). */
  groupBy?: GroupBy;
  /** table: one line per finding. */
  compact?: boolean;
  /** sarif: code scanning category (default `aws-posture/<account-id>`). */
  category?: string;
  /** sarif: include suppressed results, with SARIF suppressions (default: left out). */
  includeSuppressed?: boolean;
  /** markdown: largest output in bytes (default GitHub's 1 MiB step-summary limit). */
  maxBytes?: number;
}

/** Check metadata keyed by id, as every reporter takes it; accepts the registry's checks directly. */
export function checkMetaMap(checks: readonly CheckMeta[]): ReadonlyMap<string, CheckMeta> {
  return new Map(checks.map((c) => [c.id, c]));
}

export function render(format: ReportFormat, report: ScanReport, meta: ReadonlyMap<string, CheckMeta>, options: RenderOptions = {}): string {
  switch (format) {
    case 'table':
      return formatTable(report, meta, {
        color: options.color ?? false,
        ...(options.showPassed !== undefined ? { showPassed: options.showPassed } : {}),
        ...(options.width !== undefined ? { width: options.width } : {}),
        ...(options.groupBy !== undefined ? { groupBy: options.groupBy } : {}),
        ...(options.compact !== undefined ? { compact: options.compact } : {}),
      });
    case 'json':
      return formatJson(report, meta);
    case 'sarif':
      return formatSarif(report, meta, {
        ...(options.category !== undefined ? { category: options.category } : {}),
        ...(options.includeSuppressed !== undefined ? { includeSuppressed: options.includeSuppressed } : {}),
      });
    case 'junit':
      return formatJunit(report, meta);
    case 'markdown':
      return formatMarkdown(report, meta, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
    case 'csv':
      return formatCsv(report, meta);
    case 'html':
      return formatHtml(report, meta);
    default: {
      const unknown: never = format;
      throw new Error(`Unknown report format: ${String(unknown)}`);
    }
  }
}

export { formatCheckList, type CheckListOptions } from './check-list.js';
export { CSV_COLUMNS, formatCsv } from './csv.js';
export { CONTENT_SECURITY_POLICY, formatHtml } from './html.js';
export { formatJson, REPORT_SCHEMA_ID, REPORT_SCHEMA_NAME, REPORT_SCHEMA_VERSION, type JsonReport } from './json.js';
export { formatJunit } from './junit.js';
export { COMMENT_LIMIT, formatMarkdown, STEP_SUMMARY_LIMIT, type MarkdownOptions } from './markdown.js';
export { formatSarif, type SarifOptions } from './sarif.js';
export { formatTable, GROUP_BY, type GroupBy, type TableOptions } from './table.js';
