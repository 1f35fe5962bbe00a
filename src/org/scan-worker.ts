// A worker thread of an organization scan (worker-pool.ts): builds its own transports, scans each
// account it is handed with the registry's checks and datasets, writes the finished result to the
// run's spool and answers with its summary. scripts/bundle.mjs bundles it as dist/bundle/scan-worker.mjs.

import { parentPort, workerData } from 'node:worker_threads';
import type { RequestStats } from '../data/aws-data.js';
import type { OrganizationContext } from '../data/organization.js';
import type { OrgAccount } from './model.js';
import { scanAccount, summaryOf, type AccountScanSetup } from './scan-account.js';
import { ResultSpool } from './spool.js';
import { openTransports, type FromWorker, type ToWorker, type WorkerJob } from './worker-pool.js';

const port = parentPort!;
const job = workerData as WorkerJob;

async function setupOf(job: WorkerJob): Promise<AccountScanSetup> {
  const [{ CHECKS }, { DATASETS }] = await Promise.all([import('../checks/registry.js'), import('../data/datasets/index.js')]);
  const byId = new Map(CHECKS.map((c) => [c.id, c]));
  const checks = job.checkIds.map((id) => {
    const check = byId.get(id);
    if (!check) throw new Error(`Check ${id} is not in the registry: a worker thread scans with the registry's checks only`);
    return check;
  });
  return {
    checks,
    datasets: DATASETS,
    ...(job.regions ? { regions: job.regions } : {}),
    homeRegion: job.homeRegion,
    concurrency: job.concurrency,
    source: job.source,
    ...(job.framework ? { framework: job.framework } : {}),
    ...(job.suppressions ? { suppressions: job.suppressions } : {}),
    ...(job.accountTimeoutMs !== undefined ? { accountTimeoutMs: job.accountTimeoutMs } : {}),
  };
}

const spool = new ResultSpool(job.spoolDir);
const [factory, setup] = await Promise.all([openTransports(job.transports), setupOf(job)]);

async function scanOne(account: OrgAccount, organization: OrganizationContext | undefined): Promise<void> {
  port.postMessage({ type: 'start', id: account.id } satisfies FromWorker);
  const requests: RequestStats = { sent: 0, reused: 0, byService: {} };
  const result = await scanAccount({ account, transportFor: (a) => factory.transportFor(a), ...(organization ? { organization } : {}) }, setup, requests);
  spool.write(result);
  port.postMessage({ type: 'done', summary: summaryOf(result), requests } satisfies FromWorker);
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'scan') {
    void scanOne(message.account, message.organization);
    return;
  }
  // Sent once every account this worker was given has been answered: nothing is left to send.
  void Promise.resolve(factory.close?.()).finally(() => process.exit(0));
});
