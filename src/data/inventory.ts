// The inventory file: every AWS response a scan received, so that the same scan can be replayed
// offline with the same findings. Versioned; dates and binary fields are tagged so they survive JSON.

import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import { CATALOGUE, type AwsService } from '../aws/catalogue.js';
import type { AwsRequest } from '../aws/errors.js';
import type { Transport } from '../aws/transport.js';
import type { ScanAccount } from '../model.js';
import { requestKey } from './request-key.js';

// ajv-formats is CommonJS with a `default` property; under NodeNext the default import is the whole module.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (ajv: Ajv2020) => Ajv2020;

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

/**
 * Sets a member as an own property whatever its name: a member called `__proto__` (JSON.parse makes
 * one from the text) assigned with `=` would replace the object's prototype instead.
 */
function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** JSON-safe copy of an SDK value: Date becomes {"$date"}, bytes become {"$base64"}. */
export function encodeValue(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (value instanceof Uint8Array) return { $base64: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) setMember(out, k, encodeValue(v));
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
    for (const [k, v] of Object.entries(obj)) setMember(out, k, decodeValue(v));
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

/** Deeper than any AWS response; bounds the recursion of decoding, replay and the checks. */
export const MAX_DEPTH = 64;

let validator: ValidateFunction | undefined;

/**
 * The published schema, narrowed to this version's catalogue: each call's service must be one the
 * tool knows (the catalogue is the one source of that list, so the schema file leaves it open).
 * Whether the operation is one of that service's is checked in code after the schema: as 30 `if/then`
 * branches of enums it made compiling the schema most of a scan's start-up.
 */
function inventoryValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/inventory.v1.schema.json', import.meta.url), 'utf8')) as {
      $defs: { service: Record<string, unknown> };
    };
    schema.$defs.service.enum = Object.keys(CATALOGUE);
    // allErrors off: the first error is the one reported, and a hostile file costs no more than that.
    // strictRequired off for the schema's `not: {required: [output, error]}` idiom. validateSchema off:
    // checking the schema against the draft's meta-schema on every start costs more than validating a
    // file; test/reliability/inventory-schema.test.ts checks the published schema once.
    validator = addFormats(new Ajv2020({ strict: true, strictRequired: false, allErrors: false, verbose: true, validateSchema: false })).compile(schema);
  }
  return validator;
}

/** The first call whose operation is not one its service offers in this version's catalogue. */
function unknownOperation(inventory: InventoryFile): string | undefined {
  for (const [i, call] of inventory.calls.entries()) {
    if (!Object.hasOwn(CATALOGUE[call.service].operations, call.operation)) return `${fieldPath(['calls', i, 'operation'])} ${shown(call.operation)} is not an operation of ${shown(call.service)}`;
  }
  return undefined;
}

/** A one-line reason why `data` is not a usable inventory, or undefined when it is. */
export function inventoryProblem(data: unknown): string | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'it is not a JSON object';
  // Depth first: the schema validator and everything after it recurse.
  const deep = tooDeep(data);
  if (deep) return `${deep} is nested deeper than ${MAX_DEPTH} levels`;
  const validate = inventoryValidator();
  if (!validate(data)) return describeSchemaError(validate.errors?.[0], data);
  return unknownOperation(data as InventoryFile) ?? taggedValueProblem(data);
}

type PathPart = string | number;

/** `calls[3].output.Buckets[0]`: the path of a field, written as in JavaScript. */
function fieldPath(parts: readonly PathPart[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part) ? `${out ? '.' : ''}${part}` : `[${shown(part)}]`;
  }
  return out || 'the file';
}

