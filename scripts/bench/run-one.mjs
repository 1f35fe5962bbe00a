// One benchmark run in its own process, so that peak RSS belongs to one account size: generates the
// account, scans it with every check through the real SDK clients over the fake HTTP handler, and
// prints one JSON line of measurements.
//
//   node scripts/bench/run-one.mjs --size 2000 --latency 50 --concurrency 16

import { parseArgs } from 'node:util';
import { longestChain } from './chain.mjs';
import { startFakeAws } from './fake-handler.mjs';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '2000' },
    latency: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '16' },
    seed: { type: 'string', default: '7' },
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

const fake = await startFakeAws({ size, seed: Number(values.seed), latencyMs });
const transport = new SdkTransport({
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
  const inner = fake.handler.handle;
  fake.handler.handle = async (request) => {
    const start = performance.now();
    const out = await inner(request);
    timeline.push([start, performance.now(), request.hostname.split('.').slice(0, 2).join('.')]);
    return out;
  };
}
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 20);

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
clearInterval(sampler);
transport.destroy();
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

if (process.env.BENCH_TIMELINE) {
  const buckets = [];
  for (const [a, b] of timeline) for (let t = Math.floor((a - started) / 250); t <= Math.floor((b - started) / 250); t++) buckets[t] = (buckets[t] ?? 0) + Math.min(b, started + (t + 1) * 250) - Math.max(a, started + t * 250);
  console.error('avg in flight per 250 ms:', Array.from(buckets, (x) => ((x ?? 0) / 250).toFixed(1)).join(' '));
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
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
    awsErrors: stats.errors,
    unhandled: stats.unhandled,
    byService: stats.byService,
    byOperation: stats.byOperation,
    peakInFlight: stats.peakInFlight,
    peakInFlightByScope: stats.peakInFlightByScope,
    peakRssBytes: peakRss,
    chain,
    findings: statuses,
    errorSamples,
  }),
);
