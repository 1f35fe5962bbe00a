// Colour in the terminal reports: who decides (flags, FORCE_COLOR, NO_COLOR, TERM, the terminal) and
// which escape codes are written.
import { describe, expect, it } from 'vitest';
import { terminalWidth, useColor } from '../../src/cli/terminal.js';
import { palette } from '../../src/report/paint.js';
import { DEMO, isolatedEnv, runCli } from '../helpers/cli.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('whether to colour', () => {
  it.each([
    ['a terminal', undefined, tty, {}, true],
    ['a pipe', undefined, pipe, {}, false],
    ['--color on a pipe', true, pipe, {}, true],
    ['--color over NO_COLOR', true, pipe, { NO_COLOR: '1' }, true],
    ['--no-color on a terminal', false, tty, {}, false],
    ['--no-color over FORCE_COLOR', false, tty, { FORCE_COLOR: '1' }, false],
    ['FORCE_COLOR=1 on a pipe', undefined, pipe, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR empty on a pipe', undefined, pipe, { FORCE_COLOR: '' }, true],
    ['FORCE_COLOR=3 over NO_COLOR', undefined, pipe, { FORCE_COLOR: '3', NO_COLOR: '1' }, true],
    ['FORCE_COLOR=0 on a terminal', undefined, tty, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=false on a terminal', undefined, tty, { FORCE_COLOR: 'false' }, false],
    ['NO_COLOR on a terminal', undefined, tty, { NO_COLOR: '1' }, false],
    ['NO_COLOR empty on a terminal (unset, says no-color.org)', undefined, tty, { NO_COLOR: '' }, true],
    ['TERM=dumb on a terminal', undefined, tty, { TERM: 'dumb' }, false],
  ] as const)('%s', (_, flag, stream, env, expected) => {
    expect(useColor(flag, stream, env)).toBe(expected);
  });
});

describe('the width of a text report', () => {
  it('is COLUMNS when set, else the terminal width, else 80', () => {
    expect(terminalWidth({ isTTY: true, columns: 132 }, {})).toBe(132);
    expect(terminalWidth({ isTTY: true, columns: 132 }, { COLUMNS: '100' })).toBe(100);
    expect(terminalWidth({ isTTY: false, columns: 132 }, {})).toBe(80);
    expect(terminalWidth({ isTTY: false }, { COLUMNS: '120' })).toBe(120);
    expect(terminalWidth({ isTTY: true }, {})).toBe(80);
    for (const bad of ['', 'wide', '0', '-5', '80.5']) expect(terminalWidth({ isTTY: true, columns: 90 }, { COLUMNS: bad }), bad).toBe(90);
  });

  it('reaches the table, the check list and the diff through COLUMNS', async () => {
    const [wide, list] = await Promise.all([
      runCli(['scan', '--inventory', DEMO, '--fail-on', 'none', '--quiet'], { env: isolatedEnv({ COLUMNS: '132' }) }),
      runCli(['checks'], { env: isolatedEnv({ COLUMNS: '150' }) }),
    ]);
    const widest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));
    expect(widest(wide.stdout)).toBeGreaterThan(80);
    expect(widest(wide.stdout)).toBeLessThanOrEqual(132);
    expect(widest(list.stdout)).toBeGreaterThan(80);
    expect(widest(list.stdout)).toBeLessThanOrEqual(150);
  });
});

describe('the escape codes', () => {
  it('are the 16-colour SGR codes, nested with the first style outermost, and nothing without colour', () => {
    const paint = palette(true);
    expect(paint('red', 'bold')('x')).toBe('\u001b[31m\u001b[1mx\u001b[22m\u001b[39m');
    expect(paint('magenta', 'bold')('x')).toBe('\u001b[35m\u001b[1mx\u001b[22m\u001b[39m');
    expect(paint('gray')('x')).toBe('\u001b[90mx\u001b[39m');
    expect(paint('dim')('x')).toBe('\u001b[2mx\u001b[22m');
    expect(paint('green')('')).toBe('');
    expect(palette(false)('red', 'bold')('x')).toBe('x');
  });

  it('reach a pipe with --color or FORCE_COLOR, and never with --no-color or NO_COLOR', async () => {
    const scan = ['scan', '--inventory', DEMO, '--check', 'ec2-ami-not-public', '--fail-on', 'none', '--quiet'];
    const [flag, forced, refused, plain] = await Promise.all([
      runCli([...scan, '--color']),
      runCli(scan, { env: isolatedEnv({ FORCE_COLOR: '1' }) }),
      runCli([...scan, '--no-color'], { env: isolatedEnv({ FORCE_COLOR: '1' }) }),
      runCli(scan, { env: isolatedEnv({ NO_COLOR: '1' }) }),
    ]);
    expect(flag.stdout).toContain('\u001b[31m\u001b[1mFAIL\u001b[22m\u001b[39m');
    // The same table but for the scan's own times.
    const timeless = (text: string) => text.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T').replace(/\(\d+s\)/g, '');
    expect(timeless(forced.stdout)).toBe(timeless(flag.stdout));
    expect(refused.stdout).not.toContain('\u001b[');
    expect(timeless(plain.stdout)).toBe(timeless(refused.stdout));
  });
});