/** A value from the file, safe to print on one line of a terminal. */
function shown(value: unknown): string {
  if (typeof value === 'string' && /^[A-Za-z0-9_.:-]{1,100}$/.test(value)) return value;
  const text = JSON.stringify(value) ?? String(value);
  const clipped = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return clipped.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function partsOf(instancePath: string): PathPart[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function valueAt(data: unknown, parts: readonly PathPart[]): unknown {
  let node = data;
  for (const part of parts) node = node && typeof node === 'object' ? (node as Record<PathPart, unknown>)[part] : undefined;
  return node;
}

function describeSchemaError(error: ErrorObject | undefined, data: unknown): string {
  if (!error) return 'it does not match the inventory schema';
  const parts = partsOf(error.instancePath);
  const at = fieldPath(parts);
  const top = parts.length === 1 ? `"${parts[0]}"` : at;
  const value = error.data;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return parts.length === 0 ? `"${String(params.missingProperty)}" is missing` : `${fieldPath([...parts, String(params.missingProperty)])} is missing`;
    case 'additionalProperties':
      return `${fieldPath([...parts, String(params.additionalProperty)])} is not a field of the inventory format`;
    case 'const':
      if (at === 'format') return `"format" must be "${INVENTORY_FORMAT}"`;
      if (at === 'version') return `"version" ${shown(value)} is not supported (this tool reads version ${INVENTORY_VERSION})`;
      return `${top} must be ${shown(params.allowedValue)}`;
    case 'enum': {
      const last = parts[parts.length - 1];
      if (last === 'operation') {
        const service = (valueAt(data, parts.slice(0, -1)) as { service?: unknown } | undefined)?.service;
        return `${at} ${shown(value)} is not an operation of ${shown(service)}`;
      }
      if (last === 'service') return `${at} ${shown(value)} is not a known service`;
      return `${top} ${shown(value)} is not one of the allowed values`;
    }
    case 'format':
      return `${top} must be an ISO 8601 date and time (${shown(value)})`;
    case 'type':
      return `${top} must be ${params.type === 'object' || params.type === 'array' || params.type === 'integer' ? 'an' : 'a'} ${String(params.type)}`;
    case 'pattern':
      if (parts[parts.length - 1] === 'operation') return `${at} ${shown(value)} is not an operation name`;
      if (parts[parts.length - 1] === 'service') return `${at} ${shown(value)} is not a known service`;
      return `${top} must be a single line without control characters`;
    case 'minLength':
      return `${top} must not be empty`;
    case 'maxLength':
      return `${top} is longer than ${String(params.limit)} characters`;
    case 'not':
      return `${at} holds both an output and an error`;
    case 'minimum':
    case 'maximum':
      return `${top} must be an HTTP status code`;
    default:
      return `${top} ${error.message ?? 'does not match the inventory schema'}`;
  }
}

/** The path of the first value nested deeper than MAX_DEPTH, without recursing. */
function tooDeep(root: unknown): string | undefined {
  const stack: Array<{ node: unknown; path: PathPart[] }> = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (path.length >= MAX_DEPTH) return fieldPath(path.slice(0, 8)) + '...';
    const entries: Array<[PathPart, unknown]> = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, child] of entries) if (child && typeof child === 'object') stack.push({ node: child, path: [...path, key] });
  }
  return undefined;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Tagged values that would decode to something unusable: an Invalid Date compares false with every
 * date, so an unreadable date could pass an age check; a bad $base64 would decode to other bytes.
 */
function taggedValueProblem(inventory: unknown): string | undefined {
  const calls = (inventory as InventoryFile).calls;
  const stack: Array<{ node: unknown; path: PathPart[] }> = [];
  for (let i = calls.length - 1; i >= 0; i--) {
    for (const member of ['output', 'input'] as const) stack.push({ node: calls[i]![member], path: ['calls', i, member] });
  }
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (!Array.isArray(node)) {
      const obj = node as Record<string, unknown>;
      const keys = Object.keys(obj);
      if (keys.length === 1 && typeof obj.$date === 'string') {
        if (!ISO_DATE.test(obj.$date) || Number.isNaN(Date.parse(obj.$date))) return `${fieldPath([...path, '$date'])} ${shown(obj.$date)} is not an ISO 8601 date`;
        continue;
      }
      if (keys.length === 1 && typeof obj.$base64 === 'string') {
        if (!BASE64.test(obj.$base64)) return `${fieldPath([...path, '$base64'])} is not base64`;
        continue;
      }
    }
    const entries: Array<[PathPart, unknown]> = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (let j = entries.length - 1; j >= 0; j--) stack.push({ node: entries[j]![1], path: [...path, entries[j]![0]] });
  }
  return undefined;
}
