// Progress while a scan runs: one line rewritten in place on a terminal, erased at the end; nothing off
// a terminal, with --quiet, or in CI.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { planKey, progressLine, showsProgress } from '../../src/cli/progress.js';

const ERASE = '\r\u001b[2K';

describe('the progress line', () => {
  it('rewrites one line with evaluations, complete regions and time, and erases it at the end', () => {
    const written: string[] = [];
    let clock = 0;
    const plan = new Map([
      [planKey('eu-west-1', 'ec2'), 2],
      [planKey('us-east-1', 'ec2'), 1],
      [planKey('global', 'iam'), 1],
    ]);
    const progress = progressLine(plan, { write: (t: string) => written.push(t), columns: 80 }, () => clock);
    progress.onProgress({ checkId: 'a', service: 'ec2', region: 'eu-west-1', done: 1, total: 4 });
    clock = 50;
    // Within 100 ms of the last line and completing nothing: not shown.
    progress.onProgress({ checkId: 'b', service: 'iam', region: 'global', done: 2, total: 4 });
    clock = 61_000;
    progress.onProgress({ checkId: 'c', service: 'ec2', region: 'eu-west-1', done: 3, total: 4 });
    progress.onProgress({ checkId: 'd', service: 'ec2', region: 'us-east-1', done: 4, total: 4 });
    progress.done();
    expect(written).toEqual([
      `${ERASE}Scanning: 1/4 evaluations, 0/2 regions complete, 0:00`,
      `${ERASE}Scanning: 3/4 evaluations, 1/2 regions complete, 1:01`,
      `${ERASE}Scanning: 4/4 evaluations, 2/2 regions complete, 1:01`,
      ERASE,
    ]);
  });

  it('never fills the terminal, which would wrap the line', () => {
    const written: string[] = [];
    const progress = progressLine(new Map([[planKey('eu-west-1', 'ec2'), 1]]), { write: (t: string) => written.push(t), columns: 30 }, () => 0);
    progress.onProgress({ checkId: 'a', service: 'ec2', region: 'eu-west-1', done: 1, total: 1 });
    expect(written[0]!.slice(ERASE.length).length).toBe(29);
  });

  it('shows only on a terminal, without --quiet, and not in CI', () => {
    expect(showsProgress({ write: () => true, isTTY: true }, {}, false)).toBe(true);
    expect(showsProgress({ write: () => true, isTTY: false }, {}, false)).toBe(false);
    expect(showsProgress({ write: () => true, isTTY: true }, {}, true)).toBe(false);
    for (const ci of ['true', '1', 'yes']) expect(showsProgress({ write: () => true, isTTY: true }, { CI: ci }, false)).toBe(false);
    for (const ci of ['', 'false', '0']) expect(showsProgress({ write: () => true, isTTY: true }, { CI: ci }, false)).toBe(true);
  });
});

describe('a scan on a terminal', () => {
  const demo = join(import.meta.dirname, '../../examples/demo-inventory.json');
  async function scanOnTerminal(env: NodeJS.ProcessEnv, args: string[] = []) {
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t), isTTY: true, columns: 100 }, env };
    const code = await run(['scan', '--inventory', demo, '--fail-on', 'none', ...args], io);
    return { code, stderr };
  }

  it('keeps the progress on one line, ends it erased, and logs as before around it', async () => {
    const { code, stderr } = await scanOnTerminal({});
    expect(code).toBe(0);
    const [before, progress] = [stderr.slice(0, stderr.indexOf(ERASE)), stderr.slice(stderr.indexOf(ERASE))];
    expect(before).toMatch(/^Scanning account 123456789012 as .*\n\d+ checks in 2 regions: eu-west-1, us-east-1\n$/);
    expect(progress).not.toContain('\n');
    expect(progress.endsWith(ERASE)).toBe(true);
    expect(progress.split(ERASE).filter(Boolean).at(-1)).toMatch(/^Scanning: (\d+)\/\1 evaluations, 2\/2 regions complete, \d+:\d\d$/);
  });

  it('is silent in CI and with --quiet', async () => {
    expect((await scanOnTerminal({ CI: 'true' })).stderr).not.toContain(ERASE);
    expect((await scanOnTerminal({}, ['--quiet'])).stderr).toBe('');
  });
});
