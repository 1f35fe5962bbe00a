#!/usr/bin/env node
// Assembles examples/demo-inventory.json, the bundled demo account, from the per-service call
// lists under scripts/demo/. The demo is an inventory like any other: `scan --inventory` replays it.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const demoDir = join(root, 'scripts', 'demo');
const ACCOUNT = { id: '123456789012', principalArn: 'arn:aws:iam::123456789012:user/security-auditor', partition: 'aws' };
const REGIONS = ['eu-west-1', 'us-east-1'];

const base = [
  {
    service: 'sts', region: 'us-east-1', operation: 'GetCallerIdentity', input: {},
    output: { UserId: 'AIDADEMODEMODEMODEMO1', Account: ACCOUNT.id, Arn: ACCOUNT.principalArn },
  },
  {
    service: 'ec2', region: 'us-east-1', operation: 'DescribeRegions', input: {},
    output: { Regions: REGIONS.map((r) => ({ RegionName: r, Endpoint: `ec2.${r}.amazonaws.com`, OptInStatus: 'opt-in-not-required' })) },
  },
];

const parts = [];
for (const file of readdirSync(demoDir).filter((f) => f.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(demoDir, file)).href);
  parts.push(...mod.default);
}
const key = (c) => `${c.service}|${c.region}|${c.operation}|${JSON.stringify(c.input)}`;
const byKey = new Map();
for (const call of [...base, ...parts]) {
  if (byKey.has(key(call))) throw new Error(`Two demo answers for ${key(call)}`);
  byKey.set(key(call), call);
}
const calls = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
const inventory = {
  format: 'aws-posture-inventory',
  version: 1,
  tool: { name: 'aws-posture', version: 'demo' },
  recordedAt: '2026-11-01T09:00:00.000Z',
  account: ACCOUNT,
  regions: REGIONS,
  calls,
};
writeFileSync(join(root, 'examples', 'demo-inventory.json'), `${JSON.stringify(inventory, null, 1)}\n`);
console.log(`wrote examples/demo-inventory.json (${calls.length} calls)`);
