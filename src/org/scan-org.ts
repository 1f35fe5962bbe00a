// Scans many accounts in one process: each with its own transport and data layer (so its own
// credentials, request memo and concurrency limit), a bounded number at a time. One account that
// cannot be scanned becomes an account-level error; the others finish.

import pLimit from 'p-limit';
import { AwsCallError, describeAwsError } from '../aws/errors.js';
import type { Transport } from '../aws/transport.js';
import type { AnyCheck } from '../checks/define.js';
import type { Framework } from '../compliance/frameworks.js';
import type { RequestStats } from '../data/aws-data.js';
import type { AnyDataset } from '../data/dataset.js';
import { scan, type ScanOptions } from '../engine/scan.js';
import type { ScanReport } from '../model.js';
import { finishReport, type Finishing } from '../report/finish.js';
import { TOOL } from '../version.js';
import { compareIds } from './accounts.js';
import type { OrganizationInfo, OrgAccount, OrgAccountResult, OrgReport, ShardInfo } from './model.js';
import type { OrganizationReading } from './organization-context.js';

export interface OrgScanOptions {
  accounts: readonly OrgAccount[];
  /**
   * The way to one account's API: for the CLI, an SDK transport signed with the assumed role; for
   * the benchmark, a synthetic account. A rejection makes the account an error, with its message.
   */
  transportFor(account: OrgAccount): Promise<Transport>;
  checks: readonly AnyCheck[];
  datasets: ReadonlyMap<string, AnyDataset>;
  /** Regions asked for; undefined means every region enabled in each account. */
  regions?: readonly string[];
  homeRegion: string;
  /** Requests in flight per account. */
  concurrency: number;
  /** Accounts scanned at once. */
  accountConcurrency: number;
  source: ScanReport['source'];
  /** Adds the compliance view of this framework to every account's report. */
  framework?: Framework;
  /** The config file's suppressions, applied to every account's report. */
  suppressions?: Finishing['suppressions'];
  /** Gives up one account (not the run) after this long. */
  accountTimeoutMs?: number;
  organization?: OrganizationInfo;
  /**
   * The organization as the account the scan runs in read it, once: each member's evaluation gets
   * its own view (RCPs above it, its declarative policy, the organization's trails).
   */
  organizationReading?: OrganizationReading;
  shard?: ShardInfo;
  /** Carried into the report (e.g. accounts skipped because they are suspended). */
  notes?: readonly string[];
  now?: () => Date;
  onAccountStart?(account: OrgAccount): void;
  onAccountDone?(result: OrgAccountResult, done: number, total: number): void;
  onProgress?(account: OrgAccount): ScanOptions['onProgress'];
}

export interface OrgScanOutcome {
  report: OrgReport;
  requests: RequestStats;
}

export async function scanOrganization(options: OrgScanOptions): Promise<OrgScanOutcome> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const limit = pLimit(options.accountConcurrency);
  const requests: RequestStats = { sent: 0, reused: 0, byService: {} };
  const accounts = [...options.accounts].sort((a, b) => compareIds(a.id, b.id));
  let done = 0;
  const results = await Promise.all(
    accounts.map((account) =>
      limit(async () => {
        options.onAccountStart?.(account);
        const result = await scanAccount(account, options, requests);
        options.onAccountDone?.(result, ++done, accounts.length);
        return result;
      }),
    ),
  );
  const report: OrgReport = {
    tool: { ...TOOL },
    startedAt: startedAt.toISOString(),
    finishedAt: now().toISOString(),
    ...(options.organization ? { organization: options.organization } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    accounts: results,
    notes: [...(options.notes ?? []), ...(options.organizationReading?.notes ?? [])],
  };
  if (options.organizationReading) add(requests, options.organizationReading.requests);
  return { report, requests };
}

async function scanAccount(account: OrgAccount, options: OrgScanOptions, totals: RequestStats): Promise<OrgAccountResult> {
  const named = account.name ? { id: account.id, name: account.name } : { id: account.id };
  let transport: Transport | undefined;
  try {
    transport = await options.transportFor(account);
    const progress = options.onProgress?.(account);
    const organization = options.organizationReading?.contexts.get(account.id);
    const scanning = scan({
      transport,
      checks: options.checks,
      datasets: options.datasets,
      ...(options.regions ? { regions: options.regions } : {}),
      homeRegion: options.homeRegion,
      concurrency: options.concurrency,
      source: options.source,
      ...(options.now ? { now: options.now } : {}),
      ...(progress ? { onProgress: progress } : {}),
      ...(organization ? { organization } : {}),
    });
    const outcome = await withTimeout(scanning, options.accountTimeoutMs);
    add(totals, outcome.requests);
    if (outcome.report.account.id !== account.id) {
      // Findings must never be filed under the wrong account, whatever the credentials turned out to be.
      return { ...named, status: 'error', error: `The credentials for account ${account.id} belong to account ${outcome.report.account.id}` };
    }
    return { ...named, status: 'scanned', report: finish(outcome.report, account, options) };
  } catch (err) {
    return { ...named, status: 'error', error: reasonOf(err) };
  } finally {
    transport?.destroy?.();
  }
}

function finish(report: ScanReport, account: OrgAccount, options: OrgScanOptions): ScanReport {
  // The account's name travels on each finding so that a finding read on its own still says where it is.
  const findings = account.name ? report.findings.map((f) => ({ ...f, accountName: account.name })) : report.findings;
  return finishReport(
    { ...report, findings },
    {
      ...(options.framework ? { compliance: { framework: options.framework, checks: options.checks } } : {}),
      ...(options.suppressions ? { suppressions: options.suppressions } : {}),
    },
  ).report;
}

function reasonOf(err: unknown): string {
  if (err instanceof AwsCallError) return describeAwsError(err.info);
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n', 1)[0] ?? '').trim() || 'unknown error';
}

function add(totals: RequestStats, more: RequestStats): void {
  totals.sent += more.sent;
  totals.reused += more.reused;
  for (const [service, n] of Object.entries(more.byService)) totals.byService[service] = (totals.byService[service] ?? 0) + n;
}

class AccountTimeout extends Error {
  override readonly name = 'AccountTimeout';
}

async function withTimeout<T>(work: Promise<T>, ms: number | undefined): Promise<T> {
  if (ms === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AccountTimeout(`The scan of the account did not finish within ${ms / 1000} seconds (--timeout)`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
