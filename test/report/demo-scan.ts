// Real scans for the reporter tests that need one: the built CLI run over the bundled demo inventory, as a
// user would run it, writing the given formats to files in a fresh directory.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, runCli } from '../helpers/cli.js';

export interface DemoScan {
  dir: string;
  /** Path of the file written for a format. */
  path(format: string): string;
  read(format: string): string;
}

const EXTENSIONS: Record<string, string> = { json: 'json', sarif: 'sarif', html: 'html', junit: 'xml', markdown: 'md', csv: 'csv' };

/**
 * Scans the demo inventory (or a copy with `rename` applied to its text) and writes each format to a file.
 * Throws with the CLI's stderr when the scan fails.
 */
export async function demoScan(formats: string[], options: { args?: string[]; rename?: [string, string] } = {}): Promise<DemoScan> {
  const dir = mkdtempSync(join(tmpdir(), 'aws-posture-demo-'));
  let inventory = DEMO;
  if (options.rename) {
    const [from, to] = options.rename;
    // The replacement goes into JSON text, so it must not need escaping there.
    if (/["\\\u0000-\u001f]/.test(to)) throw new Error('rename target must not need JSON escaping');
    inventory = join(dir, 'inventory.json');
    writeFileSync(inventory, readFileSync(DEMO, 'utf8').replaceAll(from, to));
  }
  const path = (format: string) => join(dir, `report.${EXTENSIONS[format] ?? format}`);
  const args = ['scan', '--inventory', inventory, '--fail-on', 'none', '--quiet', ...formats.flatMap((f) => ['--format', `${f}=${path(f)}`]), ...(options.args ?? [])];
  const result = await runCli(args);
  if (result.code !== 0) throw new Error(`aws-posture ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return { dir, path, read: (format) => readFileSync(path(format), 'utf8') };
}
