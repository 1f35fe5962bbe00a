// Benchmark of an organization scan: `scanOrganization()` over a synthetic organization of many
// small accounts, through the real SDK clients and the same fake AWS as the single-account runs.
// `node scripts/bench.mjs --org 200` runs it (see docs/scale.md for the figures).
//
// Three roles, one file, three processes:
// - orgBenchmark() (called by bench.mjs) starts the measured process and prints its figures;
// - `node org.mjs scan ...` is the measured process: scanOrganization() at the CLI's defaults (4
//   accounts at once, 16 requests in flight per account, --timeout 900 s, --request-timeout 20 s),
//   each account with its own SdkTransport, credentials and SDK clients, as `scan --org` builds them;
// - `node org.mjs serve` is the fake AWS for every account (a child of the measured process, so its
//   CPU and memory are not the scan's). A request is answered for the account whose credentials
//   signed it: each account's transport signs with its own access key id, and the fake reads it back
//   from the Authorization header, as AWS does. Each account has its own fake (its own data, request
//   counts and EC2/ELB token buckets: AWS's rate limits are per account).
//
// What a real organization scan does and this does not: one sts:AssumeRole per account (one request,
// and its STS client), and writing the report. Each account is generated from a different seed, so
// the accounts are alike in size and mix but not identical; every account id appears in its ARNs.

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ACCOUNT_ID, generateAccount } from './account.mjs';
import { createFakeAws } from './fake-aws.mjs';
import { MANAGEMENT_ACCESS_KEY, MANAGEMENT_ID } from './fake-org.mjs';
import { httpHandler } from './fake-handler.mjs';
import { openTransports, ORG_DEFAULTS, orgAccount, startOrgFake } from './org-transports.mjs';
import { parseRequest, SERVICES, writeError } from './wire.mjs';

export { ORG_DEFAULTS, orgAccount };

const SELF = fileURLToPath(import.meta.url);
const mb = (bytes) => Math.round(bytes / 2 ** 20);
const seconds = (ms) => (ms / 1000).toFixed(1);

// ---------------------------------------------------------------------------------------------
// bench.mjs --org N: run the measured process, print what it measured.

