import { CATALOGUE, operationSpec, type AwsService, type ServiceLimit } from '../aws/catalogue.js';
import { AwsCallError, errorCode, httpStatusOf, toAwsError, type AwsRequest } from '../aws/errors.js';
import { isReadOnlyOperation } from '../aws/read-only.js';
import type { InFlightSlot, Transport } from '../aws/transport.js';
import type { Recorder } from './inventory.js';
import { requestKey } from './request-key.js';
import { Scheduler } from './scheduler.js';

export interface CallOptions {
  /** Error codes by which AWS says "not configured": the call then resolves to undefined. */
  absent?: readonly string[];
}

/** Where a request stands in the queue; see DatasetLoader for how priorities are chosen. */
export interface Scheduling {
  /** Queued requests with a higher priority are sent first; equal priorities go in the order asked. */
  priority?: number;
}

export interface RequestStats {
  /** Requests handed to the transport (pages counted one by one). */
  sent: number;
  /** Requests answered from the per-scan memo instead of being sent again. */
  reused: number;
  byService: Record<string, number>;
}

/** Each service's limit, as its catalogue entry gives it. */
export const SERVICE_LIMITS: Readonly<Record<AwsService, ServiceLimit>> = Object.fromEntries(
  (Object.keys(CATALOGUE) as AwsService[]).map((service) => [service, CATALOGUE[service].limit]),
) as Record<AwsService, ServiceLimit>;

/** Every service of an unpaced scan: bounded by the global concurrency only. */
const UNLIMITED: ServiceLimit = { scope: 'account' };

/** Safety net against endpoints that hand back the same continuation token forever. */
const MAX_PAGES = 10_000;

export interface AwsDataOptions {
  /** Requests in flight at once, all services together (--concurrency). */
  concurrency: number;
  recorder?: Recorder;
  /**
   * false when the transport is not AWS (an inventory replay): AWS's per-service limits and token
   * buckets would only slow down answers read from a file; the global concurrency still applies.
   */
  paced?: boolean;
  /** Replaces the limits of some services (tests, or AWS-compatible endpoints). */
  serviceLimits?: Partial<Record<AwsService, ServiceLimit>>;
  /** Milliseconds on a monotonic clock; token buckets refill by it. */
  clock?: () => number;
}

/**
 * The one way to AWS. Sends each distinct request at most once per scan, pages to the end,
 * bounds how many requests are in flight (overall and per service), and records every outcome for
 * --save-inventory.
 */
export class AwsData {
  private readonly memo = new Map<string, Promise<Record<string, unknown>>>();
  private readonly scheduler: Scheduler;
  private readonly recorder: Recorder | undefined;
  readonly stats: RequestStats = { sent: 0, reused: 0, byService: {} };
  /** Requests in flight at once, all services together. */
  readonly concurrency: number;

  constructor(
    private readonly transport: Transport,
    options: AwsDataOptions,
  ) {
    this.recorder = options.recorder;
    this.concurrency = options.concurrency;
    const limits = { ...SERVICE_LIMITS, ...options.serviceLimits };
    const limitOf = options.paced === false ? () => UNLIMITED : (service: AwsService) => limits[service];
    this.scheduler = new Scheduler(options.concurrency, limitOf, options.clock ?? (() => performance.now()));
  }

  /** One request (one page). Rejects with AwsCallError. */
  async call(req: AwsRequest, options: CallOptions = {}, scheduling: Scheduling = {}): Promise<Record<string, unknown> | undefined> {
    try {
      return await this.send(req, scheduling);
    } catch (err) {
      const error = err as AwsCallError;
      if (options.absent?.includes(error.info.code)) return undefined;
      throw error;
    }
  }

  /** Every page of a paginated operation, in order. A failed page fails the whole listing. */
  async pages(req: AwsRequest, scheduling: Scheduling = {}): Promise<Record<string, unknown>[]> {
    const paging = operationSpec(req.service, req.operation)?.paging;
    const pages: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    let input = req.input;
    for (let i = 0; i < MAX_PAGES; i++) {
      const page = await this.send({ ...req, input }, scheduling);
      pages.push(page);
      if (!paging) return pages;
      const token = valueAt(page, paging.outputToken);
      // IAM, CloudFront and some emulators send a token with IsTruncated false on the last page.
      const holder = valueAt(page, parentPath(paging.outputToken)) as Record<string, unknown> | undefined;
      if (typeof token !== 'string' || token === '' || holder?.IsTruncated === false || holder?.Truncated === false) return pages;
      // An endpoint that hands back a token it gave before would page forever or skip items: the
      // listing is not known to be complete, so it fails rather than ends early.
      if (seen.has(token)) throw toAwsError({ name: 'PaginationTokenRepeated', message: `the same continuation token came back after page ${i + 1}` }, req);
      seen.add(token);
      input = { ...req.input, [paging.inputToken]: token };
    }
    throw toAwsError({ name: 'PaginationLimitExceeded', message: `more than ${MAX_PAGES} pages` }, req);
  }

  /** The items under `key` of every page, concatenated. */
  async list<T>(req: AwsRequest, key: string, scheduling: Scheduling = {}): Promise<T[]> {
    const pages = await this.pages(req, scheduling);
    return pages.flatMap((page) => {
      const items = valueAt(page, key);
      return Array.isArray(items) ? (items as T[]) : [];
    });
  }

  private send(req: AwsRequest, scheduling: Scheduling): Promise<Record<string, unknown>> {
    if (!operationSpec(req.service, req.operation)) {
      throw new Error(`${req.service}:${req.operation} is not in the operation catalogue`);
    }
    if (!isReadOnlyOperation(req.operation)) {
      throw new Error(`${req.service}:${req.operation} is not a read-only operation and is never sent`);
    }
    const key = requestKey(req);
    const known = this.memo.get(key);
    if (known) {
      this.stats.reused++;
      return known;
    }
    const pending = this.scheduler.run(req, scheduling.priority ?? 0, (slot) => this.sendOnce(req, slot));
    this.memo.set(key, pending);
    return pending;
  }

  private async sendOnce(req: AwsRequest, slot: InFlightSlot): Promise<Record<string, unknown>> {
    this.stats.sent++;
    this.stats.byService[req.service] = (this.stats.byService[req.service] ?? 0) + 1;
    try {
      const sanitize = operationSpec(req.service, req.operation)?.sanitize;
      const raw = await this.transport.send(req, slot);
      // Secrets are reduced to facts before the answer is cached, recorded or seen by any check.
      const output = sanitize ? sanitize(raw) : raw;
      this.recorder?.record(req, { output });
      return output;
    } catch (err) {
      const error = toAwsError(err, req);
      // Replay of a call that was never recorded says nothing about the account: do not record it.
      if (error.info.kind !== 'not-recorded') {
        this.recorder?.record(req, {
          error: { code: errorCode(err), message: error.info.message, ...optionalStatus(httpStatusOf(err)) },
        });
      }
      throw error;
    }
  }

  /** Forget one request's answer, for operations that are polled until they change (credential report). */
  forget(req: AwsRequest): void {
    this.memo.delete(requestKey(req));
  }
}

function optionalStatus(status: number | undefined): { httpStatus?: number } {
  return status === undefined ? {} : { httpStatus: status };
}

export type { AwsService };

/** The member at a dotted path (`DistributionList.Items`); the object itself for an empty path. */
function valueAt(value: Record<string, unknown>, path: string): unknown {
  let at: unknown = value;
  for (const part of path ? path.split('.') : []) {
    if (!at || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

function parentPath(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}
