import { setFlagsFromString } from 'node:v8';

/** How far past what its last full collection kept V8 may let the heap grow, in percent. */
export const SCAN_HEAP_GROWTH_PERCENT = 50;

/**
 * Keeps a scan's memory close to what it holds. A scan allocates fast (each AWS answer is parsed
 * into objects that live for a request or two) while what it keeps grows slowly; with memory to
 * spare V8 lets the old generation grow to about four times what its last full collection kept
 * before it collects again: over 400 MB of heap at 20,000 resources for 140 MB in use
 * (docs/performance.md). Capping the growth costs a few more collections, mostly on V8's
 * background threads. A value given on node's command line is left alone (node refuses this flag
 * in NODE_OPTIONS).
 */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => /^--heap[-_]growing[-_]percent\b/.test(arg))) return false;
  setFlagsFromString(`--heap-growing-percent=${SCAN_HEAP_GROWTH_PERCENT}`);
  return true;
}
