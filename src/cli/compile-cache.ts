// Node's module compile cache (Node.js 22.1 and later) keeps V8's compiled code of the command line's
// modules between runs, so that a start compiles little (docs/performance.md has the figures). What is
// cached is code that node runs on the next start: it is kept only in a directory that the user owns
// and nobody else may enter, `aws-posture` under $XDG_CACHE_HOME or ~/.cache, created with mode 0700.
// A directory that exists with another owner, as a link, or open to others is left alone, and the
// cache stays off. NODE_COMPILE_CACHE (node's own cache, already on), NODE_DISABLE_COMPILE_CACHE and
// AWS_POSTURE_NO_COMPILE_CACHE turn it off.

import { lstatSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export const COMPILE_CACHE_OPT_OUT = 'AWS_POSTURE_NO_COMPILE_CACHE';

export interface CacheHost {
  env: NodeJS.ProcessEnv;
  /** The user's id; undefined where the platform has none to compare owners with (Windows). */
  uid: number | undefined;
  home: string | undefined;
}

export type CacheDecision = { directory: string } | { skipped: string };

const isSet = (value: string | undefined) => value !== undefined && value !== '';

/** Where the compile cache may go, or why it stays off. Creates the directory (and ~/.cache) if missing. */
export function compileCacheDirectory(host: CacheHost): CacheDecision {
  const { env, uid, home } = host;
  if (isSet(env.NODE_COMPILE_CACHE)) return { skipped: 'NODE_COMPILE_CACHE is set: node keeps its own cache' };
  if (isSet(env.NODE_DISABLE_COMPILE_CACHE)) return { skipped: 'NODE_DISABLE_COMPILE_CACHE is set' };
  if (isSet(env[COMPILE_CACHE_OPT_OUT])) return { skipped: `${COMPILE_CACHE_OPT_OUT} is set` };
  if (uid === undefined) return { skipped: 'no owner to check the directory against on this platform' };
  // The XDG base directory specification: a relative $XDG_CACHE_HOME is invalid and is ignored.
  const xdg = env.XDG_CACHE_HOME;
  const base = isSet(xdg) && isAbsolute(xdg!) ? xdg! : home && isAbsolute(home) ? join(home, '.cache') : undefined;
  if (base === undefined) return { skipped: 'no home directory' };
  const directory = join(base, 'aws-posture');
  // One level at a time: a missing home (or $XDG_CACHE_HOME's parent) is not created.
  for (const dir of [base, directory]) {
    const made = makeDirectory(dir);
    if (made !== undefined) return { skipped: made };
  }
  const stat = lstatSync(directory, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return { skipped: `${directory} is not a directory` };
  if (stat.uid !== uid) return { skipped: `${directory} belongs to another user` };
  if ((stat.mode & 0o077) !== 0) return { skipped: `${directory} is open to other users (mode ${(stat.mode & 0o777).toString(8)})` };
  return { directory };
}

/** Undefined once `dir` exists; else why it could not be made. */
function makeDirectory(dir: string): string | undefined {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') return `cannot create ${dir} (${code ?? String(err)})`;
  }
  return undefined;
}

/** Turns the compile cache on where compileCacheDirectory allows it; never fails the run. */
export function enableCompileCache(host: CacheHost = { env: process.env, uid: process.getuid?.(), home: safeHome() }): CacheDecision {
  let decision: CacheDecision;
  try {
    decision = compileCacheDirectory(host);
  } catch (err) {
    return { skipped: String(err) };
  }
  if ('directory' in decision) {
    if (typeof module.enableCompileCache !== 'function') return { skipped: 'this Node.js has no module compile cache' };
    const result = module.enableCompileCache(decision.directory);
    if (result.status === module.constants.compileCacheStatus.FAILED) return { skipped: result.message ?? 'node could not enable the cache' };
  }
  return decision;
}

function safeHome(): string | undefined {
  try {
    return homedir();
  } catch {
    return undefined;
  }
}
