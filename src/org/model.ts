// The multi-account vocabulary: which accounts were chosen, and what became of each.

import type { ScanReport } from '../model.js';

/** An account to scan: its id and, when AWS Organizations told us, its name. */
export interface OrgAccount {
  id: string;
  name?: string;
}

export type AccountStatus = 'scanned' | 'error';

export interface OrgAccountResult extends OrgAccount {
  status: AccountStatus;
  /** Why the account could not be scanned (role missing, access denied, timeout), one line. */
  error?: string;
  /** Present when status is 'scanned'. */
  report?: ScanReport;
}

export interface OrganizationInfo {
  id: string;
  managementAccountId?: string;
}

/**
 * Which part of the selection a sharded run scanned. `selection` is a digest of every selected account
 * id before sharding: shards that agree on it split the same list, so together they cover it exactly once.
 */
export interface ShardInfo {
  /** Counts from 1 to `count`, as vitest, jest and playwright number their shards. */
  index: number;
  count: number;
  /** Accounts selected before sharding. */
  total: number;
  selection: string;
}

export interface OrgReport {
  tool: { name: string; version: string };
  startedAt: string;
  finishedAt: string;
  organization?: OrganizationInfo;
  shard?: ShardInfo;
  /** Sorted by account id. */
  accounts: OrgAccountResult[];
  /** Run-level remarks: suspended accounts skipped, shards merged. */
  notes: string[];
}

/**
 * What the run keeps in memory of an account once its result is on disk (spool.ts): enough for the
 * progress line and the run's totals, without the account's findings.
 */
export interface OrgAccountSummary extends OrgAccount {
  status: AccountStatus;
  error?: string;
  /** Scanned accounts: their findings by status. */
  findings?: { PASS: number; FAIL: number; ERROR: number };
  /** Scanned accounts: how long the scan took, in milliseconds. */
  durationMs?: number;
}
