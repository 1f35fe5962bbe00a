// Where the module compile cache goes: only into a directory of the user's own that nobody else may
// enter, and nowhere when node's own variables or the opt-out say so.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_CACHE_OPT_OUT, compileCacheDirectory, type CacheHost } from '../../src/cli/compile-cache.js';
import { isolatedEnv, runCli } from '../helpers/cli.js';

const uid = process.getuid?.();
const posix = uid !== undefined;
const scratch = () => mkdtempSync(join(tmpdir(), 'aws-posture-cache-'));
const host = (env: NodeJS.ProcessEnv, home: string | undefined, as = uid): CacheHost => ({ env, uid: as, home });
const mode = (path: string) => lstatSync(path).mode & 0o777;

describe.runIf(posix)('the compile cache directory', () => {
  it('is ~/.cache/aws-posture, created 0700 with ~/.cache when missing', () => {
    const home = scratch();
    expect(compileCacheDirectory(host({}, home))).toEqual({ directory: join(home, '.cache', 'aws-posture') });
    expect(mode(join(home, '.cache'))).toBe(0o700);
    expect(mode(join(home, '.cache', 'aws-posture'))).toBe(0o700);
  });

  it('is under $XDG_CACHE_HOME when it is an absolute path, and under ~/.cache when it is relative', () => {
    const home = scratch();
    const xdg = join(scratch(), 'cache');
    expect(compileCacheDirectory(host({ XDG_CACHE_HOME: xdg }, home))).toEqual({ directory: join(xdg, 'aws-posture') });
    expect(compileCacheDirectory(host({ XDG_CACHE_HOME: 'relative/cache' }, home))).toEqual({ directory: join(home, '.cache', 'aws-posture') });
  });

  it('reuses a directory of the user with mode 0700', () => {
    const home = scratch();
    mkdirSync(join(home, '.cache', 'aws-posture'), { recursive: true, mode: 0o700 });
    expect(compileCacheDirectory(host({}, home))).toEqual({ directory: join(home, '.cache', 'aws-posture') });
  });

  it('is off when the directory is open to others, belongs to another user or is a link', () => {
    const open = scratch();
    mkdirSync(join(open, '.cache', 'aws-posture'), { recursive: true });
    chmodSync(join(open, '.cache', 'aws-posture'), 0o755);
    expect(compileCacheDirectory(host({}, open))).toEqual({ skipped: expect.stringMatching(/open to other users \(mode 755\)/) });

    const theirs = scratch();
    expect(compileCacheDirectory(host({}, theirs, uid! + 1))).toEqual({ skipped: expect.stringMatching(/belongs to another user/) });

    const linked = scratch();
    const target = join(scratch(), 'elsewhere');
    mkdirSync(target, { mode: 0o700 });
    mkdirSync(join(linked, '.cache'), { mode: 0o700 });
    symlinkSync(target, join(linked, '.cache', 'aws-posture'));
    expect(compileCacheDirectory(host({}, linked))).toEqual({ skipped: expect.stringMatching(/is not a directory/) });
  });

  it('never creates a missing home', () => {
    const home = join(scratch(), 'no-such-home');
    expect(compileCacheDirectory(host({}, home))).toEqual({ skipped: expect.stringMatching(/cannot create .*ENOENT/) });
    expect(lstatSync(home, { throwIfNoEntry: false })).toBeUndefined();
    expect(compileCacheDirectory(host({}, undefined))).toEqual({ skipped: 'no home directory' });
  });

  it.each([
    ['NODE_COMPILE_CACHE', '/somewhere'],
    ['NODE_DISABLE_COMPILE_CACHE', '1'],
    [COMPILE_CACHE_OPT_OUT, '1'],
  ])('is off when %s is set, and creates nothing', (name, value) => {
    const home = scratch();
    expect(compileCacheDirectory(host({ [name]: value }, home))).toEqual({ skipped: expect.stringContaining(name) });
    expect(lstatSync(join(home, '.cache'), { throwIfNoEntry: false })).toBeUndefined();
  });
});

describe('the compile cache without POSIX owners', () => {
  it('is off', () => {
    expect(compileCacheDirectory({ env: {}, uid: undefined, home: scratch() })).toEqual({ skipped: expect.stringMatching(/no owner/) });
  });
});

describe('the binary', () => {
  it('refuses a Node.js older than 20 with one line and exit code 2, warns on 20 in one line and runs, and keeps its compile cache in the user’s directory', async () => {
    const nodeOf = (version: string) => `data:text/javascript,${encodeURIComponent(`Object.defineProperty(process, 'version', { value: 'v${version}' }); Object.defineProperty(process.versions, 'node', { value: '${version}' });`)}`;
    const home = scratch();
    // --version is answered without loading the command line, so --help is what fills the cache.
    const [ancient, endOfLife, current, help] = await Promise.all([
      runCli(['--version'], { nodeFlags: ['--import', nodeOf('18.20.4')] }),
      runCli(['--version'], { nodeFlags: ['--import', nodeOf('20.19.0')] }),
      runCli(['--version'], { nodeFlags: [] }),
      runCli(['--help'], { nodeFlags: [], env: isolatedEnv({ HOME: home }) }),
    ]);
    expect(ancient).toMatchObject({ code: 2, stdout: '', stderr: 'aws-posture: Node.js 22 or later is required (this is v18.20.4)\n' });
    expect(endOfLife).toMatchObject({ code: 0, stderr: 'aws-posture: warning: Node.js v20.19.0 is past its end of life and not supported; use Node.js 22 or later\n' });
    expect(endOfLife.stdout).toBe(current.stdout);
    expect(current.code).toBe(0);
    expect(help.code).toBe(0);
    if (posix) {
      expect(mode(join(home, '.cache', 'aws-posture'))).toBe(0o700);
      expect(readdirSync(join(home, '.cache', 'aws-posture')).length).toBeGreaterThan(0);
    }
  });
});
