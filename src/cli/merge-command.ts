// `aws-posture merge a.json b.json ...`: one report from the JSON reports of several runs (the shards
// of an organization scan, or scans of single accounts), in any format, with the scan's exit gate.

import { mergeReports, MergeError } from '../org/merge.js';
import { ORGANIZATION_FORMATS } from '../report/formats.js';
import { loadReportFile, ReportReadError, type LoadedReport } from '../report/read-report.js';
import { UsageError } from './errors.js';
import { assertWritable } from './files.js';
import { gateOrganization } from './gate.js';
import { runLog, type CliIO } from './io.js';
import { parseFailOn, parseGroupBy, parseOutputs } from './options.js';
import { writeOrgOutputs } from './outputs.js';
import { resultsInMemory } from '../org/results.js';
import { terminalWidth, useColor } from './terminal.js';

export interface MergeFlags {
  format?: string[];
  output?: string;
  failOn?: string;
  failOnError?: boolean;
  showPassed?: boolean;
  groupBy?: string;
  compact?: boolean;
  sarifSuppressions?: boolean;
  sarifCategory?: string;
  color?: boolean;
  quiet?: boolean;
}

export async function mergeCommand(files: readonly string[], flags: MergeFlags, io: CliIO): Promise<number> {
  const log = runLog(io, flags.quiet);
  if (files.length === 0) throw new UsageError('Name the JSON reports to merge');
  const outputs = parseOutputs(flags.format, flags.output, ORGANIZATION_FORMATS);
  const failOn = parseFailOn(flags.failOn ?? 'low');
  const groupBy = flags.groupBy === undefined ? undefined : parseGroupBy(flags.groupBy);
  if (flags.sarifCategory !== undefined && !/\S/.test(flags.sarifCategory)) throw new UsageError('--sarif-category needs a name');
  for (const out of outputs) if (out.path) assertWritable(out.path, `the ${out.format} report`);

  let merged: ReturnType<typeof mergeReports>;
  try {
    const inputs: LoadedReport[] = files.map((file) => loadReportFile(file));
    merged = mergeReports(inputs);
  } catch (err) {
    if (err instanceof ReportReadError || err instanceof MergeError) throw new UsageError(err.message);
    throw err;
  }
  // A partial merge is still a report, but nobody should take it for the whole organization.
  for (const warning of merged.warnings) io.stderr.write(`aws-posture: warning: ${warning}\n`);
  const color = useColor(flags.color, io.stdout, io.env);
  const results = resultsInMemory(merged.report);
  await writeOrgOutputs(results, merged.meta, outputs, { ...flags, color, width: terminalWidth(io.stdout, io.env), groupBy }, io, log, merged.json);
  return gateOrganization(results, { failOn, failOnError: flags.failOnError === true }, log, io);
}
