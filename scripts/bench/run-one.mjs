// One benchmark run in its own process, so that peak RSS belongs to one account size: generates the
// account, scans it with every check through the real SDK clients over the fake HTTP handler, and
// prints one JSON line of measurements.
//
//   node scripts/bench/run-one.mjs --size 2000 --latency 50 --concurrency 16

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { longestChain } from './chain.mjs';
import { generateAccount } from './account.mjs';
import { createDirectTransport } from './direct-transport.mjs';
import { startFakeAws } from './fake-handler.mjs';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '2000' },
    latency: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '16' },
    seed: { type: 'string', default: '7' },
    direct: { type: 'boolean', default: false },
  },
});
const size = Number(values.size);
const latencyMs = Number(values.latency);
const concurrency = Number(values.concurrency);

const dist = new URL('../../dist/', import.meta.url);
const [{ scan }, { CHECKS }, { DATASETS }, { SdkTransport }] = await Promise.all([
  import(new URL('engine/scan.js', dist)),
  import(new URL('checks/registry.js', dist)),
  import(new URL('data/datasets/index.js', dist)),
  import(new URL('aws/sdk-transport.js', dist)),
]);

const fake = values.direct ? await directFake() : await startFakeAws({ size, seed: Number(values.seed), latencyMs });
const transport = values.direct ? fake.transport : new SdkTransport({
  credentials: async () => ({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }),
  maxAttempts: 6,
  requestTimeoutMs: 20_000,
  connectionTimeoutMs: 5_000,
  requestHandler: fake.handler,
  env: {},
});

if (process.env.BENCH_PRELOAD) {
  const { CATALOGUE } = await import(new URL('aws/catalogue.js', dist));
  await Promise.all(Object.values(CATALOGUE).map((s) => import(s.sdkModule)));
}
const timeline = [];
if (process.env.BENCH_TIMELINE) {
  const inner = transport.send.bind(transport);
  transport.send = async (req) => {
    const start = performance.now();
    try {
      return await inner(req);
    } finally {
      timeline.push([start, performance.now(), `${req.service}:${req.operation}@${req.region}`]);
    }
  };
}
/** Heap still reachable once the scan is done (its report included), when run with --expose-gc. */
function retainedHeap() {
  if (typeof globalThis.gc !== 'function') return undefined;
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

/** The same fake in this process, answering without the SDK (see direct-transport.mjs). */
async function directFake() {
  const account = generateAccount({ resources: size, seed: Number(values.seed) });
  const { transport: direct, stats } = createDirectTransport(account, { latencyMs });
  return {
    transport: direct,
    info: { regions: account.regions, homeRegion: account.homeRegion, counts: account.counts },
    stats: async () => stats,
    close() {},
  };
}

let peakRss = process.memoryUsage().rss;
let peakHeap = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 20);

const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const { report, requests } = await scan({
  transport,
  checks: CHECKS,
  datasets: DATASETS,
  homeRegion: fake.info.homeRegion,
  concurrency,
  source: 'aws',
});
const wallMs = performance.now() - started;
const scanCpu = process.cpuUsage(cpuBefore);
loopDelay.disable();
clearInterval(sampler);
transport.destroy?.();
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

if (process.env.BENCH_TIMELINE) {
  const buckets = [];
  for (const [a, b] of timeline) for (let t = Math.floor((a - started) / 250); t <= Math.floor((b - started) / 250); t++) buckets[t] = (buckets[t] ?? 0) + Math.min(b, started + (t + 1) * 250) - Math.max(a, started + t * 250);
  console.error('avg in flight per 250 ms:', Array.from(buckets, (x) => ((x ?? 0) / 250).toFixed(1)).join(' '));
  const end = Math.max(...timeline.map((x) => x[1]));
  const tail = timeline.filter((x) => x[1] > end - 1000).sort((a, b) => a[0] - b[0]);
  console.error('last second:', tail.map((x) => `${(x[0] - started).toFixed(0)}-${(x[1] - started).toFixed(0)} ${x[2]}`).join(', '));
  console.error('first request at', (Math.min(...timeline.map((x) => x[0])) - started).toFixed(0), 'ms; last end at', (Math.max(...timeline.map((x) => x[1])) - started).toFixed(0), 'ms');
}
const stats = await fake.stats();
fake.close();
const chain = longestChain(DATASETS, stats.listings, { homeRegion: fake.info.homeRegion, regions: fake.info.regions });
const statuses = { PASS: 0, FAIL: 0, ERROR: 0 };
const errorSamples = [];
for (const f of report.findings) {
  statuses[f.status]++;
  if (f.status === 'ERROR' && errorSamples.length < 5) errorSamples.push(`${f.checkId}: ${f.message}`);
}

console.log(
  JSON.stringify({
    size,
    resources: Object.values(fake.info.counts).reduce((a, b) => a + b, 0),
    latencyMs,
    concurrency,
    wallMs: Math.round(wallMs),
    requests: stats.requests,
    sentByScanner: requests.sent,
    duplicates: stats.duplicates,
    throttled: stats.throttled,
    throttledByOperation: stats.throttledByOperation,
    sleptAvgMs: stats.sleptMs / stats.requests,
    cpuMs: Math.round((scanCpu.user + scanCpu.system) / 1000),
    loopDelayMs: { p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
    awsErrors: stats.errors,
    unhandled: stats.unhandled,
    byService: stats.byService,
    byOperation: stats.byOperation,
    peakInFlight: stats.peakInFlight,
    peakInFlightByScope: stats.peakInFlightByScope,
    peakRssBytes: peakRss,
    peakHeapBytes: peakHeap,
    retainedHeapBytes: retainedHeap(),
    chain,
    findings: statuses,
    errorSamples,
  }),
);
