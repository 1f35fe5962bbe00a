// Progress on a terminal while a scan runs: one line on stderr, rewritten in place (evaluations done,
// regions complete, time elapsed), and erased when the scan ends. Nothing at all when stderr is not a
// terminal, with --quiet, or in CI (where a rewritten line is only noise in the log).

import type { AnyCheck } from '../checks/define.js';
import { DATASETS } from '../data/datasets/index.js';
import { GLOBAL_REGION } from '../model.js';
import { unitsOf, type ProgressEvent } from '../engine/runner.js';

export interface StatusStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Moves to the start of the line and erases it. */
const ERASE = '\r\u001b[2K';
/** The line is rewritten at most this often; a region completing or the last evaluation always shows. */
const INTERVAL_MS = 100;

export interface Progress {
  onProgress(event: ProgressEvent): void;
  /** Erases the line, so that what follows starts on a clean one. */
  done(): void;
}

/** Whether to show progress: on a terminal, not --quiet, not in CI. */
export function showsProgress(stream: StatusStream, env: NodeJS.ProcessEnv, quiet: boolean | undefined): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI.toLowerCase() !== 'false' && env.CI !== '0';
  return stream.isTTY === true && !quiet && !ci;
}

/** `plan` counts the evaluations expected per region and service (planOf). */
export function progressLine(plan: ReadonlyMap<string, number>, stream: StatusStream, now: () => number = Date.now): Progress {
  const started = now();
  const left = new Map<string, number>();
  for (const [key, n] of plan) {
    const region = key.slice(0, key.indexOf('\t'));
    left.set(region, (left.get(region) ?? 0) + n);
  }
  const regions = [...left.keys()].filter((r) => r !== GLOBAL_REGION).length;
  let complete = 0;
  let shownAt = -Infinity;
  let visible = false;
  const render = (done: number, total: number) => {
    const seconds = Math.floor((now() - started) / 1000);
    const elapsed = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    const text = `Scanning: ${done}/${total} evaluations, ${complete}/${regions} region${regions === 1 ? '' : 's'} complete, ${elapsed}`;
    // Never as wide as the terminal: a line that wraps could not be rewritten in place.
    const room = Math.max(20, (stream.columns ?? 80) - 1);
    stream.write(ERASE + (text.length > room ? text.slice(0, room) : text));
    visible = true;
    shownAt = now();
  };
  return {
    onProgress(event) {
      const remaining = (left.get(event.region) ?? 1) - 1;
      left.set(event.region, remaining);
      const regionDone = remaining === 0 && event.region !== GLOBAL_REGION;
      if (regionDone) complete++;
      if (regionDone || event.done === event.total || now() - shownAt >= INTERVAL_MS) render(event.done, event.total);
    },
    done() {
      if (visible) stream.write(ERASE);
      visible = false;
    },
  };
}

export function planKey(region: string, service: string): string {
  return `${region}\t${service}`;
}

/** The evaluations a scan of these checks in these regions will make, per region and service. */
export function planOf(checks: readonly AnyCheck[], regions: readonly string[]): Map<string, number> {
  const plan = new Map<string, number>();
  for (const check of checks) {
    for (const unit of unitsOf(check, DATASETS, regions)) {
      const key = planKey(unit, check.service);
      plan.set(key, (plan.get(key) ?? 0) + 1);
    }
  }
  return plan;
}
