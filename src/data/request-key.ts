import type { AwsRequest } from '../aws/errors.js';

/** JSON with object keys sorted, so that equal inputs give equal keys whatever their key order. */
export function stableStringify(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Identity of a request: two requests with the same key get the same answer within a scan. */
export function requestKey(req: AwsRequest): string {
  return `${req.service}|${req.region}|${req.operation}|${stableStringify(req.input)}`;
}
