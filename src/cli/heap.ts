// The V8 settings a scan runs with. A scan allocates fast (each AWS answer is parsed into objects that
// live for a request or two) while what it keeps grows slowly; with memory to spare V8 lets the old
// generation grow to about four times what its last full collection kept before it collects again:
// over 400 MB of heap at 20,000 resources for 140 MB in use (docs/performance.md). Capping the growth
// costs a few more collections, mostly on V8's background threads: at 30 % a scan of 20,000 resources
// and every check peaks under 400 MB of RSS, where 50 % left it at 440 MB.
//
// The cap is set from inside, when a scan starts and before it allocates much (a single-account scan
// sets it once its first request is on its way, with the checks still to load): V8 reads
// --heap-growing-percent each time it sets the next heap limit (after every full collection), so a
// value set then governs the whole scan. Node.js warns that flags set after start-up may behave
// unpredictably; this one is only read, never cached, and starting node again with it instead cost
// a second start of node (about 70 ms) before every scan (docs/performance.md, "CLI start-up").

import { setFlagsFromString } from 'node:v8';

/** How far past what its last full collection kept V8 may let the heap grow, in percent. */
export const SCAN_HEAP_GROWTH_PERCENT = 30;
export const SCAN_NODE_FLAGS: readonly string[] = [`--heap-growing-percent=${SCAN_HEAP_GROWTH_PERCENT}`];

const GROWTH_FLAG = /^--heap[-_]growing[-_]percent\b/;

/** The flags a scan sets, unless node was started with a growth of its own. */
export function missingNodeFlags(execArgv: readonly string[]): string[] {
  return execArgv.some((arg) => GROWTH_FLAG.test(arg)) ? [] : [...SCAN_NODE_FLAGS];
}

/**
 * Caps the heap's growth for the scan that follows, unless node was given a growth of its own;
 * true when it set the cap. The CLI's scan command and the benchmark call it before they scan.
 */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv, setFlags: (flags: string) => void = setFlagsFromString): boolean {
  const missing = missingNodeFlags(execArgv);
  for (const flag of missing) setFlags(flag);
  return missing.length > 0;
}
