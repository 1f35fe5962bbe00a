// `aws-posture diff before.json after.json`: what changed between two scans of one account. Both files
// are JSON reports; nothing is called, nothing is written but standard output.

import { compareScans } from '../baseline/compare.js';
import { readReportFile } from '../baseline/report-file.js';
import { atLeast } from '../model.js';
import { diffJson, diffTable } from '../report/diff.js';
import { EXIT, UsageError } from './errors.js';
import type { CliIO } from './io.js';
import { parseSeverity } from './options.js';
import { terminalWidth, useColor } from './terminal.js';

export interface DiffFlags {
  format: string;
  failOnNew?: string;
  color?: boolean;
}

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
  io.stdout.write(format === 'json' ? diffJson(before, after, comparison) : diffTable(before, after, comparison, { color, width: terminalWidth(io.stdout, io.env) }));

  if (!failOnNew) return EXIT.OK;
  const gating = comparison.newFailures.filter((f) => !f.suppression && atLeast(f.severity, failOnNew));
  if (gating.length === 0) return EXIT.OK;
  io.stderr.write(`Gate: ${gating.length} new FAIL result${gating.length === 1 ? '' : 's'} at or above ${failOnNew}.\n`);
  return EXIT.GATE;
}

