// An organization report read one account at a time: from memory (a merge of shards) or from the
// run's spool (scan --org), where each account's result waits on disk. The JSON and SARIF reports
// and the gate go through the accounts one by one, so a run holds one account's report at a time;
// only the table, which groups findings across accounts, needs the whole report (wholeReport).

import type { OrgAccountResult, OrgAccountSummary, OrgReport } from './model.js';
import type { SpooledOrgReport } from './scan-org.js';
import type { ResultSpool } from './spool.js';

export interface OrgResults {
  /** The report without its accounts. */
  head: Omit<OrgReport, 'accounts'>;
  /** Each account's id, name, status and error, sorted by account id. */
  accounts: readonly OrgAccountSummary[];
  /** Each account's whole result, in the same order, read when it is reached. */
  results(): Iterable<OrgAccountResult>;
}

export function resultsInMemory(report: OrgReport): OrgResults {
  const { accounts, ...head } = report;
  return { head, accounts, results: () => accounts };
}

export function resultsInSpool(report: SpooledOrgReport, spool: ResultSpool): OrgResults {
  const { accounts, ...head } = report;
  return {
    head,
    accounts,
    *results() {
      for (const account of accounts) yield spool.read(account.id);
    },
  };
}

/** Every account's result in memory at once. */
export function wholeReport(results: OrgResults): OrgReport {
  return { ...results.head, accounts: [...results.results()] };
}
