// Splitting the selected accounts between independent runs (a CI matrix, an AWS Batch array job, a
// Kubernetes indexed Job). Every shard lists the accounts itself, so the split depends on nothing but
// the list: sorted by id and dealt round-robin, shard sizes differ by at most one.

import { createHash } from 'node:crypto';
import { compareIds } from './accounts.js';
import type { OrgAccount, ShardInfo } from './model.js';

export interface ShardSpec {
  index: number;
  count: number;
}

export const MAX_SHARDS = 10_000;

/**
 * `i/n` with 1 <= i <= n, counted from 1 as vitest, jest and playwright count their shards (a
 * Kubernetes completion index, from 0, is `$((JOB_COMPLETION_INDEX + 1))`); undefined when the text is
 * not of that form (the caller words the error).
 */
export function parseShardSpec(text: string): ShardSpec | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || count > MAX_SHARDS || index < 1 || index > count) return undefined;
  return { index, count };
}

/**
 * Digest of the account ids a run selected before sharding. Two shards with the same digest split
 * the same list; a different digest means the organization (or the options) changed between them.
 */
export function selectionDigest(accounts: readonly OrgAccount[]): string {
  const ids = accounts.map((a) => a.id).sort(compareIds);
  return `sha256:${createHash('sha256').update(ids.join('\n')).digest('hex')}`;
}

export function shardAccounts(accounts: readonly OrgAccount[], spec: ShardSpec): { accounts: OrgAccount[]; info: ShardInfo } {
  const sorted = [...accounts].sort((a, b) => compareIds(a.id, b.id));
  return {
    accounts: sorted.filter((_, position) => position % spec.count === spec.index - 1),
    info: { index: spec.index, count: spec.count, total: sorted.length, selection: selectionDigest(sorted) },
  };
}