export async function orgBenchmark({ accounts, size = 100, latencyMs = 50, concurrency = ORG_DEFAULTS.concurrency, accountConcurrency = ORG_DEFAULTS.accountConcurrency, workers = 1, seed = 7, json }) {
  const machine = { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryMb: mb(os.totalmem()), loadAverage: os.loadavg() };
  console.log(
    `aws-posture organization benchmark: ${accounts} accounts of about ${size} resources, ${accountConcurrency} accounts at a time, ` +
      `${concurrency} requests in flight per account, latency ${latencyMs} ms per request; ` +
      `${machine.cpus} CPUs, ${machine.memoryMb} MB, node ${machine.node}, load average ${machine.loadAverage[0].toFixed(1)}`,
  );
  const args = ['scan', '--accounts', accounts, '--size', size, '--latency', latencyMs, '--concurrency', concurrency, '--account-concurrency', accountConcurrency, '--workers', workers, '--seed', seed].map(String);
  const r = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SELF, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop();
      if (code !== 0 || !line?.startsWith('{')) reject(new Error(`the organization run exited with ${code}`));
      else resolve(JSON.parse(line));
    });
  });
  const perMinute = (r.scanned * 60_000) / r.wallMs;
  // Accounts in flight: `accountConcurrency` in each worker.
  const slots = workers * accountConcurrency;
  const boundMs = (r.requests * latencyMs) / (slots * concurrency);
  const t = r.accountWallMs;
  console.log(`\n${r.accounts} accounts of ${r.resourcesPerAccount} resources in ${r.regions} Regions each (${r.scanned} scanned, ${r.failed} not scanned)`);
  console.log(`  wall time        ${seconds(r.wallMs)} s = ${(r.wallMs / 60_000).toFixed(2)} min   (${(r.wallMs / boundMs).toFixed(2)} × the lower bound ${seconds(boundMs)} s = ${r.requests} requests × ${latencyMs} ms / (${workers > 1 ? `${workers} × ` : ''}${accountConcurrency} × ${concurrency}))`);
  console.log(`  throughput       ${((r.scanned * 1000) / r.wallMs).toFixed(2)} accounts/s, ${Math.round((r.requests * 1000) / r.wallMs)} requests/s   (${workers === 1 ? 'one thread' : `${workers} worker threads`}; ${os.availableParallelism()} CPUs available)`);
  console.log(`  accounts/minute  ${perMinute.toFixed(1)}   (${(perMinute / 60).toFixed(2)} per second; effective time per account at ${slots} at once: wall × ${slots} / accounts = ${seconds((r.wallMs * slots) / r.accounts)} s)`);
  console.log(`  one account      ${seconds(t.mean)} s on average (p50 ${seconds(t.p50)}, p95 ${seconds(t.p95)}, max ${seconds(t.max)}; the first wave, which loads the SDK, ${seconds(t.firstWave)} s)`);
  console.log(`  requests         ${r.requests} at the fake, ${Math.round(r.requests / r.accounts)} per account (sent by the scanner ${r.sentByScanner}; duplicates ${r.duplicates}, throttled ${r.throttled}, AWS errors ${r.awsErrors}, wrong account ${r.wrongAccount}${Object.keys(r.unhandled).length ? `, UNHANDLED ${JSON.stringify(r.unhandled)}` : ''})`);
  console.log(`  by service       ${Object.entries(r.byService).sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${n}`).join(', ')}`);
  console.log(`  peak in flight   ${r.peakInFlight} across accounts${workers > 1 ? " (the sum of each worker's fake's peak)" : ''} (at most ${slots} × ${concurrency} = ${slots * concurrency})`);
  console.log(`  peak RSS         ${mb(r.peakRssBytes)} MB   (scan process, worker threads included; peak heap of the main thread ${mb(r.peakHeapBytes)} MB; RSS at the end, each account's result on disk: ${mb(r.endRssBytes)} MB)`);
  console.log(`  RSS as accounts finish  ${r.memory.map((m) => `${m.done}: ${mb(m.rssBytes)} MB (heap ${mb(m.heapBytes)})`).join(', ')}`);
  console.log(
    `  where time goes  scan CPU ${seconds(r.cpuMs)} s = ${((100 * r.cpuMs) / r.wallMs).toFixed(0)} % of one CPU over the wall time, ${(r.cpuMs / r.requests).toFixed(2)} ms per request; ` +
      `fake CPU ${seconds(r.fakeCpuMs)} s; a request takes ${r.meanRequestMs.toFixed(1)} ms on average as the scanner sees it (the fake's ${latencyMs} ms timer fired after ${r.fakeLatencyMs.toFixed(1)} ms); ` +
      `event loop delay p99 ${r.loopDelayMs.p99.toFixed(0)} ms, max ${r.loopDelayMs.max.toFixed(0)} ms`,
  );
  console.log(`  findings         ${r.findings.PASS} PASS, ${r.findings.FAIL} FAIL, ${r.findings.ERROR} ERROR`);
  const o = r.organizationVerdicts;
  console.log(`  organization     read once by the management account: ${o.neutralised} public grants neutralised by the RCP, ${o.enforced} settings enforced by the declarative policy${o.notes.length ? `; notes: ${o.notes.join(' ')}` : ''}`);
  for (const sample of r.errorSamples) console.log(`    ${sample}`);
  console.log('\n| accounts | resources each | workers | account concurrency | concurrency | wall (s) | accounts/min | accounts/s | requests/s | requests | per account | throttled | mean account (s) | scan CPU (s) | peak RSS (MB) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  console.log(
    `| ${r.accounts} | ${r.resourcesPerAccount} | ${workers} | ${accountConcurrency} | ${concurrency} | ${seconds(r.wallMs)} | ${perMinute.toFixed(1)} | ${((r.scanned * 1000) / r.wallMs).toFixed(2)} | ${Math.round((r.requests * 1000) / r.wallMs)} | ${r.requests} | ${Math.round(r.requests / r.accounts)} | ${r.throttled} | ${seconds(t.mean)} | ${seconds(r.cpuMs)} | ${mb(r.peakRssBytes)} |`,
  );
  const misses = [
    ...(r.failed > 0 ? [`${r.failed} accounts not scanned`] : []),
    ...(r.findings.ERROR > 0 ? [`${r.findings.ERROR} ERROR findings`] : []),
    ...(r.wrongAccount > 0 ? [`${r.wrongAccount} requests signed for an unknown account`] : []),
    ...(r.duplicates > 0 ? [`${r.duplicates} duplicate requests`] : []),
    ...(Object.keys(r.unhandled).length > 0 ? ['requests the fake could not answer'] : []),
  ];
  console.log(misses.length ? `\nProblems: ${misses.join('; ')}` : '\nEvery account scanned, no ERROR finding, no duplicate request.');
  if (json) writeFileSync(json, `${JSON.stringify({ scenario: 'org', latencyMs, concurrency, accountConcurrency, workers, machine, result: { ...r, accountsPerMinute: perMinute, boundMs } }, null, 1)}\n`);
  return r;
}

