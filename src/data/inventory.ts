// The inventory file: every AWS response a scan received, so that the same scan can be replayed
// offline with the same findings. Versioned; dates and binary fields are tagged so they survive JSON.

import { CATALOGUE, operationSpec, type AwsService } from '../aws/catalogue.js';
import type { AwsRequest } from '../aws/errors.js';
import type { Transport } from '../aws/transport.js';
import type { ScanAccount } from '../model.js';
import { requestKey } from './request-key.js';

export const INVENTORY_FORMAT = 'aws-posture-inventory';
export const INVENTORY_VERSION = 1;

export interface RecordedError {
  code: string;
  message: string;
  httpStatus?: number;
}

export interface RecordedCall {
  service: AwsService;
  region: string;
  operation: string;
  input: Record<string, unknown>;
  output?: unknown;
  error?: RecordedError;
}

export interface InventoryFile {
  format: typeof INVENTORY_FORMAT;
  version: typeof INVENTORY_VERSION;
  tool: { name: string; version: string };
  recordedAt: string;
  account: ScanAccount;
  regions: string[];
  calls: RecordedCall[];
}

/** JSON-safe copy of an SDK value: Date becomes {"$date"}, bytes become {"$base64"}. */
export function encodeValue(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (value instanceof Uint8Array) return { $base64: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeValue(v);
    return out;
  }
  return value;
}

export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.length === 1 && typeof obj.$date === 'string') return new Date(obj.$date);
    if (keys.length === 1 && typeof obj.$base64 === 'string') return new Uint8Array(Buffer.from(obj.$base64, 'base64'));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = decodeValue(v);
    return out;
  }
  return value;
}

/** Collects the outcome of every request sent; the last outcome of a repeated request wins. */
export class Recorder {
  private readonly calls = new Map<string, RecordedCall>();

  record(req: AwsRequest, outcome: { output: unknown } | { error: RecordedError }): void {
    const call: RecordedCall = {
      service: req.service,
      region: req.region,
      operation: req.operation,
      input: encodeValue(req.input) as Record<string, unknown>,
    };
    if ('output' in outcome) call.output = encodeValue(outcome.output);
    else call.error = outcome.error;
    this.calls.set(requestKey(req), call);
  }

  /** Calls in a stable order, so that two recordings of the same account diff cleanly. */
  entries(): RecordedCall[] {
    return [...this.calls.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, call]) => call);
  }
}

/** Raised for a request that the inventory does not hold: the check that needed it reports ERROR. */
export class NotRecordedError extends Error {
  override readonly name = 'NotRecordedInInventory';
  constructor(req: AwsRequest) {
    super(`the inventory holds no response for ${req.service}:${req.operation} in ${req.region}`);
  }
}

export class ReplayedAwsError extends Error {
  readonly $metadata: { httpStatusCode?: number };
  constructor(error: RecordedError) {
    super(error.message);
    this.name = error.code;
    this.$metadata = error.httpStatus === undefined ? {} : { httpStatusCode: error.httpStatus };
  }
}

/** Answers requests from an inventory file, with no network. */
export class ReplayTransport implements Transport {
  private readonly calls = new Map<string, RecordedCall>();

  constructor(inventory: InventoryFile) {
    for (const call of inventory.calls) {
      const input = decodeValue(call.input) as Record<string, unknown>;
      this.calls.set(requestKey({ service: call.service, region: call.region, operation: call.operation, input }), call);
    }
  }

  async send(req: AwsRequest): Promise<Record<string, unknown>> {
    const call = this.calls.get(requestKey(req));
    if (!call) throw new NotRecordedError(req);
    if (call.error) throw new ReplayedAwsError(call.error);
    return (decodeValue(call.output) ?? {}) as Record<string, unknown>;
  }
}

/** A one-line reason why `data` is not a usable inventory, or undefined when it is. */
export function inventoryProblem(data: unknown): string | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'it is not a JSON object';
  const inv = data as Partial<InventoryFile>;
  if (inv.format !== INVENTORY_FORMAT) return `"format" must be "${INVENTORY_FORMAT}"`;
  if (inv.version !== INVENTORY_VERSION) return `"version" ${String(inv.version)} is not supported (this tool reads version ${INVENTORY_VERSION})`;
  if (typeof inv.recordedAt !== 'string' || Number.isNaN(Date.parse(inv.recordedAt))) return '"recordedAt" must be an ISO 8601 date';
  const account = inv.account as Partial<ScanAccount> | undefined;
  if (!account || typeof account.id !== 'string' || typeof account.principalArn !== 'string' || typeof account.partition !== 'string')
    return '"account" must hold "id", "principalArn" and "partition" strings';
  if (!Array.isArray(inv.regions) || !inv.regions.every((r) => typeof r === 'string')) return '"regions" must be an array of strings';
  if (!Array.isArray(inv.calls)) return '"calls" must be an array';
  for (const [i, call] of inv.calls.entries()) {
    const where = `calls[${i}]`;
    if (!call || typeof call !== 'object') return `${where} must be an object`;
    if (typeof call.service !== 'string' || !Object.hasOwn(CATALOGUE, call.service)) return `${where}.service is not a known service`;
    if (!operationSpec(call.service, String(call.operation))) return `${where}.operation ${String(call.operation)} is not an operation of ${call.service}`;
    if (typeof call.region !== 'string') return `${where}.region must be a string`;
    if (!call.input || typeof call.input !== 'object') return `${where}.input must be an object`;
    if (call.error !== undefined && (typeof call.error.code !== 'string' || typeof call.error.message !== 'string'))
      return `${where}.error must hold "code" and "message" strings`;
  }
  return undefined;
}
