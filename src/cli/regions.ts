// Region names checked against what the AWS SDK knows of AWS's partitions (aws, aws-cn, aws-us-gov,
// the isolated ones), so that a typo is called an unknown region, not a region the account has not
// enabled.

import { UsageError } from './errors.js';
import { closest } from './suggest.js';

type PartitionOf = (region: string) => { description?: string };

async function partitionOf(): Promise<PartitionOf> {
  const { partition } = await import('@aws-sdk/core/client');
  return partition as PartitionOf;
}

/** A region of a partition's list; `aws-global` and the like name endpoints, not regions. */
function isKnown(region: string, partition: PartitionOf): boolean {
  return !region.startsWith('aws-') && partition(region).description !== undefined;
}

/** The known regions of the same name but another number (us-east-9: us-east-1, us-east-2). */
function sameStem(region: string, partition: PartitionOf): string[] {
  const stem = region.replace(/-\d+$/, '');
  return Array.from({ length: 20 }, (_, i) => `${stem}-${i + 1}`).filter((r) => isKnown(r, partition));
}

/** Throws when a region is in no partition's list, naming the closest one there is. */
export async function assertKnownRegions(regions: readonly string[], partition?: PartitionOf): Promise<void> {
  const of = partition ?? (await partitionOf());
  const unknown = regions.find((r) => !isKnown(r, of));
  if (unknown === undefined) return;
  const suggestion = closest(unknown, sameStem(unknown, of));
  throw new UsageError(`Unknown region '${unknown}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}: no AWS partition has it`);
}
