// The member accounts' transports of the organization benchmark (org.mjs), as a TransportSource
// module: `scanOrganization()` imports it in each worker thread (--workers N) and calls
// openTransports() with plain options, so each worker has its own fake AWS process, SDK clients and
// transports, as each worker of `scan --org` has its own. With one worker, the measured process calls
// it itself with the fake it already runs for the management account.

import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { httpHandler, timeSends } from './fake-handler.mjs';

/** The CLI's defaults (`--account-concurrency`, `--concurrency`, `--timeout`, `--request-timeout`). */
export const ORG_DEFAULTS = { accountConcurrency: 4, concurrency: 16, accountTimeoutMs: 900_000, requestTimeoutMs: 20_000 };

const FIRST_ID = 210_000_000_000;
const ID_STEP = 1_000_003;

/** Account i of the organization: a 12-digit id, and the access key id its transport signs with. */
export function orgAccount(i) {
  const id = String(FIRST_ID + i * ID_STEP);
  return { id, name: `bench-${String(i + 1).padStart(4, '0')}`, accessKeyId: `ASIA${id}BNCH` };
}

/** Forks the fake (`org.mjs serve`); every message carries an id, so several asks can be pending at once. */
export async function startOrgFake(latencyMs) {
  const child = fork(fileURLToPath(new URL('./org.mjs', import.meta.url)), ['serve'], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map();
  let nextId = 0;
  child.on('message', (message) => {
    const resolve = pending.get(message.id);
    pending.delete(message.id);
    resolve?.(message);
  });
  const ask = (message) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ ...message, id });
    });
  await ask({ type: 'init', latencyMs });
  return { ask, tell: (message) => child.send(message), close: () => child.kill() };
}

/**
 * options: { size, seed, latencyMs, statsDir }. `fake`: the measured process's own fake, in that
 * process only; a worker starts its own and, once done, writes what it saw to `statsDir`.
 */
export async function openTransports({ size, seed, latencyMs, statsDir }, fake) {
  const { SdkTransport } = await import(new URL('../../dist/aws/sdk-transport.js', import.meta.url).href);
  const own = !fake;
  fake ??= await startOrgFake(latencyMs);
  // One handler for every transport: which account answers is decided by the access key that signed the request.
  const handler = httpHandler((request) => fake.ask({ type: 'request', request }));
  const seen = { requestMs: 0, requestCount: 0, info: undefined };
  return {
    seen,
    async transportFor(account) {
      const index = (Number(account.id) - FIRST_ID) / ID_STEP;
      const { accessKeyId } = orgAccount(index);
      seen.info = await fake.ask({ type: 'open', accountId: account.id, accessKeyId, size, seed: seed + index });
      const credentials = { accessKeyId, secretAccessKey: `bench/${account.id}/wJalrXUtnFEMIK7MDENGbPxRfiCY`, sessionToken: `FwoGZXIvYXdzEBench${account.id}` };
      const transport = new SdkTransport({
        credentials: async () => ({ ...credentials, expiration: new Date(Date.now() + 3_600_000) }),
        maxAttempts: 6,
        requestTimeoutMs: ORG_DEFAULTS.requestTimeoutMs,
        connectionTimeoutMs: 5_000,
        requestHandler: handler,
        env: {},
      });
      const destroy = transport.destroy.bind(transport);
      // The account's fake is folded into the totals and dropped once its scan is over.
      transport.destroy = () => {
        destroy();
        fake.tell({ type: 'close', accountId: account.id });
      };
      return timeSends(transport, (_req, start, end) => {
        seen.requestMs += end - start;
        seen.requestCount++;
      });
    },
    async close() {
      if (!own) return;
      const stats = await fake.ask({ type: 'stats' });
      fake.close();
      writeFileSync(join(statsDir, `worker-${threadId}.json`), JSON.stringify({ stats, seen }));
    },
  };
}
