// Benchmark of a full-account scan at several account sizes, through the real SDK clients (request
// serialisation, signing, response parsing) over a fake AWS with a fixed per-request latency.
// Run with `npm run bench` (builds first); see docs/performance.md for what is measured and why.
//
//   node scripts/bench.mjs [--sizes 100,2000,20000] [--latency 50] [--concurrency 16] [--runs 1] [--direct] [--json file]
//   node scripts/bench.mjs --org 200 [--workers 1] [--account-concurrency 4] [--org-size 100] [--latency 50] [--concurrency 16] [--json file]
//   node scripts/bench.mjs --startup [--runs 15]
//
// --runs n keeps the fastest of n runs per size (on a shared machine, the run least disturbed by
// others); --direct answers without the SDK, to separate scheduling from the SDK's CPU cost.
// --org n runs only the organization scenario instead: scanOrganization() over n accounts of about
// --org-size resources each (default 100; scripts/bench/org.mjs; figures in docs/scale.md), in one
// thread or on --workers worker threads (default 1, unlike the CLI's default of one per CPU, so
// that a figure names its worker count).
// --startup measures the command line's start instead (scripts/bench/startup.mjs; docs/performance.md).

import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,2000,20000' },
    latency: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '16' },
    seed: { type: 'string', default: '7' },
    runs: { type: 'string', default: '1' },
    direct: { type: 'boolean', default: false },
    json: { type: 'string' },
    org: { type: 'string' },
    'account-concurrency': { type: 'string', default: '4' },
    workers: { type: 'string', default: '1' },
    'org-size': { type: 'string', default: '100' },
    startup: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('usage: node scripts/bench.mjs [--sizes 100,2000,20000] [--latency ms] [--concurrency n] [--runs n] [--direct] [--seed n] [--json results.json]');
  console.log('       node scripts/bench.mjs --org <accounts> [--workers n] [--account-concurrency n] [--org-size resources] [--latency ms] [--concurrency n] [--seed n] [--json results.json]');
  console.log('       node scripts/bench.mjs --startup [--runs n]');
  process.exit(0);
}
if (values.startup) {
  const { startupBenchmark } = await import('./bench/startup.mjs');
  // Start-up varies more than a scan: 15 runs unless --runs says otherwise.
  const runs = process.argv.some((a) => a === '--runs' || a.startsWith('--runs=')) ? Number(values.runs) : 15;
  if (!(runs >= 1)) {
    console.error('bench: --runs needs a positive integer');
    process.exit(2);
  }
  const result = await startupBenchmark({ runs });
  if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 2));
  process.exit(0);
}
const sizes = values.sizes.split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
const latencyMs = Number(values.latency);
const concurrency = Number(values.concurrency);
const runs = Number(values.runs);
if (sizes.length === 0 || !(latencyMs >= 0) || !(concurrency > 0) || !(runs >= 1)) {
  console.error('bench: --sizes needs positive integers, --latency a number of milliseconds, --concurrency and --runs positive integers');
  process.exit(2);
}
if (values.org !== undefined) {
  const accounts = Number(values.org);
  const accountConcurrency = Number(values['account-concurrency']);
  const size = Number(values['org-size']);
  const workers = Number(values.workers);
  if (![accounts, accountConcurrency, size, workers].every((n) => Number.isInteger(n) && n > 0)) {
    console.error('bench: --org, --account-concurrency, --org-size and --workers need positive integers');
    process.exit(2);
  }
  const { orgBenchmark } = await import('./bench/org.mjs');
  await orgBenchmark({ accounts, size, latencyMs, concurrency, accountConcurrency, workers, seed: Number(values.seed), json: values.json });
  process.exit(0);
}

/** Runs one size in a fresh process, so that its peak RSS is its own. */
function runOne(size) {
  return new Promise((resolve, reject) => {
    const args = [
      fileURLToPath(new URL('./bench/run-one.mjs', import.meta.url)),
      ...['--size', String(size), '--latency', String(latencyMs), '--concurrency', String(concurrency), '--seed', values.seed],
      ...(values.direct ? ['--direct'] : []),
    ];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop();
      if (code !== 0 || !line?.startsWith('{')) reject(new Error(`the ${size}-resource run exited with ${code}`));
      else resolve(JSON.parse(line));
    });
  });
}

/** Loading the SDK clients in a fresh process, the way SdkTransport does (require) and through the ESM loader (import). */
function sdkLoad(how) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('./bench/sdk-load.mjs', import.meta.url)), how], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => resolve(JSON.parse(out.trim())));
  });
}

