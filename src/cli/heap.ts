// The V8 settings a scan runs with. A scan allocates fast (each AWS answer is parsed into objects that
// live for a request or two) while what it keeps grows slowly; with memory to spare V8 lets the old
// generation grow to about four times what its last full collection kept before it collects again:
// over 400 MB of heap at 20,000 resources for 140 MB in use (docs/performance.md). Capping the growth
// costs a few more collections, mostly on V8's background threads.
//
// V8 reads its flags when the process starts (node documents v8.setFlagsFromString after start-up as
// unsafe) and node refuses this one in NODE_OPTIONS, so a scan started without it starts again with
// it: in place where Node.js can (process.execve, Node.js 22.15 and later, not on Windows), else as a
// child process that the first one waits for.

import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** How far past what its last full collection kept V8 may let the heap grow, in percent. */
export const SCAN_HEAP_GROWTH_PERCENT = 50;
export const SCAN_NODE_FLAGS: readonly string[] = [`--heap-growing-percent=${SCAN_HEAP_GROWTH_PERCENT}`];

const GROWTH_FLAG = /^--heap[-_]growing[-_]percent\b/;

/**
 * The node flags a command needs and the process was not started with: the scan's, unless node was
 * given a growth of its own; none for any other command.
 */
export function missingNodeFlags(argv: readonly string[], execArgv: readonly string[]): string[] {
  if (argv[0] !== 'scan') return [];
  return execArgv.some((arg) => GROWTH_FLAG.test(arg)) ? [] : [...SCAN_NODE_FLAGS];
}

export interface Restart {
  execPath: string;
  execArgv: readonly string[];
  /** The script node runs (bin/aws-posture.js). */
  script: string;
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
}

/** node's own argument list for the restarted process: the new flags first, then what it was given. */
export function restartArgs(flags: readonly string[], restart: Restart): string[] {
  return [...flags, ...restart.execArgv, restart.script, ...restart.argv];
}

type Execve = (file: string, args: string[], env: NodeJS.ProcessEnv) => never;

/**
 * Replaces the process with node started with `flags` (the same process id, standard streams and
 * environment); returns false, having done nothing, where Node.js cannot.
 */
export function restartInPlace(flags: readonly string[], restart: Restart, execve = (process as { execve?: Execve }).execve): boolean {
  if (typeof execve !== 'function') return false;
  try {
    execve.call(process, restart.execPath, [restart.execPath, ...restartArgs(flags, restart)], restart.env);
  } catch {
    // ERR_FEATURE_UNAVAILABLE_ON_PLATFORM (Windows), or the system refused: run as a child instead.
    return false;
  }
  return true;
}

const FORWARDED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs node with `flags` as a child on the same standard streams and resolves with its exit code. A
 * signal sent to this process is passed on, so that the child ends as it would have (exit 130 for an
 * interrupted scan, report files removed).
 */
export function runAsChild(flags: readonly string[], restart: Restart): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(restart.execPath, restartArgs(flags, restart), { stdio: 'inherit', env: restart.env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of FORWARDED) process.on(signal, forward);
    const done = () => {
      for (const signal of FORWARDED) process.off(signal, forward);
    };
    child.on('error', (err) => {
      done();
      reject(err);
    });
    child.on('exit', (code, signal) => {
      done();
      // Killed by a signal it did not handle: the shell's convention, 128 + the signal's number.
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

/**
 * For a program that scans in its own process (the benchmark): restarts it in place with the scan's
 * flags when it lacks them and Node.js can; false when it did not restart (the flags are there, or the
 * scan runs with V8's default growth).
 */
export function limitHeapGrowth(): boolean {
  const missing = missingNodeFlags(['scan'], process.execArgv);
  if (missing.length === 0) return false;
  return restartInPlace(missing, { execPath: process.execPath, execArgv: process.execArgv, script: process.argv[1] ?? '', argv: process.argv.slice(2), env: process.env });
}
