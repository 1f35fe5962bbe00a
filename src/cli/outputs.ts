// Writing a run's reports: every asked format rendered first, then all files written or none (see
// files.ts), then standard output, then a line on stderr per file.

import type { CheckMeta, ScanReport } from '../model.js';
import type { OrgAccountResult } from '../org/model.js';
import { wholeReport, type OrgResults } from '../org/results.js';
import type { OrganizationFormat, ReportFormat } from '../report/formats.js';
import type { JsonReport } from '../report/json.js';
import type { GroupBy } from '../report/formats.js';
import { UsageError } from './errors.js';
import { writeFilesAtomically, type FileContent } from './files.js';
import { writeStdout, type CliIO, type Log } from './io.js';
import type { OutputSpec } from './options.js';

/** How the reports are shaped, from the command's options. */
export interface RenderFlags {
  /** ANSI colours in a table written to standard output. */
  color: boolean;
  /** Columns of a table written to standard output (a file's is 80). */
  width?: number;
  groupBy?: GroupBy;
  compact?: boolean;
  /** The Markdown report's largest size, in bytes. */
  markdownMaxBytes?: number;
  showPassed?: boolean;
  /** The table's triage view alone. */
  exposure?: boolean;
  sarifSuppressions?: boolean;
  sarifCategory?: string;
}

/** One asked format, rendered: usually one text, several when a SARIF report is split into parts. */
interface Rendered {
  format: string;
  path?: string;
  texts: FileContent[];
}

/** A file that is not a report (the recorded inventory), written with the reports, all or none. */
export interface ExtraFile {
  what: string;
  path: string;
  content: string;
}

export async function writeScanOutputs(
  report: ScanReport,
  meta: ReadonlyMap<string, CheckMeta>,
  outputs: readonly OutputSpec<ReportFormat>[],
  flags: RenderFlags,
  io: CliIO,
  log: Log,
  extra: readonly ExtraFile[] = [],
): Promise<void> {
  const { render } = await import('../report/index.js');
  const category = flags.sarifCategory?.trim();
  const rendered = outputs.map((out): Rendered => {
    // GitHub turns SARIF suppressions into open alerts unless the repository opts in, so by default
    // the SARIF reporter leaves suppressed results out; --sarif-suppressions keeps them, marked.
    const text = render(out.format, report, meta, {
      color: out.path ? false : flags.color,
      ...(!out.path && flags.width !== undefined ? { width: flags.width } : {}),
      ...(flags.groupBy ? { groupBy: flags.groupBy } : {}),
      ...(flags.compact ? { compact: true } : {}),
      ...(flags.exposure ? { exposureOnly: true } : {}),
      showPassed: flags.showPassed === true,
      ...(category ? { category } : {}),
      includeSuppressed: flags.sarifSuppressions === true,
      ...(flags.markdownMaxBytes !== undefined ? { maxBytes: flags.markdownMaxBytes } : {}),
    });
    return { format: out.format, ...(out.path ? { path: out.path } : {}), texts: [text] };
  });
  write(rendered, io, log, extra);
}

/**
 * The report of many accounts. A SARIF report of more than 20 runs is written as `<name>.1.sarif`,
 * `<name>.2.sarif`, ...: GitHub refuses larger files, and upload-sarif would join the files of one
 * directory back into a single upload. `asRead` keeps merged JSON reports exactly as they were read.
 *
 * JSON and SARIF are written one account at a time as they are read (from the spool of `scan --org`),
 * so they hold one account's report at a time; the table groups and sorts findings across accounts
 * and so reads the whole report first.
 */
export async function writeOrgOutputs(
  results: OrgResults,
  meta: ReadonlyMap<string, CheckMeta>,
  outputs: readonly OutputSpec<OrganizationFormat>[],
  flags: RenderFlags,
  io: CliIO,
  log: Log,
  asRead?: ReadonlyMap<string, JsonReport>,
): Promise<void> {
  const [{ formatOrgTable }, { orgJsonChunks }, { orgSarifFiles, MAX_RUNS_PER_FILE }, { withoutSuppressed }] = await Promise.all([
    import('../report/org-table.js'),
    import('../report/org-json.js'),
    import('../report/org-sarif.js'),
    import('../suppress/apply.js'),
  ]);
  const rendered = outputs.map((out): Rendered => {
    let texts: FileContent[];
    if (out.format === 'table') {
      texts = [
        formatOrgTable(wholeReport(results), meta, {
          color: out.path ? false : flags.color,
          showPassed: flags.showPassed === true,
          ...(!out.path && flags.width !== undefined ? { width: flags.width } : {}),
          ...(flags.groupBy ? { groupBy: flags.groupBy } : {}),
          ...(flags.compact ? { compact: true } : {}),
        }),
      ];
    } else if (out.format === 'json') {
      texts = [() => orgJsonChunks(results, meta, asRead ? { asRead } : {})];
    } else {
      // GitHub turns SARIF suppressions into open alerts unless the repository opts in, so by default they stay out.
      const shown = flags.sarifSuppressions ? undefined : (a: OrgAccountResult) => (a.report ? { ...a, report: withoutSuppressed(a.report) } : a);
      texts = orgSarifFiles(results, meta, flags.sarifCategory !== undefined ? { categoryPrefix: flags.sarifCategory.trim() } : {}, shown).map((file) => () => [file()]);
      if (!out.path && texts.length > 1) {
        throw new UsageError(`The SARIF report needs ${texts.length} files of at most ${MAX_RUNS_PER_FILE} runs; write it to a file (--format sarif=posture.sarif)`);
      }
    }
    return { format: out.format, ...(out.path ? { path: out.path } : {}), texts };
  });
  write(rendered, io, log, [], MAX_RUNS_PER_FILE);
}

function write(rendered: readonly Rendered[], io: CliIO, log: Log, extra: readonly ExtraFile[], runsPerFile?: number): void {
  const files: Array<{ path: string; content: FileContent }> = [];
  const toStdout: FileContent[] = [];
  const written: string[] = [];
  for (const out of rendered) {
    if (!out.path) {
      toStdout.push(...out.texts);
      continue;
    }
    const paths = out.texts.length === 1 ? [out.path] : out.texts.map((_, i) => partPath(out.path!, i + 1));
    out.texts.forEach((content, i) => files.push({ path: paths[i]!, content }));
    written.push(
      out.texts.length === 1
        ? `Wrote the ${out.format} report to ${out.path}`
        : `Wrote the ${out.format} report as ${out.texts.length} files of at most ${runsPerFile} runs (GitHub's limit per file): ${paths.join(', ')}; upload each one separately`,
    );
  }
  for (const file of extra) {
    files.push({ path: file.path, content: file.content });
    written.push(`Wrote ${file.what} to ${file.path}`);
  }
  writeFilesAtomically(files);
  for (const text of toStdout) {
    if (typeof text === 'string') writeStdout(io, text);
    else for (const piece of text()) writeStdout(io, piece);
  }
  for (const line of written) log(line);
}

/** `posture.sarif` -> `posture.2.sarif`; a name without an extension gets `.2` at the end. */
export function partPath(path: string, part: number): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? `${path.slice(0, dot)}.${part}${path.slice(dot)}` : `${path}.${part}`;
}
