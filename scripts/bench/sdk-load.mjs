// How long loading the SDK client modules takes, in a fresh process: the fixed cost every live scan
// pays before its first regional request. `require` is how SdkTransport loads them; `import`
// loads the same CommonJS bundles through the ESM loader, which first detects their format and
// lexes their exports.
//
//   node scripts/bench/sdk-load.mjs import|require

import { createRequire } from 'node:module';

const how = process.argv[2] ?? 'import';
const dist = new URL('../../dist/', import.meta.url);
const [{ CATALOGUE }, { DATASETS }] = await Promise.all([import(new URL('aws/catalogue.js', dist)), import(new URL('data/datasets/index.js', dist))]);
// The services a full scan calls: the identity and Region look-ups, then every dataset's operations.
const services = new Set(['sts', 'ec2', ...[...DATASETS.values()].flatMap((d) => d.operations.map((op) => op.split(':')[0]))]);
const modules = [...services].map((s) => CATALOGUE[s].sdkModule);
const started = performance.now();
if (how === 'require') {
  const load = createRequire(new URL('../../package.json', import.meta.url));
  for (const m of modules) load(m);
} else {
  await Promise.all(modules.map((m) => import(m)));
}
console.log(JSON.stringify({ how, modules: modules.length, ms: Math.round(performance.now() - started) }));
