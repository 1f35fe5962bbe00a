// One benchmark run in its own process, so that peak RSS belongs to one account size: generates the
// account, scans it with every check through the real SDK clients over the fake HTTP handler, and
// prints one JSON line of measurements.
//
//   node scripts/bench/run-one.mjs --size 2000 --latency 50 --concurrency 16

import { parseArgs } from 'node:util';
import { generateAccount, HOME_REGION } from './account.mjs';
import { longestChain } from './chain.mjs';
import { createFakeAws } from './fake-aws.mjs';

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

const account = generateAccount({ resources: size, seed: Number(values.seed) });
const fake = createFakeAws(account, { latencyMs });
const transport = new SdkTransport({
  credentials: async () => ({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }),
  maxAttempts: 6,
  requestTimeoutMs: 20_000,
  connectionTimeoutMs: 5_000,
  requestHandler: fake.handler,
  env: {},
});

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

const started = performance.now();
const { report, requests } = await scan({
  transport,
  checks: CHECKS,
  datasets: DATASETS,
  homeRegion: HOME_REGION,
  concurrency,
  source: 'aws',
});
const wallMs = performance.now() - started;
clearInterval(sampler);
transport.destroy();
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

const chain = longestChain(DATASETS, fake.stats.listings, { homeRegion: HOME_REGION, regions: account.regions });
const statuses = { PASS: 0, FAIL: 0, ERROR: 0 };
const errorSamples = [];
for (const f of report.findings) {
  statuses[f.status]++;
  if (f.status === 'ERROR' && errorSamples.length < 5) errorSamples.push(`${f.checkId}: ${f.message}`);
}

console.log(
  JSON.stringify({
    size,
    resources: Object.values(account.counts).reduce((a, b) => a + b, 0),
    latencyMs,
    concurrency,
    wallMs: Math.round(wallMs),
    requests: fake.stats.requests,
    sentByScanner: requests.sent,
    duplicates: fake.stats.duplicates,
    throttled: fake.stats.throttled,
    fakeMs: Math.round(fake.stats.fakeMs),
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
    awsErrors: fake.stats.errors,
    unhandled: fake.stats.unhandled,
    byService: fake.stats.byService,
    byOperation: fake.stats.byOperation,
    peakInFlight: fake.stats.peakInFlight,
    peakInFlightByScope: fake.stats.peakInFlightByScope,
    peakRssBytes: peakRss,
    chain,
    findings: statuses,
    errorSamples,
  }),
);
