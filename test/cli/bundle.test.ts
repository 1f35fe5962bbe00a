// The command line's bundle (npm run build, scripts/bundle.mjs): what --help and a scan's start load,
// and that the AWS SDK inside it loads per client, on first use.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/aws/catalogue.js';
import { SDK_CORE_MODULES } from '../../src/aws/sdk-modules.js';
import { ROOT } from '../helpers/cli.js';

const BUNDLE = join(ROOT, 'dist', 'bundle');
const read = (file: string) => readFileSync(join(BUNDLE, file), 'utf8');

/** The chunks a chunk imports statically, itself included: what node loads with it. */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of read(file).matchAll(/^(?:import|export)\b[^;]*?from\s*"\.\/([^"]+)"|^import\s*"\.\/([^"]+)"/gms)) queue.push((m[1] ?? m[2])!);
  }
  return [...seen];
}

describe.skipIf(!existsSync(BUNDLE))('the bundle', () => {
  it('starts without the SDK, the checks or child_process', () => {
    const text = staticClosure('aws-posture.mjs').map(read).join('\n');
    expect(text).not.toMatch(/^\/\/ node_modules\/@(aws-sdk|smithy)\//m);
    expect(text).not.toMatch(/^\/\/ src\/checks\/registry\.ts/m);
    expect(text).not.toMatch(/from "node:child_process"/);
  });

  it('imports each client of the catalogue and the shared cores by name, each on first use', () => {
    const names = [...new Set([...Object.values(CATALOGUE).map((s) => s.sdkModule), ...SDK_CORE_MODULES])];
    const loader = readdirSync(BUNDLE).filter((f) => f.endsWith('.mjs')).map(read).find((t) => t.includes('function loadSdkModule('));
    expect(loader).toBeDefined();
    for (const name of names) expect(loader, name).toMatch(new RegExp(`case ${JSON.stringify(name).replace(/[/.]/g, '\\$&')}:\\s*return import\\("\\./chunk-[\\w-]+\\.mjs"\\)`));
  });
});
