// Scans an organization's accounts on worker threads, so that the scan's CPU work (the SDK's
// serialisation, signing and parsing, the checks) spreads over the machine's cores. Each worker
// builds its own transports and data layer from plain data (a TransportSource) and scans the
// accounts this thread hands it, `accountConcurrency` at a time: a worker is given its next account
// when one finishes, so a slow account holds up only its own slot. A worker writes each finished
// result to the run's spool and sends back its summary; the reports never cross between threads.
//
// A worker that stops (an uncaught error, an exit) turns the accounts it was scanning into account
// errors; another worker takes its place for the accounts still waiting.

import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Framework } from '../compliance/frameworks.js';
import type { RequestStats } from '../data/aws-data.js';
import type { OrganizationContext } from '../data/organization.js';
import type { ScanReport } from '../model.js';
import type { Finishing } from '../report/finish.js';
import type { OrgAccount, OrgAccountSummary } from './model.js';
import type { TransportFactory, TransportSource } from './transports.js';

export type { TransportFactory, TransportSource };

/** The factory a TransportSource names, opened in this thread. */
export async function openTransports(source: TransportSource): Promise<TransportFactory> {
  if (source.module === undefined) {
    const { openRoleTransports } = await import('./account-transport.js');
    return openRoleTransports(source.options as Parameters<typeof openRoleTransports>[0]);
  }
  const module = (await import(source.module)) as { openTransports(options: unknown): Promise<TransportFactory> };
  return module.openTransports(source.options);
}

/** Everything a worker needs to scan, as plain data: the checks by id, the framework by name. */
export interface WorkerJob {
  spoolDir: string;
  transports: TransportSource;
  checkIds: string[];
  framework?: Framework;
  regions?: readonly string[];
  homeRegion: string;
  concurrency: number;
  source: ScanReport['source'];
  suppressions?: Finishing['suppressions'];
  accountTimeoutMs?: number;
  accountConcurrency: number;
}

export type ToWorker = { type: 'scan'; account: OrgAccount; organization?: OrganizationContext } | { type: 'close' };
export type FromWorker = { type: 'start'; id: string } | { type: 'done'; summary: OrgAccountSummary; requests: RequestStats };

export interface PoolHooks {
  organizationOf(accountId: string): OrganizationContext | undefined;
  onStart(account: OrgAccount): void;
  onDone(summary: OrgAccountSummary, requests: RequestStats): void;
  /** An account no worker finished: its result is this error (whatever the worker may have written). */
  onLost(account: OrgAccount, reason: string): void;
}

export interface PoolOptions {
  workers: number;
  job: WorkerJob;
  /** The workers' process.env (default: this process's). */
  env?: NodeJS.ProcessEnv;
}

/** Resolves once every account has a result: scanned, an error, or lost with its worker. */
export function scanOnWorkers(accounts: readonly OrgAccount[], options: PoolOptions, hooks: PoolHooks): Promise<void> {
  const queue = [...accounts];
  const entry = workerEntry();
  let live = 0;
  return new Promise((resolve) => {
    const giveUpWaiting = (reason: string) => {
      for (const account of queue.splice(0)) hooks.onLost(account, reason);
    };
    const start = () => {
      live++;
      const worker = new Worker(entry, { workerData: options.job, ...(options.env ? { env: options.env } : {}) });
      const inFlight = new Map<string, OrgAccount>();
      let started = false;
      let closing = false;
      let failure: string | undefined;
      const feed = () => {
        while (inFlight.size < options.job.accountConcurrency && queue.length > 0) {
          const account = queue.shift()!;
          inFlight.set(account.id, account);
          const organization = hooks.organizationOf(account.id);
          worker.postMessage({ type: 'scan', account, ...(organization ? { organization } : {}) } satisfies ToWorker);
        }
        if (inFlight.size === 0 && !closing) {
          closing = true;
          worker.postMessage({ type: 'close' } satisfies ToWorker);
        }
      };
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'start') {
          started = true;
          const account = inFlight.get(message.id);
          if (account) hooks.onStart(account);
          return;
        }
        if (!inFlight.delete(message.summary.id)) return;
        hooks.onDone(message.summary, message.requests);
        feed();
      });
      worker.on('error', (err) => {
        failure ??= firstLine(err);
      });
      worker.on('exit', (code) => {
        live--;
        const reason = `the worker thread scanning it stopped (${failure ?? `exit code ${code}`})`;
        for (const account of inFlight.values()) hooks.onLost(account, reason);
        if (queue.length > 0) {
          // A worker that stopped before scanning anything would stop again: its replacements are not started.
          if (started) start();
          else if (live === 0) giveUpWaiting(`no worker thread could scan it (${failure ?? `exit code ${code}`})`);
        }
        if (live === 0) resolve();
      });
      feed();
    };
    const count = Math.max(1, Math.min(options.workers, accounts.length));
    if (accounts.length === 0) resolve();
    else for (let i = 0; i < count; i++) start();
  });
}

/**
 * The worker's entry file, in the layout this module was loaded from: the bundle's (dist/bundle/,
 * which bin/aws-posture.js prefers when it exists) or tsc's (dist/org/). Inside the bundle a
 * module's import.meta.url is its tsc path (scripts/bundle.mjs), so both are found from here. From
 * the sources (the tests), the built worker is used.
 */
export function workerEntry(here: string = import.meta.url): URL {
  const candidates = here.endsWith('.ts')
    ? [new URL('../../dist/bundle/scan-worker.mjs', here), new URL('../../dist/org/scan-worker.js', here)]
    : [new URL('../bundle/scan-worker.mjs', here), new URL('./scan-worker.js', here)];
  return candidates.find((url) => existsSync(url)) ?? candidates[candidates.length - 1]!;
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n', 1)[0] ?? '').trim() || 'unknown error';
}
