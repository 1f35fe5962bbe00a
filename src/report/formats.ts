// The report formats, named once: the CLI validates --format and writes its help from these lists,
// without loading a single reporter.

export const REPORT_FORMATS = ['table', 'json', 'sarif', 'junit', 'markdown', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** File extensions of each format, the usual one first: `--output report.sarif` means SARIF. */
export const FORMAT_EXTENSIONS: Readonly<Record<ReportFormat, readonly string[]>> = {
  table: ['.txt'],
  json: ['.json'],
  sarif: ['.sarif', '.sarif.json'],
  junit: ['.xml'],
  markdown: ['.md', '.markdown'],
  csv: ['.csv'],
  html: ['.html', '.htm'],
};

/** The format a file name's extension names, if any (the longest matching extension wins). */
export function formatOfFileName(path: string): ReportFormat | undefined {
  const name = path.toLowerCase();
  let best: { format: ReportFormat; length: number } | undefined;
  for (const format of REPORT_FORMATS) {
    for (const ext of FORMAT_EXTENSIONS[format]) {
      if (name.endsWith(ext) && ext.length > (best?.length ?? 0)) best = { format, length: ext.length };
    }
  }
  return best?.format;
}

/** The formats with a report of many accounts (an organization scan, a merge): one document for them all. */
export const ORGANIZATION_FORMATS = ['table', 'json', 'sarif'] as const satisfies readonly ReportFormat[];
export type OrganizationFormat = (typeof ORGANIZATION_FORMATS)[number];

/** What the table groups findings by (--group-by), each group under its own heading. */
export const GROUP_BY = ['severity', 'pillar', 'service', 'region', 'check'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export function isReportFormat(name: string): name is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(name);
}

/** `a, b or c`, for help texts and messages. */
export function wordList(items: readonly string[], last = 'or'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}
