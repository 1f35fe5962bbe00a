// One benchmark run in its own process, so that peak RSS belongs to one account size: scans a
// synthetic account with every check through the real SDK clients, over the fake AWS (a child
// process) behind SdkTransport's `requestHandler`, and prints one JSON line of measurements.
//
//   node scripts/bench/run-one.mjs --size 2000 --latency 50 --concurrency 16 [--direct]
//
// --direct answers from the fake in this process without the SDK (see direct-transport.mjs).
// BENCH_TIMELINE=1 prints, on stderr, the requests in flight per 250 ms and the last second's requests.

import { constants as perfConstants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { getHeapStatistics, writeHeapSnapshot } from 'node:v8';
import { generateAccount } from './account.mjs';
import { longestChain } from './chain.mjs';
import { createDirectTransport } from './direct-transport.mjs';
import { startFakeAws, timeSends } from './fake-handler.mjs';

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
const seed = Number(values.seed);
const latencyMs = Number(values.latency);
const concurrency = Number(values.concurrency);

// Start-up, as a scan pays it: Node's own boot (performance.now() counts from process start), loading
// the scanner's modules, then scan() until its first request reaches the HTTP layer. The benchmark's
// own work in between (building the account, starting the fake) is left out.
const bootMs = performance.now();
const dist = new URL('../../dist/', import.meta.url);
// As bin/aws-posture.js does before it loads anything else: a scan run before this one has left V8's
// compiled code of the scanner and the SDK clients in the user's cache (BENCH_NO_COMPILE_CACHE=1: none).
const compileCache = process.env.BENCH_NO_COMPILE_CACHE
  ? { skipped: 'BENCH_NO_COMPILE_CACHE is set' }
  : (await import(new URL('cli/compile-cache.js', dist))).enableCompileCache();
const [{ scan }, { CHECKS }, { DATASETS }, { SdkTransport }, { limitHeapGrowth }] = await Promise.all([
  import(new URL('engine/scan.js', dist)),
  import(new URL('checks/registry.js', dist)),
  import(new URL('data/datasets/index.js', dist)),
  import(new URL('aws/sdk-transport.js', dist)),
  import(new URL('cli/heap.js', dist)),
]);
const loadMs = performance.now() - bootMs;
// As the CLI's scan command does before it scans.
limitHeapGrowth();

const fake = values.direct ? directFake() : await startFakeAws({ size, seed, latencyMs });
const transport = values.direct
  ? fake.transport
  : new SdkTransport({
      credentials: async () => ({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }),
      maxAttempts: 6,
      requestTimeoutMs: 20_000,
      connectionTimeoutMs: 5_000,
      requestHandler: timedHandler(fake.handler),
      env: {},
    });

// Time a request spends on the wire as the scanner sees it: from the SDK handing the signed request
// to the HTTP layer until the answer is back (the fake's latency plus any wait for a busy event
// loop). Its in-flight slot covers this and the building and signing before it.
let wireMs = 0;
let wireCount = 0;
let firstRequestAt;
function timedHandler(handler) {
  return {
    ...handler,
    async handle(request, options) {
      const start = performance.now();
      firstRequestAt ??= start;
      try {
        return await handler.handle(request, options);
      } finally {
        wireMs += performance.now() - start;
        wireCount++;
      }
    },
  };
}

// Time each request spends in the transport as the scanner sees it: the fake's latency, plus the
// SDK's work on it, plus any wait for a busy event loop.
const timeline = [];
let requestMs = 0;
let requestCount = 0;
timeSends(transport, (req, start, end) => {
  // Without the SDK a request is on the wire from the moment it is sent.
  if (values.direct) firstRequestAt = Math.min(firstRequestAt ?? start, start);
  requestMs += end - start;
  requestCount++;
  if (process.env.BENCH_TIMELINE) timeline.push([start, end, `${req.service}:${req.operation}@${req.region}`]);
});

// The kernel's maxRSS (read at the end) is the peak resident size; the samples add the peak heap. Every
// 100 ms, not more often: reading the heap's statistics costs CPU that would be charged to the scan.
let peakRss = process.memoryUsage.rss();
let peakHeap = 0;
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
}, 100);
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
// The garbage collector's pauses of the JavaScript thread (V8's background threads work beside it).
const gcPauses = { minorMs: 0, minor: 0, majorMs: 0, major: 0 };
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const major = entry.detail?.kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR;
    gcPauses[major ? 'majorMs' : 'minorMs'] += entry.duration;
    gcPauses[major ? 'major' : 'minor']++;
  }
});
gcObserver.observe({ entryTypes: ['gc'] });
const cpuBefore = process.cpuUsage();
const started = performance.now();
const { report, requests } = await scan({ transport, checks: CHECKS, datasets: DATASETS, homeRegion: fake.info.homeRegion, concurrency, source: 'aws' });
const wallMs = performance.now() - started;
const scanCpu = process.cpuUsage(cpuBefore);
loopDelay.disable();
gcObserver.disconnect();
clearInterval(sampler);
transport.destroy?.();
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