// ---------------------------------------------------------------------------------------------
// `node org.mjs scan`: the measured process.

async function scanMode() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const { values } = parseArgs({
    args: process.argv.slice(3),
    options: {
      accounts: { type: 'string', default: '200' },
      size: { type: 'string', default: '100' },
      latency: { type: 'string', default: '50' },
      concurrency: { type: 'string', default: String(ORG_DEFAULTS.concurrency) },
      'account-concurrency': { type: 'string', default: String(ORG_DEFAULTS.accountConcurrency) },
      seed: { type: 'string', default: '7' },
      workers: { type: 'string', default: '1' },
    },
  });
  const workers = Number(values.workers);
  const count = Number(values.accounts);
  const size = Number(values.size);
  const seed = Number(values.seed);
  const latencyMs = Number(values.latency);

  const dist = new URL('../../dist/', import.meta.url);
  const [{ scanOrganizationToSpool }, { CHECKS }, { DATASETS }, { SdkTransport }, { limitHeapGrowth }, { readOrganization }] = await Promise.all([
    import(new URL('org/scan-org.js', dist)),
    import(new URL('checks/registry.js', dist)),
    import(new URL('data/datasets/index.js', dist)),
    import(new URL('aws/sdk-transport.js', dist)),
    import(new URL('cli/heap.js', dist)),
    import(new URL('org/organization-context.js', dist)),
  ]);
  // As the CLI's scan command does before it scans.
  limitHeapGrowth();

  const fake = await startOrgFake(latencyMs);
  // One handler for every transport: which account answers is decided by the access key that signed the request.
  const handler = httpHandler((request) => fake.ask({ type: 'request', request }));
  const accounts = Array.from({ length: count }, (_, i) => orgAccount(i));
  const byId = new Map(accounts.map((a, i) => [a.id, { ...a, index: i }]));

  const started = new Map();
  const accountWall = [];
  let firstWaveMs = 0;
  const memory = [];
  const marks = new Set([1, ...[0.1, 0.25, 0.5, 0.75, 1].map((f) => Math.max(1, Math.round(count * f)))]);
  // With one worker, this process scans through the fake it already runs; each worker thread starts its own.
  const statsDir = mkdtempSync(join(os.tmpdir(), 'aws-posture-bench-'));
  const transportOptions = { size, seed, latencyMs, statsDir };
  const here = workers > 1 ? undefined : await openTransports(transportOptions, fake);
  const transports = here ? { transportFor: here.transportFor } : { workers, transports: { module: new URL('./org-transports.mjs', import.meta.url).href, options: transportOptions } };

  let peakRss = process.memoryUsage.rss();
  let peakHeap = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 20);
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const cpuBefore = process.cpuUsage();
  const t0 = performance.now();
  // As `scan --org` does: the organization's policies read once, with the management account's credentials.
  await fake.ask({ type: 'open-management', memberIds: accounts.map((a) => a.id) });
  const management = new SdkTransport({
    credentials: async () => ({ accessKeyId: MANAGEMENT_ACCESS_KEY, secretAccessKey: 'bench/management/wJalrXUtnFEMIK7MDENG', sessionToken: 'FwoGZXIvYXdzEBenchManagement', expiration: new Date(Date.now() + 3_600_000) }),
    maxAttempts: 6,
    requestTimeoutMs: ORG_DEFAULTS.requestTimeoutMs,
    connectionTimeoutMs: 5_000,
    requestHandler: handler,
    env: {},
  });
  const organizationReading = await readOrganization({
    transport: management,
    caller: { id: MANAGEMENT_ID, principalArn: `arn:aws:iam::${MANAGEMENT_ID}:user/ci`, partition: 'aws' },
    datasets: DATASETS,
    homeRegion: 'us-east-1',
    regions: ['us-east-1'],
    concurrency: 4,
  });
  management.destroy();
  const { report, requests, spool } = await scanOrganizationToSpool({
    organizationReading,
    accounts: accounts.map(({ id, name }) => ({ id, name })),
    ...transports,
    checks: CHECKS,
    datasets: DATASETS,
    homeRegion: 'us-east-1',
    concurrency: Number(values.concurrency),
    accountConcurrency: Number(values['account-concurrency']),
    accountTimeoutMs: ORG_DEFAULTS.accountTimeoutMs,
    source: 'aws',
    onAccountStart: (account) => started.set(account.id, performance.now()),
    onAccountDone: (result, done) => {
      const ms = performance.now() - started.get(result.id);
      accountWall.push(ms);
      if (done <= workers * Number(values['account-concurrency'])) firstWaveMs = Math.max(firstWaveMs, ms);
      if (marks.has(done)) {
        const m = process.memoryUsage();
        memory.push({ done, rssBytes: m.rss, heapBytes: m.heapUsed });
        // As it happens, so that a long run shows its trend before it ends.
        process.stderr.write(`  ${done}/${count} accounts done at ${Math.round(performance.now() - t0)} ms: RSS ${Math.round(m.rss / 2 ** 20)} MB\n`);
      }
    },
  });
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpuBefore);
  loopDelay.disable();
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  const endRss = process.memoryUsage.rss();
  // The fakes' counts: this process's (the management account's, and every member's with one worker) and each worker's.
  const stats = await fake.ask({ type: 'stats' });
  fake.close();
  let requestMs = here?.seen.requestMs ?? 0;
  let requestCount = here?.seen.requestCount ?? 0;
  let info = here?.seen.info;
  for (const file of readdirSync(statsDir)) {
    const worker = JSON.parse(readFileSync(join(statsDir, file), 'utf8'));
    for (const k of ['requests', 'duplicates', 'throttled', 'errors', 'sleptMs', 'wrongAccount', 'cpuMs']) stats[k] += worker.stats[k];
    // Each fake sees only its worker's requests: the sum of their peaks bounds the peak across them.
    stats.peakInFlight += worker.stats.peakInFlight;
    for (const key of ['byService', 'unhandled']) for (const [s, n] of Object.entries(worker.stats[key])) stats[key][s] = (stats[key][s] ?? 0) + n;
    requestMs += worker.seen.requestMs;
    requestCount += worker.seen.requestCount;
    info ??= worker.seen.info;
  }
  rmSync(statsDir, { recursive: true, force: true });

  const findings = { PASS: 0, FAIL: 0, ERROR: 0 };
  // Verdicts that use what the management account read: grants an RCP neutralises, settings a declarative policy enforces.
  const organizationVerdicts = { neutralised: 0, enforced: 0, notes: report.notes };
  const errorSamples = [];
  // One account's result at a time, read back from the spool, as the reports are written.
  for (const summary of report.accounts) {
    const a = spool.read(summary.id);
    if (a.status === 'error') {
      if (errorSamples.length < 5) errorSamples.push(`NOT SCANNED ${a.id}: ${a.error}`);
      continue;
    }
    for (const f of a.report.findings) {
      findings[f.status]++;
      if (f.status === 'PASS' && f.message.includes('resource control policy')) organizationVerdicts.neutralised++;
      if (f.status === 'PASS' && f.message.includes("organization's EC2 declarative policy")) organizationVerdicts.enforced++;
      if (f.status === 'ERROR' && errorSamples.length < 5) errorSamples.push(`ERROR ${a.id} ${f.checkId}: ${f.message}`);
    }
  }
  spool.remove();
  const sorted = [...accountWall].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  console.log(
    JSON.stringify({
      accounts: count,
      scanned: report.accounts.filter((a) => a.status === 'scanned').length,
      failed: report.accounts.filter((a) => a.status === 'error').length,
      size,
      resourcesPerAccount: info ? Object.values(info.counts).reduce((a, b) => a + b, 0) : 0,
      regions: info?.regions.length ?? 0,
      latencyMs,
      concurrency: Number(values.concurrency),
      accountConcurrency: Number(values['account-concurrency']),
      workers,
      wallMs: Math.round(wallMs),
      accountWallMs: { mean: sorted.reduce((a, b) => a + b, 0) / Math.max(sorted.length, 1), p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, firstWave: firstWaveMs },
      requests: stats.requests,
      sentByScanner: requests.sent,
      duplicates: stats.duplicates,
      throttled: stats.throttled,
      awsErrors: stats.errors,
      wrongAccount: stats.wrongAccount,
      unhandled: stats.unhandled,
      byService: stats.byService,
      peakInFlight: stats.peakInFlight,
      meanRequestMs: requestMs / Math.max(requestCount, 1),
      fakeLatencyMs: stats.sleptMs / Math.max(stats.requests, 1),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      fakeCpuMs: stats.cpuMs,
      loopDelayMs: { p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
      peakRssBytes: peakRss,
      peakHeapBytes: peakHeap,
      endRssBytes: endRss,
      memory,
      findings,
      organizationVerdicts,
      errorSamples,
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// `node org.mjs serve`: the fake AWS of every account, keyed by access key id.

/** The account with every occurrence of the generator's account id replaced by `id` (ARNs, owner ids, the credential report). */
export function withAccountId(value, id) {
  if (typeof value === 'string') return value.includes(ACCOUNT_ID) ? value.replaceAll(ACCOUNT_ID, id) : value;
  if (Buffer.isBuffer(value)) return Buffer.from(value.toString('utf8').replaceAll(ACCOUNT_ID, id), 'utf8');
  if (Array.isArray(value)) return value.map((v) => withAccountId(v, id));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = withAccountId(v, id);
    return out;
  }
  return value;
}

function serveMode() {
  const fakes = new Map();
  const totals = { requests: 0, duplicates: 0, throttled: 0, errors: 0, sleptMs: 0, byService: {}, unhandled: {}, wrongAccount: 0, peakInFlight: 0 };
  let latencyMs = 50;
  let inFlight = 0;
  let wrongCounter = 0;
  const fold = (stats) => {
    for (const k of ['requests', 'duplicates', 'throttled', 'errors', 'sleptMs']) totals[k] += stats[k];
    for (const [s, n] of Object.entries(stats.byService)) totals.byService[s] = (totals.byService[s] ?? 0) + n;
    for (const [s, n] of Object.entries(stats.unhandled)) totals.unhandled[s] = (totals.unhandled[s] ?? 0) + n;
  };
  process.on('message', async (message) => {
    if (message.type === 'init') {
      latencyMs = message.latencyMs;
      // Response shapes come from the SDK modules' schemas; loading them now keeps that cost out of the first answers.
      await Promise.all(Object.values(SERVICES).map((s) => import(s.module)));
      process.send({ type: 'ready', id: message.id });
    } else if (message.type === 'open') {
      // Every account is a member of one organization (fake-org.mjs): its RCP and declarative policy apply.
      const account = { ...withAccountId(generateAccount({ resources: message.size, seed: message.seed }), message.accountId), organization: true };
      fakes.set(message.accessKeyId, { accountId: message.accountId, fake: createFakeAws(account, { latencyMs }) });
      process.send({ type: 'opened', id: message.id, regions: account.regions, counts: account.counts });
    } else if (message.type === 'open-management') {
      const account = { id: MANAGEMENT_ID, management: true, memberIds: message.memberIds, regions: ['us-east-1'], regional: {}, global: {} };
      fakes.set(MANAGEMENT_ACCESS_KEY, { accountId: MANAGEMENT_ID, fake: createFakeAws(account, { latencyMs }) });
      process.send({ type: 'opened', id: message.id });
    } else if (message.type === 'request') {
      inFlight++;
      totals.peakInFlight = Math.max(totals.peakInFlight, inFlight);
      try {
        const accessKeyId = /Credential=([^/,\s]+)\//.exec(message.request.headers.authorization ?? '')?.[1];
        const entry = fakes.get(accessKeyId);
        let reply;
        if (entry) reply = await entry.fake.answer(message.request);
        else {
          // As AWS answers a key it does not know; counted, and it must stay 0.
          totals.wrongAccount++;
          const { service } = parseRequest(message.request);
          const spec = SERVICES[service] ? service : 'sts';
          const error = writeError(spec, { code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.', status: 403 }, `wrong-${++wrongCounter}`);
          reply = { ...error, body: Buffer.from(error.body, 'utf8') };
        }
        process.send({ type: 'response', id: message.id, ...reply });
      } finally {
        inFlight--;
      }
    } else if (message.type === 'close') {
      for (const [key, entry] of fakes) {
        if (entry.accountId !== message.accountId) continue;
        fold(entry.fake.stats);
        fakes.delete(key);
      }
    } else if (message.type === 'stats') {
      for (const entry of fakes.values()) fold(entry.fake.stats);
      fakes.clear();
      const cpu = process.cpuUsage();
      process.send({ type: 'stats', id: message.id, ...totals, cpuMs: Math.round((cpu.user + cpu.system) / 1000), rssBytes: process.memoryUsage().rss });
    }
  });
}

if (process.argv[1] === SELF) {
  if (process.argv[2] === 'serve') serveMode();
  else if (process.argv[2] === 'scan') await scanMode();
  else {
    console.error('usage: node scripts/bench.mjs --org <accounts>   (or: node scripts/bench/org.mjs scan --accounts n [--size 100] [--latency ms] [--concurrency n] [--account-concurrency n] [--workers n] [--seed n])');
    process.exit(2);
  }
}
