// The JSON report of an earlier scan of one account (--baseline, diff), read the way every report is
// read (report/read-report.ts). Reports written by other 1.x versions, which may add fields, are
// accepted; a report of another schema version is refused, since its fields may mean something else.

import type { Baseline } from '../report/finish.js';
import { loadReport, loadReportFile, ReportReadError } from '../report/read-report.js';

export { ReportReadError } from '../report/read-report.js';

/** What a comparison needs of an earlier scan. */
export interface ReportSnapshot extends Baseline {
  accountId: string;
  regions: string[];
}

export function readReportFile(file: string, what = 'report'): ReportSnapshot {
  return snapshotOf(loadReportFile(file, { subject: what, laterFields: true }), file, what);
}

export function parseReport(data: unknown, file: string, what = 'report'): ReportSnapshot {
  return snapshotOf(loadReport(data, file, { subject: what, laterFields: true }), file, what);
}

function snapshotOf(loaded: ReturnType<typeof loadReport>, file: string, what: string): ReportSnapshot {
  const accounts = loaded.report.accounts;
  const report = accounts.length === 1 ? accounts[0]!.report : undefined;
  if (!report || loaded.report.shard || loaded.report.organization) {
    throw new ReportReadError(`The ${what} ${file} is the report of an organization scan; compare the report of one account (aws-posture scan --format json)`);
  }
  return { file, accountId: report.account.id, regions: report.regions, startedAt: report.startedAt, checks: report.checks, findings: report.findings };
}
