// Progress on stderr while a scan runs: a line as each region and service completes.

import type { AnyCheck } from '../checks/define.js';
import { DATASETS } from '../data/datasets/index.js';
import { unitsOf, type ProgressEvent } from '../engine/runner.js';

export interface ProgressSink {
  write(text: string): void;
}

/** `plan` counts the evaluations expected per region and service; a line is printed when one is done. */
export function progressPrinter(plan: ReadonlyMap<string, number>, sink: ProgressSink): (event: ProgressEvent) => void {
  const remaining = new Map(plan);
  return (event) => {
    const key = `${event.region}\t${event.service}`;
    const left = (remaining.get(key) ?? 1) - 1;
    remaining.set(key, left);
    if (left === 0) {
      const width = String(event.total).length;
      sink.write(`  [${String(event.done).padStart(width)}/${event.total}] ${event.region.padEnd(14)} ${event.service} done\n`);
    }
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
