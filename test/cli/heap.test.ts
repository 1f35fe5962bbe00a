// The scan's V8 flags: which command needs them, how the process starts again with them, and, through
// the built binary, that the process which scans really runs with them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingNodeFlags, restartArgs, restartInPlace, runAsChild, SCAN_NODE_FLAGS } from '../../src/cli/heap.js';
import { DEMO, isolatedEnv, runCli } from '../helpers/cli.js';

const FLAG = '--heap-growing-percent=50';

describe('the node flags of a scan', () => {
  it('caps the heap growth at 50 %, for the scan command only, unless node was given a growth of its own', () => {
    expect(SCAN_NODE_FLAGS).toEqual([FLAG]);
    expect(missingNodeFlags(['scan', '--inventory', 'x.json'], [])).toEqual([FLAG]);
    expect(missingNodeFlags(['scan'], ['--max-old-space-size=2048'])).toEqual([FLAG]);
    expect(missingNodeFlags(['scan'], ['--heap-growing-percent=80'])).toEqual([]);
    expect(missingNodeFlags(['scan'], ['--heap_growing_percent=30'])).toEqual([]);
    for (const argv of [['checks'], ['merge', 'scan'], ['--version'], []]) expect(missingNodeFlags(argv, [])).toEqual([]);
  });

  const restart = { execPath: '/usr/bin/node', execArgv: ['--enable-source-maps'], script: '/opt/aws-posture/bin/aws-posture.js', argv: ['scan', '--quiet'], env: { HOME: '/home/u' } };

  it('starts node again with the new flags first, then its own, the script and the arguments', () => {
    expect(restartArgs([FLAG], restart)).toEqual([FLAG, '--enable-source-maps', '/opt/aws-posture/bin/aws-posture.js', 'scan', '--quiet']);
    const calls: unknown[][] = [];
    expect(restartInPlace([FLAG], restart, ((...args: unknown[]) => calls.push(args)) as never)).toBe(true);
    expect(calls).toEqual([['/usr/bin/node', ['/usr/bin/node', FLAG, '--enable-source-maps', '/opt/aws-posture/bin/aws-posture.js', 'scan', '--quiet'], { HOME: '/home/u' }]]);
  });

  it('falls back to a child process where the process cannot be replaced', async () => {
    expect(restartInPlace([FLAG], restart, undefined)).toBe(false);
    const unavailable = () => {
      throw Object.assign(new Error('not on this platform'), { code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM' });
    };
    expect(restartInPlace([FLAG], restart, unavailable as never)).toBe(false);
    const child = { execPath: process.execPath, execArgv: [], script: '-e', argv: ['process.exit(process.execArgv.includes("--heap-growing-percent=50") ? 7 : 3)'], env: process.env };
    expect(await runAsChild([FLAG], child)).toBe(7);
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

  it('scans in a process started with the flags, and passes its output and exit code through', async () => {
    const r = recorder();
    const result = await runCli(['scan', '--inventory', DEMO, '--format', 'json', '--fail-on', 'critical', '--quiet'], { env: r.env, nodeFlags: [] });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ schema: 'aws-posture/report', account: { id: '123456789012' } });
    // Restarted in place (process.execve), the one process exits with the flags; as a child, the child
    // has them and its parent, which only waited for it, does not.
    const processes = r.processes();
    expect(processes.filter((p) => p.execArgv.includes(FLAG))).toHaveLength(1);
    expect(processes.length).toBeLessThanOrEqual(2);
  });

  it('runs any other command as it was started', async () => {
    const r = recorder();
    expect((await runCli(['checks', '--format', 'json'], { env: r.env, nodeFlags: [] })).code).toBe(0);
    expect(r.processes().map((p) => p.execArgv)).toEqual([[]]);
  });
});
