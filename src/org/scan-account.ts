// One member account of an organization scan, from its transport to its finished report: the same
// code whether the account is scanned in the run's own thread or on a worker thread (worker-pool.ts).
// An account that cannot be scanned becomes an account-level error with its reason, in one line.

import { AwsCallError, describeAwsError } from '../aws/errors.js';
import type { Transport } from '../aws/transport.js';
import type { AnyCheck } from '../checks/define.js';
import type { Framework } from '../compliance/frameworks.js';
import type { RequestStats } from '../data/aws-data.js';
import type { AnyDataset } from '../data/dataset.js';
import type { OrganizationContext } from '../data/organization.js';
import { scan, type ScanOptions } from '../engine/scan.js';
import type { ScanReport } from '../model.js';
import { finishReport, type Finishing } from '../report/finish.js';
import type { OrgAccount, OrgAccountResult, OrgAccountSummary } from './model.js';

/** How every account of the run is scanned and finished. */
export interface AccountScanSetup {
  checks: readonly AnyCheck[];
  datasets: ReadonlyMap<string, AnyDataset>;
  /** Regions asked for; undefined means every region enabled in each account. */
  regions?: readonly string[];
  homeRegion: string;
  /** Requests in flight per account. */
  concurrency: number;
  source: ScanReport['source'];
  /** Adds the compliance view of this framework to every account's report. */
  framework?: Framework;
  /** The config file's suppressions, applied to every account's report. */
  suppressions?: Finishing['suppressions'];
  /** Gives up one account (not the run) after this long. */
  accountTimeoutMs?: number;
  now?: () => Date;
}

export interface AccountScan {
  account: OrgAccount;
  transportFor(account: OrgAccount): Promise<Transport>;
  /** The account's view of the organization, as the run's caller read it. */
  organization?: OrganizationContext;
  onProgress?: ScanOptions['onProgress'];
}

export async function scanAccount({ account, transportFor, organization, onProgress }: AccountScan, setup: AccountScanSetup, totals: RequestStats): Promise<OrgAccountResult> {
  const named = account.name ? { id: account.id, name: account.name } : { id: account.id };
  let transport: Transport | undefined;
  try {
    transport = await transportFor(account);
    const scanning = scan({
      transport,
      checks: setup.checks,
      datasets: setup.datasets,
      ...(setup.regions ? { regions: setup.regions } : {}),
      homeRegion: setup.homeRegion,
      concurrency: setup.concurrency,
      source: setup.source,
      ...(setup.now ? { now: setup.now } : {}),
      ...(onProgress ? { onProgress } : {}),
      ...(organization ? { organization } : {}),
    });
    const outcome = await withTimeout(scanning, setup.accountTimeoutMs);
    addRequests(totals, outcome.requests);
    if (outcome.report.account.id !== account.id) {
      // Findings must never be filed under the wrong account, whatever the credentials turned out to be.
      return { ...named, status: 'error', error: `The credentials for account ${account.id} belong to account ${outcome.report.account.id}` };
    }
    return { ...named, status: 'scanned', report: finish(outcome.report, account, setup) };
  } catch (err) {
    return { ...named, status: 'error', error: reasonOf(err) };
  } finally {
    transport?.destroy?.();
  }
}

/** What the run keeps of a result once the result itself is on disk. */
export function summaryOf(result: OrgAccountResult): OrgAccountSummary {
  const named = result.name ? { id: result.id, name: result.name } : { id: result.id };
  if (!result.report) return { ...named, status: 'error', error: result.error ?? 'unknown error' };
  const findings = { PASS: 0, FAIL: 0, ERROR: 0 };
  for (const f of result.report.findings) findings[f.status]++;
  const durationMs = Date.parse(result.report.finishedAt) - Date.parse(result.report.startedAt);
  return { ...named, status: result.status, findings, durationMs };
}

function finish(report: ScanReport, account: OrgAccount, setup: AccountScanSetup): ScanReport {
  // The account's name travels on each finding so that a finding read on its own still says where it is.
  const findings = account.name ? report.findings.map((f) => ({ ...f, accountName: account.name })) : report.findings;
  return finishReport(
    { ...report, findings },
    {
      ...(setup.framework ? { compliance: { framework: setup.framework, checks: setup.checks } } : {}),
      ...(setup.suppressions ? { suppressions: setup.suppressions } : {}),
    },
  ).report;
}

export function reasonOf(err: unknown): string {
  if (err instanceof AwsCallError) return describeAwsError(err.info);
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n', 1)[0] ?? '').trim() || 'unknown error';
}

export function addRequests(totals: RequestStats, more: RequestStats): void {
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