if (process.env.BENCH_TIMELINE) printTimeline();
const stats = await fake.stats();
fake.close();
const chain = longestChain(DATASETS, stats.listings, { homeRegion: fake.info.homeRegion, regions: fake.info.regions });
const findings = { PASS: 0, FAIL: 0, ERROR: 0 };
const errorSamples = [];
for (const f of report.findings) {
  findings[f.status]++;
  if (f.status === 'ERROR' && errorSamples.length < 5) errorSamples.push(`${f.checkId}: ${f.message}`);
}

console.log(
  JSON.stringify({
    size,
    resources: Object.values(fake.info.counts).reduce((a, b) => a + b, 0),
    regions: fake.info.regions.length,
    latencyMs,
    concurrency,
    wallMs: Math.round(wallMs),
    requests: stats.requests,
    sentByScanner: requests.sent,
    duplicates: stats.duplicates,
    throttled: stats.throttled,
    throttledByOperation: stats.throttledByOperation,
    meanRequestMs: requestMs / Math.max(requestCount, 1),
    // Without the SDK a request holds its slot from start to end: its wire time is its whole time.
    meanWireMs: values.direct ? requestMs / Math.max(requestCount, 1) : wireMs / Math.max(wireCount, 1),
    fakeLatencyMs: stats.sleptMs / Math.max(stats.requests, 1),
    cpuMs: Math.round((scanCpu.user + scanCpu.system) / 1000),
    compileCache: 'directory' in compileCache ? 'on' : `off (${compileCache.skipped})`,
    startup: { bootMs, loadMs, toFirstRequestMs: firstRequestAt - started, totalMs: bootMs + loadMs + (firstRequestAt - started) },
    gcPauses: { minorMs: Math.round(gcPauses.minorMs), minor: gcPauses.minor, majorMs: Math.round(gcPauses.majorMs), major: gcPauses.major },
    loopDelayMs: { p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
    awsErrors: stats.errors,
    unhandled: stats.unhandled,
    byService: stats.byService,
    byOperation: stats.byOperation,
    peakInFlight: stats.peakInFlight,
    peakInFlightByScope: stats.peakInFlightByScope,
    requestsByScope: stats.requestsByScope,
    peakRssBytes: peakRss,
    peakHeapBytes: peakHeap,
    retainedHeapBytes: retainedHeap(),
    chain,
    findings,
    errorSamples,
  }),
);

/** The same fake in this process, answering without the SDK. */
function directFake() {
  const account = generateAccount({ resources: size, seed });
  const { transport: direct, stats: directStats } = createDirectTransport(account, { latencyMs });
  return {
    transport: direct,
    info: { regions: account.regions, homeRegion: account.homeRegion, counts: account.counts },
    stats: async () => directStats,
    close() {},
  };
}

/** Heap still reachable once the scan is done (its report included); only when run with --expose-gc. */
function retainedHeap() {
  if (typeof globalThis.gc !== 'function') return undefined;
  globalThis.gc();
  // BENCH_HEAP_SNAPSHOT=file.heapsnapshot: what the report and anything else still reachable hold.
  if (process.env.BENCH_HEAP_SNAPSHOT) writeHeapSnapshot(process.env.BENCH_HEAP_SNAPSHOT);
  return process.memoryUsage().heapUsed;
}

function printTimeline() {
  const perSlot = [];
  for (const [a, b] of timeline) {
    for (let slot = Math.floor((a - started) / 250); slot <= Math.floor((b - started) / 250); slot++) {
      perSlot[slot] = (perSlot[slot] ?? 0) + Math.min(b, started + (slot + 1) * 250) - Math.max(a, started + slot * 250);
    }
  }
  console.error(`in flight per 250 ms: ${Array.from(perSlot, (x) => ((x ?? 0) / 250).toFixed(1)).join(' ')}`);
  const end = Math.max(...timeline.map(([, b]) => b));
  const last = timeline.filter(([, b]) => b > end - 1000).sort((x, y) => x[0] - y[0]);
  console.error(`last second: ${last.map(([a, b, what]) => `${(a - started).toFixed(0)}–${(b - started).toFixed(0)} ms ${what}`).join(', ')}`);
}
