// Reduces a set of configuration variables in an AWS answer (Lambda environment variables, API
// Gateway stage variables) to what the checks may know of them: per name, the value's length and
// the detector rules that fired. Used by the catalogue's `sanitize` functions, before an answer is
// cached, recorded to an inventory or seen by a check. Idempotent: an answer already reduced (a
// replayed inventory) holds no raw member and passes through unchanged.

import { variableFacts, type VariableFact } from './detector.js';

/** Names, lengths and signals of a set of variables; `unreadable` when AWS sent something that is not a name-to-value map. */
export type ReducedVariables = { facts: Record<string, VariableFact> } | { unreadable: true };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The facts of a raw name-to-value map. Values that are not strings (an emulator's numbers) are judged as their text. */
export function reduceVariables(raw: unknown): ReducedVariables {
  if (!isRecord(raw)) return { unreadable: true };
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    Object.defineProperty(values, name, { value: typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value), enumerable: true, writable: true, configurable: true });
  }
  return { facts: variableFacts(values) };
}

/**
 * A copy of `holder` whose member `rawKey` (a name-to-value map) is replaced by `factsKey` (the
 * facts of each variable), or by `<factsKey>Unreadable: true` when the member is not such a map.
 * A holder without `rawKey` is returned as it is, so that a reduced answer stays the same.
 */
export function withVariableFacts<T extends Record<string, unknown>>(holder: T, rawKey: string, factsKey: string): T {
  if (!Object.hasOwn(holder, rawKey)) return holder;
  const { [rawKey]: raw, ...rest } = holder;
  if (raw === undefined || raw === null) return rest as T;
  const reduced = reduceVariables(raw);
  return ('facts' in reduced ? { ...rest, [factsKey]: reduced.facts } : { ...rest, [`${factsKey}Unreadable`]: true }) as T;
}

/** Applies `reduce` to each element of an array member, leaving anything else as it is. */
export function mapItems(output: Record<string, unknown>, key: string, reduce: (item: Record<string, unknown>) => Record<string, unknown>): Record<string, unknown> {
  const items = output[key];
  if (!Array.isArray(items)) return output;
  return { ...output, [key]: items.map((item) => (isRecord(item) ? reduce(item) : item)) };
}

/**
 * A URL with its user information, query string and fragment removed: what an integration URI may
 * be kept as (`https://user:password@host/path?key=...` → `https://host/path`). ARNs and anything
 * that is not a URL are returned unchanged.
 */
export function withoutUrlSecrets(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)/i.exec(value);
  if (!match) return value;
  const [, scheme, authority, path] = match;
  const host = authority!.includes('@') ? authority!.slice(authority!.lastIndexOf('@') + 1) : authority!;
  return `${scheme}${host}${path}`;
}

export { isRecord };