/** Wall time ≤ this × the lower bound: 1.4 for the smallest account, whose bound start-up weighs on most; 1.2 from 2,000 resources. */
const targetRatio = (size) => (size < 2000 ? 1.4 : 1.2);
const TARGET_RSS_MB = 400;
const { CATALOGUE } = await import(new URL('../dist/aws/catalogue.js', import.meta.url));
const mb = (bytes) => Math.round(bytes / 2 ** 20);
const seconds = (ms) => (ms / 1000).toFixed(2);

console.log(
  `aws-posture scan benchmark${values.direct ? ' (direct: without the SDK)' : ''}: latency ${latencyMs} ms per request, concurrency ${concurrency}, ` +
    `${os.cpus().length} CPUs, ${mb(os.totalmem())} MB, node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`,
);
const results = [];
for (const size of sizes) {
  const attempts = [];
  for (let i = 0; i < runs; i++) attempts.push(await runOne(size));
  const r = attempts.reduce((best, a) => (a.wallMs < best.wallMs ? a : best));
  const chainMs = r.chain.length * latencyMs;
  const throughputMs = (r.requests * latencyMs) / concurrency;
  const boundMs = Math.max(chainMs, throughputMs);
  const paced = r.requestsByScope ? pacedBound(r.requestsByScope, CATALOGUE) : undefined;
  const result = { ...r, chainMs, throughputMs, boundMs, ratio: boundMs > 0 ? r.wallMs / boundMs : 0, paced };
  results.push(result);

  console.log(`\n${r.resources} resources (asked ${size}) in ${r.regions} Regions`);
  console.log(`  wall time        ${seconds(r.wallMs)} s   (${result.ratio.toFixed(2)} × lower bound; target ≤ ${targetRatio(size)})${runs > 1 ? `; all runs: ${attempts.map((a) => seconds(a.wallMs)).join(', ')} s` : ''}`);
  console.log(`  lower bound      ${seconds(boundMs)} s   = max(chain ${r.chain.length} × ${latencyMs} ms = ${seconds(chainMs)} s, ${r.requests} requests × ${latencyMs} ms / ${concurrency} = ${seconds(throughputMs)} s)`);
  if (paced?.scope) {
    const over = paced.ms > boundMs;
    console.log(
      `  slowest limit    ${paced.scope} needs ${seconds(paced.ms)} s at the scan's own limits for it (${paced.why})` +
        (over ? `: above the bound, wall = ${(r.wallMs / paced.ms).toFixed(2)} × that` : ', within the bound'),
    );
  }
  const adjustedMs = Math.max(r.chain.length * r.meanRequestMs, (r.requests * r.meanWireMs) / concurrency);
  console.log(`  same bound with the measured ${r.meanWireMs.toFixed(1)} ms on the wire per request: ${seconds(adjustedMs)} s (wall = ${(r.wallMs / adjustedMs).toFixed(2)} × that)`);
  console.log(`  longest chain    ${r.chain.path.join(' → ')}  [${r.chain.dataset}, ${r.chain.region}]`);
  console.log(`  requests         ${r.requests} (duplicates ${r.duplicates}, throttled ${r.throttled}, AWS errors ${r.awsErrors}${Object.keys(r.unhandled).length ? `, UNHANDLED ${JSON.stringify(r.unhandled)}` : ''})`);
  console.log(`  by service       ${Object.entries(r.byService).sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${n}`).join(', ')}`);
  console.log(`  peak in flight   ${r.peakInFlight} overall; per service scope: ${peakByService(r.peakInFlightByScope)}`);
  console.log(`  peak RSS         ${mb(r.peakRssBytes)} MB   (scan process; peak heap ${mb(r.peakHeapBytes)} MB)`);
  console.log(
    `  where time goes  scan CPU ${seconds(r.cpuMs)} s; a request takes ${r.meanRequestMs.toFixed(1)} ms on average as the scanner sees it, ${r.meanWireMs.toFixed(1)} ms of it on the wire ` +
      `(the fake's ${latencyMs} ms timer fired after ${r.fakeLatencyMs.toFixed(1)} ms); event loop delay p99 ${r.loopDelayMs.p99.toFixed(0)} ms, max ${r.loopDelayMs.max.toFixed(0)} ms`,
  );
  const s = r.startup;
  console.log(`  start-up         ${s.totalMs.toFixed(0)} ms to the first request = Node ${s.bootMs.toFixed(0)} ms + loading the scanner ${s.loadMs.toFixed(0)} ms + scan() to its first request ${s.toFirstRequestMs.toFixed(0)} ms`);
  console.log(`  CPU per request  ${(r.cpuMs / r.requests).toFixed(2)} ms (scan CPU, user + system, ÷ requests)`);
  console.log(`  findings         ${r.findings.PASS} PASS, ${r.findings.FAIL} FAIL, ${r.findings.ERROR} ERROR`);
  for (const sample of r.errorSamples) console.log(`    ERROR ${sample}`);
}

