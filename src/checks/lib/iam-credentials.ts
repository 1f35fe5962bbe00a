// Reading the credential report's strings as facts: when a credential was last used, how old a key
// is, whether root has any credential at all. Every check that judges IAM user credentials goes
// through here so that `N/A`, `no_information` and `not_supported` mean the same thing everywhere.

import type { CredentialRow } from '../../data/credential-report.js';

export const DAY_MS = 86_400_000;

/** A report value that is neither a time nor one of the report's documented placeholders. */
export class CredentialReportValueError extends Error {
  override readonly name = 'CredentialReportValueError';
}

/** Values by which the report says "no such time": never used, not tracked, or not applicable. */
const NO_TIME = new Set(['n/a', 'no_information', 'not_supported']);

/**
 * A field's value; throws when the report has no such column or leaves it empty. AWS fills every
 * field, so an empty or missing one (a report with fewer columns, from an emulator) is unknown,
 * never "no credential" or "never used".
 */
function present(row: CredentialRow, field: string): string {
  const value = (row[field] as string | undefined)?.trim();
  if (!value) {
    throw new CredentialReportValueError(`the credential report ${field in row ? 'leaves' : 'has no column'} ${field} ${field in row ? 'empty for' : 'for'} ${row.user}`);
  }
  return value;
}

/** The time a report field holds, or undefined when the report says there is none. */
export function reportTime(row: CredentialRow, field: string): Date | undefined {
  const value = present(row, field);
  if (NO_TIME.has(value.toLowerCase())) return undefined;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) {
    throw new CredentialReportValueError(`the credential report's ${field} of ${row.user} is "${value}", not a time`);
  }
  return time;
}

/** A `true`/`false` field of the report; anything else (or nothing) cannot be judged. */
export function isTrue(row: CredentialRow, field: string): boolean {
  const value = present(row, field).toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new CredentialReportValueError(`the credential report's ${field} of ${row.user} is "${value}", not true or false`);
}

/** Whole days from `since` to `now`. */
export function daysSince(since: Date, now: Date): number {
  return Math.floor((now.getTime() - since.getTime()) / DAY_MS);
}

export function ageAtLeast(since: Date, now: Date, days: number): boolean {
  return now.getTime() - since.getTime() >= days * DAY_MS;
}

/** "today", "1 day ago", "12 days ago". */
export function agoPhrase(since: Date, now: Date): string {
  const days = daysSince(since, now);
  return days <= 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`;
}

/**
 * A timestamp as a Date: the SDK gives Dates, while recorded or emulated answers may carry ISO text
 * or epoch seconds. Undefined when there is no readable time.
 */
export function asDate(value: unknown): Date | undefined {
  const time = value instanceof Date ? value : typeof value === 'string' && value.trim() ? new Date(value) : typeof value === 'number' ? new Date(value * 1000) : undefined;
  return time && !Number.isNaN(time.getTime()) ? time : undefined;
}

/** `2026-03-04` for messages. */
export function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface ActiveKey {
  slot: 1 | 2;
  /** When the key was created (the report calls it last rotated). */
  created: Date | undefined;
  lastUsed: Date | undefined;
}

const activeSlots = (row: CredentialRow) => ([1, 2] as const).filter((slot) => isTrue(row, `access_key_${slot}_active`));

export function activeKeyCount(row: CredentialRow): number {
  return activeSlots(row).length;
}

export function activeKeys(row: CredentialRow): ActiveKey[] {
  return activeSlots(row).map((slot) => ({
    slot,
    created: reportTime(row, `access_key_${slot}_last_rotated`),
    lastUsed: reportTime(row, `access_key_${slot}_last_used_date`),
  }));
}

export function hasConsolePassword(row: CredentialRow): boolean {
  return isTrue(row, 'password_enabled');
}

export interface CredentialUse {
  credential: 'console password' | 'access key 1' | 'access key 2';
  /** Last use, or undefined when the credential was never used (or its use is not tracked). */
  lastUsed: Date | undefined;
  /** The time its idleness is measured from: the last use, else when the credential was created. */
  idleSince: Date;
}

/**
 * The console password (when enabled) and every active access key, with the time each has been idle
 * since. A never-used password counts from its last change, else from the user's creation; a
 * never-used key from its creation.
 */
export function credentialUses(row: CredentialRow): CredentialUse[] {
  const uses: CredentialUse[] = [];
  if (hasConsolePassword(row)) {
    const lastUsed = reportTime(row, 'password_last_used');
    const idleSince = lastUsed ?? reportTime(row, 'password_last_changed') ?? reportTime(row, 'user_creation_time');
    if (!idleSince) throw new CredentialReportValueError(`the credential report gives no time for the console password of ${row.user}`);
    uses.push({ credential: 'console password', lastUsed, idleSince });
  }
  for (const key of activeKeys(row)) {
    const idleSince = key.lastUsed ?? key.created;
    if (!idleSince) throw new CredentialReportValueError(`the credential report gives no time for access key ${key.slot} of ${row.user}`);
    uses.push({ credential: `access key ${key.slot}`, lastUsed: key.lastUsed, idleSince });
  }
  return uses;
}

/** Credentials idle for `days` days or more. */
export function unusedCredentials(row: CredentialRow, days: number, now: Date): CredentialUse[] {
  return credentialUses(row).filter((use) => ageAtLeast(use.idleSince, now, days));
}

export function describeUse(use: CredentialUse, now: Date): string {
  return use.lastUsed
    ? `${use.credential} last used ${day(use.lastUsed)} (${agoPhrase(use.lastUsed, now)})`
    : `${use.credential} never used since it was ${use.credential === 'console password' ? 'set' : 'created'} on ${day(use.idleSince)} (${agoPhrase(use.idleSince, now)})`;
}

/** Active keys created `days` days ago or earlier; reads only the columns that age needs. */
export function keysOlderThan(row: CredentialRow, days: number, now: Date): Array<{ slot: 1 | 2; created: Date }> {
  return activeSlots(row)
    .map((slot) => {
      const created = reportTime(row, `access_key_${slot}_last_rotated`);
      if (!created) throw new CredentialReportValueError(`the credential report gives no creation time for access key ${slot} of ${row.user}`);
      return { slot, created };
    })
    .filter((key) => ageAtLeast(key.created, now, days));
}

export interface RootUse {
  credential: 'root password' | 'root access key 1' | 'root access key 2';
  lastUsed: Date;
}

/** Uses of the root password and root access keys, most recent first. */
export function rootUses(root: CredentialRow): RootUse[] {
  const uses: RootUse[] = [];
  const password = reportTime(root, 'password_last_used');
  if (password) uses.push({ credential: 'root password', lastUsed: password });
  for (const slot of [1, 2] as const) {
    const used = reportTime(root, `access_key_${slot}_last_used_date`);
    if (used) uses.push({ credential: `root access key ${slot}`, lastUsed: used });
  }
  return uses.sort((a, b) => b.lastUsed.getTime() - a.lastUsed.getTime());
}


/** Words for a report's generation time, to put in credential findings. */
export function reportAge(generatedTime: string | undefined): string {
  return generatedTime ? `credential report generated ${generatedTime}` : 'credential report of unknown generation time';
}
