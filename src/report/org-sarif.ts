// SARIF for an organization scan: one run per scanned account, exactly the run of the single-account
// report (its own category, aws-posture/<account-id>, so each account keeps its own alerts), with the
// account's name added. GitHub accepts at most 20 runs per file, so a larger report is cut into
// several logs of at most 20 runs; the caller writes each to its own file.

import type { Log, Notification, Run } from 'sarif';
import type { CheckMeta } from '../model.js';
import type { OrgAccountResult, OrgAccountSummary, OrgReport } from '../org/model.js';
import type { OrgResults } from '../org/results.js';
import { jsonText } from './json.js';
import { SARIF_SCHEMA, sarifRun, toSarif } from './sarif.js';
import { safeText } from './text.js';

/** GitHub code scanning rejects a file with more runs than this. */
export const MAX_RUNS_PER_FILE = 20;
/** Category of the run that lists the accounts that could not be scanned. */
export const ACCOUNT_ERRORS_CATEGORY = 'aws-posture/account-errors';

export interface OrgSarifOptions {
  /**
   * Replaces `aws-posture` in every category: runs are filed under `<prefix>/<account-id>` (plus
   * `/<framework>` for a framework scan) and `<prefix>/account-errors`.
   */
  categoryPrefix?: string;
}

/** Every run of the report, in account order; the account-errors run, when there is one, last. */
export function orgSarifRuns(report: OrgReport, meta: ReadonlyMap<string, CheckMeta>, options: OrgSarifOptions = {}): Run[] {
  const prefix = options.categoryPrefix?.replace(/\/+$/, '') || undefined;
  const runs: Run[] = [];
  for (const account of report.accounts) if (account.report) runs.push(accountRun(account, meta, prefix));
  const failed = report.accounts.filter((a) => a.status === 'error');
  // A failed account gets no run of its own: an empty run in its category would tell GitHub that
  // every alert of the account is fixed. Its failure is reported in a category that never holds results.
  if (failed.length > 0) runs.push(errorsRun(report, failed, prefix ? `${prefix}/account-errors` : ACCOUNT_ERRORS_CATEGORY));
  return runs;
}

/** The report as SARIF logs of at most `MAX_RUNS_PER_FILE` runs each (one log, maybe with no run, when it is small). */
export function toOrgSarifLogs(report: OrgReport, meta: ReadonlyMap<string, CheckMeta>, options: OrgSarifOptions = {}): Log[] {
  const runs = orgSarifRuns(report, meta, options);
  const logs: Log[] = [];
  for (let i = 0; i < runs.length || logs.length === 0; i += MAX_RUNS_PER_FILE) {
    logs.push({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: runs.slice(i, i + MAX_RUNS_PER_FILE) });
  }
  return logs;
}

export function formatOrgSarif(report: OrgReport, meta: ReadonlyMap<string, CheckMeta>, options: OrgSarifOptions = {}): string[] {
  return toOrgSarifLogs(report, meta, options).map(jsonText);
}

/**
 * formatOrgSarif's files, each built when it is reached, from the accounts read one at a time: a
 * file holds the runs of at most MAX_RUNS_PER_FILE accounts. `shown` gives each account's report as
 * it is to appear (without suppressed results, say).
 */
export function orgSarifFiles(results: OrgResults, meta: ReadonlyMap<string, CheckMeta>, options: OrgSarifOptions = {}, shown: (a: OrgAccountResult) => OrgAccountResult = (a) => a): Array<() => string> {
  const prefix = options.categoryPrefix?.replace(/\/+$/, '') || undefined;
  const failed = results.accounts.filter((a) => a.status === 'error');
  const runs = orgSarifRunCount(results);
  const files = Math.max(1, Math.ceil(runs / MAX_RUNS_PER_FILE));
  const accounts = results.results()[Symbol.iterator]();
  let next = 0;
  return Array.from({ length: files }, (_, file) => () => {
    if (file !== next++) throw new Error('The SARIF files are built in order');
    const part: Run[] = [];
    while (part.length < MAX_RUNS_PER_FILE) {
      const step = accounts.next();
      if (step.done) break;
      const account = shown(step.value);
      if (account.report) part.push(accountRun(account, meta, prefix));
    }
    if (file === files - 1 && failed.length > 0) part.push(errorsRun(results.head, failed, prefix ? `${prefix}/account-errors` : ACCOUNT_ERRORS_CATEGORY));
    return jsonText({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: part } satisfies Log);
  });
}

/** How many runs the report needs, without building them. */
export function orgSarifRunCount(report: Pick<OrgReport | OrgResults, 'accounts'>): number {
  const scanned = report.accounts.filter((a) => a.status === 'scanned').length;
  return scanned + (scanned < report.accounts.length ? 1 : 0);
}

function accountRun(account: OrgAccountResult, meta: ReadonlyMap<string, CheckMeta>, prefix: string | undefined): Run {
  const report = account.report!;
  const framework = report.compliance ? `/${report.compliance.framework}` : '';
  const run = toSarif(report, meta, prefix ? { category: `${prefix}/${report.account.id}${framework}` } : {}).runs[0]!;
  if (!account.name) return run;
  const accountName = account.name;
  return {
    ...run,
    results: (run.results ?? []).map((r) => ({ ...r, properties: { ...r.properties, accountName } })),
    properties: { ...run.properties, accountName },
  };
}

function errorsRun(report: Pick<OrgReport, 'tool' | 'startedAt' | 'finishedAt'>, failed: readonly OrgAccountSummary[], category: string): Run {
  const notifications: Notification[] = failed.map((a) => {
    const who = a.name ? `Account ${a.id} (${safeText(a.name)})` : `Account ${a.id}`;
    const reason = safeText(a.error ?? 'unknown error');
    return {
      level: 'error',
      message: { text: `${who} could not be scanned: ${/[.!?]$/.test(reason) ? reason : `${reason}.`}` },
      properties: { accountId: a.id, ...(a.name ? { accountName: a.name } : {}) },
    };
  });
  return sarifRun({
    version: report.tool.version,
    category,
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    rules: [],
    results: [],
    notifications,
    properties: { accountsNotScanned: failed.map((a) => a.id) },
  });
}
