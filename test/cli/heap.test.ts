// The scan's V8 flags: which are set, when node was not given its own, and, through the built binary,
// that a scan runs in one process with the cap in force.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { limitHeapGrowth, missingNodeFlags, SCAN_NODE_FLAGS } from '../../src/cli/heap.js';
import { DEMO, isolatedEnv, runCli } from '../helpers/cli.js';

const FLAG = '--heap-growing-percent=30';

describe('the node flags of a scan', () => {
  it('caps the heap growth at 50 %, unless node was given a growth of its own', () => {
    expect(SCAN_NODE_FLAGS).toEqual([FLAG]);
    expect(missingNodeFlags([])).toEqual([FLAG]);
    expect(missingNodeFlags(['--max-old-space-size=2048'])).toEqual([FLAG]);
    expect(missingNodeFlags(['--heap-growing-percent=80'])).toEqual([]);
    expect(missingNodeFlags(['--heap_growing_percent=30'])).toEqual([]);
  });

  it('sets the missing flags from inside the process', () => {
    const set: string[] = [];
    expect(limitHeapGrowth([], (f) => set.push(f))).toBe(true);
    expect(limitHeapGrowth(['--heap-growing-percent=80'], (f) => set.push(f))).toBe(false);
    expect(set).toEqual([FLAG]);
  });

  it('names a flag this V8 has (a misspelt one would be ignored without a word)', () => {
    expect(execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' })).toMatch(/^\s*--heap-growing-percent\b/m);
  });
});

describe('the binary', () => {
  /** Records, at the exit of every node process of the run, its id and its node flags. */
  function recorder() {
    const dir = mkdtempSync(join(tmpdir(), 'aws-posture-heap-'));
    const log = join(dir, 'processes.jsonl');
    const hook = join(dir, 'hook.cjs');
    writeFileSync(log, '');
    writeFileSync(hook, `process.on('exit', () => require('fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify({ pid: process.pid, execArgv: process.execArgv }) + '\\n'));`);
    const env = isolatedEnv({ NODE_OPTIONS: `--require ${hook}` });
    const processes = () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { pid: number; execArgv: string[] });
    return { env, processes };
  }

  it('scans in the one process it was started as, and passes its output and exit code through', async () => {
    const r = recorder();
    const result = await runCli(['scan', '--inventory', DEMO, '--format', 'json', '--fail-on', 'critical', '--quiet'], { env: r.env });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ schema: 'aws-posture/report', account: { id: '123456789012' } });
    expect(r.processes()).toHaveLength(1);
  });
});
