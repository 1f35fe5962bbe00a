// Scans many accounts: each with its own transport and data layer (so its own credentials, request
// memo and concurrency limit), a bounded number at a time, in this thread or spread over worker
// threads (worker-pool.ts). One account that cannot be scanned becomes an account-level error; the
// others finish. Each finished result goes to disk at once (spool.ts): the run holds a summary per
// account, and the reports are read back one at a time when they are written out.

import pLimit from 'p-limit';
import type { Transport } from '../aws/transport.js';
import type { RequestStats } from '../data/aws-data.js';
import type { ScanOptions } from '../engine/scan.js';
import { TOOL } from '../version.js';
import { compareIds } from './accounts.js';
import type { OrganizationInfo, OrgAccount, OrgAccountResult, OrgAccountSummary, OrgReport, ShardInfo } from './model.js';
import type { OrganizationReading } from './organization-context.js';
import { addRequests, scanAccount, summaryOf, type AccountScanSetup } from './scan-account.js';
import { ResultSpool } from './spool.js';
import { openTransports, scanOnWorkers, type TransportSource, type WorkerJob } from './worker-pool.js';

export interface OrgScanOptions extends AccountScanSetup {
  accounts: readonly OrgAccount[];
  /**
   * The way to one account's API in this thread: for the CLI, an SDK transport signed with the
   * assumed role; for the benchmark, a synthetic account. A rejection makes the account an error,
   * with its message. Without it, `transports` is opened here.
   */
  transportFor?(account: OrgAccount): Promise<Transport>;
  /** How each worker thread builds its own transports (required with more than one worker). */
  transports?: TransportSource;
  /**
   * Worker threads to spread the accounts over (default 1: this thread). Each scans
   * `accountConcurrency` accounts at a time with the registry's checks and datasets.
   */
  workers?: number;
  /** The worker threads' environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Accounts scanned at once, by this thread or by each worker. */
  accountConcurrency: number;
  organization?: OrganizationInfo;
  /**
   * The organization as the account the scan runs in read it, once: each member's evaluation gets
   * its own view (RCPs above it, its declarative policy, the organization's trails).
   */
  organizationReading?: OrganizationReading;
  shard?: ShardInfo;
  /** Carried into the report (e.g. accounts skipped because they are suspended). */
  notes?: readonly string[];
  onAccountStart?(account: OrgAccount): void;
  onAccountDone?(result: OrgAccountSummary, done: number, total: number): void;
  /** Progress of each account's scan; in this thread only (worker threads report accounts done). */
  onProgress?(account: OrgAccount): ScanOptions['onProgress'];
}

export interface OrgScanOutcome {
  report: OrgReport;
  requests: RequestStats;
}

/** An organization report whose accounts' results wait in the spool, read back one at a time. */
export interface SpooledOrgReport extends Omit<OrgReport, 'accounts'> {
  /** Sorted by account id. */
  accounts: OrgAccountSummary[];
}

export interface SpooledOrgScan {
  report: SpooledOrgReport;
  requests: RequestStats;
  /** Holds each account's result; the caller removes it once the reports are written. */
  spool: ResultSpool;
}

/** The whole report in memory. */
export async function scanOrganization(options: OrgScanOptions): Promise<OrgScanOutcome> {
  const { report, requests, spool } = await scanOrganizationToSpool(options);
  try {
    return { report: { ...report, accounts: report.accounts.map((a) => spool.read(a.id)) }, requests };
  } finally {
    spool.remove();
  }
}

/** Every account's result in a spool, and a summary of each in memory. */
export async function scanOrganizationToSpool(options: OrgScanOptions): Promise<SpooledOrgScan> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const requests: RequestStats = { sent: 0, reused: 0, byService: {} };
  const accounts = [...options.accounts].sort((a, b) => compareIds(a.id, b.id));
  const spool = new ResultSpool();
  try {
    const summaries = new Map<string, OrgAccountSummary>();
    const finished = (summary: OrgAccountSummary) => {
      summaries.set(summary.id, summary);
      options.onAccountDone?.(summary, summaries.size, accounts.length);
    };
    const contexts = options.organizationReading?.contexts;
    if ((options.workers ?? 1) > 1 && accounts.length > 1) {
      if (!options.transports) throw new Error('Scanning on worker threads needs a TransportSource (options.transports)');
      await scanOnWorkers(
        accounts,
        { workers: options.workers!, job: jobOf(options, options.transports, spool), ...(options.env ? { env: options.env } : {}) },
        {
          organizationOf: (id) => contexts?.get(id),
          onStart: (account) => options.onAccountStart?.(account),
          onDone: (summary, more) => {
            addRequests(requests, more);
            finished(summary);
          },
          onLost: (account, reason) => {
            const result: OrgAccountResult = { ...named(account), status: 'error', error: reason };
            spool.write(result);
            finished(summaryOf(result));
          },
        },
      );
    } else {
      const factory = options.transportFor ? { transportFor: options.transportFor } : await openTransports(options.transports!);
      const limit = pLimit(options.accountConcurrency);
      await Promise.all(
        accounts.map((account) =>
          limit(async () => {
            options.onAccountStart?.(account);
            const progress = options.onProgress?.(account);
            const organization = contexts?.get(account.id);
            const result = await scanAccount(
              { account, transportFor: (a) => factory.transportFor(a), ...(organization ? { organization } : {}), ...(progress ? { onProgress: progress } : {}) },
              options,
              requests,
            );
            spool.write(result);
            finished(summaryOf(result));
          }),
        ),
      );
      await factory.close?.();
    }
    const report: SpooledOrgReport = {
      tool: { ...TOOL },
      startedAt: startedAt.toISOString(),
      finishedAt: now().toISOString(),
      ...(options.organization ? { organization: options.organization } : {}),
      ...(options.shard ? { shard: options.shard } : {}),
      accounts: accounts.map((a) => summaries.get(a.id)!),
      notes: [...(options.notes ?? []), ...(options.organizationReading?.notes ?? [])],
    };
    if (options.organizationReading) addRequests(requests, options.organizationReading.requests);
    return { report, requests, spool };
  } catch (err) {
    spool.remove();
    throw err;
  }
}

function jobOf(options: OrgScanOptions, transports: TransportSource, spool: ResultSpool): WorkerJob {
  return {
    spoolDir: spool.dir,
    transports,
    checkIds: options.checks.map((c) => c.id),
    ...(options.framework ? { framework: options.framework } : {}),
    ...(options.regions ? { regions: options.regions } : {}),
    homeRegion: options.homeRegion,
    concurrency: options.concurrency,
    source: options.source,
    ...(options.suppressions ? { suppressions: options.suppressions } : {}),
    ...(options.accountTimeoutMs !== undefined ? { accountTimeoutMs: options.accountTimeoutMs } : {}),
    accountConcurrency: options.accountConcurrency,
  };
}

function named(account: OrgAccount): OrgAccount {
  return account.name ? { id: account.id, name: account.name } : { id: account.id };
}