const [imported, required] = [await sdkLoad('import'), await sdkLoad('require')];
console.log(`\nLoading the ${imported.modules} SDK client modules a scan uses, in a fresh process: ${seconds(required.ms)} s with require() (as SdkTransport does), ${seconds(imported.ms)} s with import().`);

console.log('\n| resources | wall (s) | lower bound (s) | wall / bound | requests | duplicates | throttled | chain | mean request (ms) | on the wire (ms) | scan CPU (s) | CPU per request (ms) | start-up (ms) | peak RSS (MB) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(
    `| ${r.resources} | ${seconds(r.wallMs)} | ${seconds(r.boundMs)} | ${r.ratio.toFixed(2)} | ${r.requests} | ${r.duplicates} | ${r.throttled} | ${r.chain.length} | ${r.meanRequestMs.toFixed(1)} | ${r.meanWireMs.toFixed(1)} | ${(r.cpuMs / 1000).toFixed(1)} | ${(r.cpuMs / r.requests).toFixed(2)} | ${r.startup.totalMs.toFixed(0)} | ${mb(r.peakRssBytes)} |`,
  );
}
const misses = results.flatMap((r) => [
  ...(r.duplicates > 0 ? [`${r.resources}: ${r.duplicates} duplicate requests`] : []),
  ...(r.ratio > targetRatio(r.size) ? [`${r.resources}: wall time ${r.ratio.toFixed(2)} × the lower bound`] : []),
  ...(r.throttled > 0 ? [`${r.resources}: ${r.throttled} throttled requests`] : []),
  ...(r.size >= 20_000 && mb(r.peakRssBytes) > TARGET_RSS_MB ? [`${r.resources}: peak RSS ${mb(r.peakRssBytes)} MB`] : []),
]);
console.log(misses.length ? `\nTargets missed: ${misses.join('; ')}` : '\nAll targets met.');
if (values.json) {
  const machine = { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryMb: mb(os.totalmem()), loadAverage: os.loadavg() };
  writeFileSync(values.json, `${JSON.stringify({ latencyMs, concurrency, runs, direct: values.direct, machine, sdkLoad: { imported, required }, results }, null, 1)}\n`);
}

/**
 * The longest any one throttling scope must take at the scan's own limits for it (its in-flight
 * limit at the fake's latency, its client-side token buckets), from the requests the fake saw there.
 * The lower bound leaves these limits out; where one is larger, no schedule can beat it either.
 */
function pacedBound(requestsByScope, catalogue) {
  const perScope = {};
  for (const [key, n] of Object.entries(requestsByScope)) {
    const [scope, operation] = key.split('|');
    (perScope[scope] ??= {})[operation] = n;
  }
  let slowest = { ms: 0 };
  for (const [scope, operations] of Object.entries(perScope)) {
    const limit = catalogue[scope.split('@')[0]]?.limit;
    if (!limit) continue;
    const total = Object.values(operations).reduce((a, b) => a + b, 0);
    const candidates = [];
    if (limit.concurrency) candidates.push({ ms: (total * latencyMs) / limit.concurrency, why: `${total} requests, ${limit.concurrency} at a time` });
    // Requests sharing a bucket: the service's, an operation's when buckets are per operation, or an operation's own.
    const lanes = {};
    for (const [operation, n] of Object.entries(operations)) {
      const own = limit.operationBuckets?.[operation];
      const spec = own ?? limit.bucket;
      if (!spec) continue;
      const lane = own || spec.per === 'operation' ? operation : 'all';
      lanes[lane] = { spec, n: (lanes[lane]?.n ?? 0) + n };
    }
    for (const [lane, { spec, n }] of Object.entries(lanes)) {
      const what = lane === 'all' ? `${n} requests` : `${n} ${lane}`;
      candidates.push({ ms: (Math.max(0, n - spec.capacity) / spec.refillPerSecond) * 1000, why: `${what} at ${spec.capacity} + ${spec.refillPerSecond} per second` });
    }
    for (const c of candidates) if (c.ms > slowest.ms) slowest = { ...c, scope };
  }
  return slowest;
}

/** The highest in-flight count seen per service, over its Regions. */
function peakByService(byScope) {
  const peak = {};
  for (const [scope, n] of Object.entries(byScope)) {
    const service = scope.split('@')[0];
    peak[service] = Math.max(peak[service] ?? 0, n);
  }
  return Object.entries(peak).map(([s, n]) => `${s} ${n}`).join(', ');
}
