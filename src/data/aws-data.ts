import { operationSpec, type AwsService } from '../aws/catalogue.js';
import { AwsCallError, errorCode, httpStatusOf, toAwsError, type AwsRequest } from '../aws/errors.js';
import { isReadOnlyOperation } from '../aws/read-only.js';
import type { InFlightSlot, Transport } from '../aws/transport.js';
import type { Recorder } from './inventory.js';
import { requestKey } from './request-key.js';

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

/**
 * How hard one service may be called. AWS throttles each service on its own, per account and
 * Region (IAM: per account, whatever the Region), so the scan keeps to a limit per service and
 * throttling scope on top of the global --concurrency. See docs/performance.md for the sources.
 */
export interface ServiceLimit {
  /** Requests in flight at once to the service in one throttling scope; unset: only --concurrency applies. */
  concurrency?: number;
  /** What AWS counts requests against: the account as a whole, or each Region separately. */
  scope: 'account' | 'region';
  /** A token bucket kept client-side, below AWS's documented one, so the scan never drains AWS's. */
  bucket?: { capacity: number; refillPerSecond: number; per: 'operation' | 'service' };
}

/** For a service added to the catalogue without a limit of its own. */
export const DEFAULT_SERVICE_LIMIT: ServiceLimit = { concurrency: 4, scope: 'region' };

export const SERVICE_LIMITS: Readonly<Partial<Record<AwsService, ServiceLimit>>> = {
  // IAM is one endpoint for the whole account; its token buckets are shared with every other tool
  // and person using the account, are not published and cannot be raised.
  iam: { concurrency: 4, scope: 'account' },
  sts: { concurrency: 4, scope: 'region' },
  // The token buckets below are half of AWS's, for two reasons: the account's own workloads draw
  // from the same buckets (an EKS load balancer controller lives on ELB's Describe* calls), and
  // AWS counts requests when they arrive, so a pause on our side can bunch requests sent apart.
  // EC2: one bucket per API action and Region, 100 tokens, 20 back per second (non-mutating actions).
  ec2: { concurrency: 8, scope: 'region', bucket: { capacity: 50, refillPerSecond: 10, per: 'operation' } },
  // ELB: one bucket for all Describe* actions of a Region, 40 tokens, 10 back per second.
  elbv2: { concurrency: 4, scope: 'region', bucket: { capacity: 20, refillPerSecond: 5, per: 'service' } },
  rds: { concurrency: 4, scope: 'region' },
  kms: { concurrency: 8, scope: 'region' },
  cloudtrail: { concurrency: 4, scope: 'region' },
  // S3 limits request rates per bucket prefix, thousands per second: the scan's bucket reads are far below.
  s3: { scope: 'account' },
  s3control: { concurrency: 4, scope: 'region' },
  // Organizations is one endpoint for the whole organization, shared with its management account's tools.
  organizations: { concurrency: 2, scope: 'account' },
};

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
    const limitOf = options.paced === false ? () => UNLIMITED : (service: AwsService) => limits[service] ?? DEFAULT_SERVICE_LIMIT;
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
    let input = req.input;
    for (let i = 0; i < MAX_PAGES; i++) {
      const page = await this.send({ ...req, input }, scheduling);
      pages.push(page);
      const token = paging ? page[paging.outputToken] : undefined;
      // IAM and some emulators send a token with IsTruncated false on the last page.
      if (typeof token !== 'string' || token === '' || page.IsTruncated === false || page.Truncated === false) return pages;
      if (paging && input[paging.inputToken] === token) return pages;
      input = { ...req.input, [paging!.inputToken]: token };
    }
    throw toAwsError({ name: 'PaginationLimitExceeded', message: `more than ${MAX_PAGES} pages` }, req);
  }

  /** The items under `key` of every page, concatenated. */
  async list<T>(req: AwsRequest, key: string, scheduling: Scheduling = {}): Promise<T[]> {
    const pages = await this.pages(req, scheduling);
    return pages.flatMap((page) => (Array.isArray(page[key]) ? (page[key] as T[]) : []));
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
      const output = await this.transport.send(req, slot);
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

interface Job {
  priority: number;
  /** Order of asking, to keep equal priorities first come, first served. */
  seq: number;
  start(): void;
}

/** Requests in flight to one service in one throttling scope. */
interface Pool {
  active: number;
  limit: number;
}

/** A token bucket refilled continuously, as AWS's are. */
class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly capacity: number,
    private readonly perMs: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.at = now;
  }

  /** Milliseconds until a token is available; 0 when one is. */
  wait(now: number): number {
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.at) * this.perMs);
    this.at = now;
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.perMs);
  }

  take(): void {
    this.tokens -= 1;
  }
}

/** Requests waiting for the same pool and bucket, highest priority first, then oldest first. */
class Lane {
  private readonly heap: Job[] = [];

  constructor(
    readonly pool: Pool,
    readonly bucket: TokenBucket | undefined,
  ) {}

  get size(): number {
    return this.heap.length;
  }

  peek(): Job | undefined {
    return this.heap[0];
  }

  push(job: Job): void {
    const heap = this.heap;
    heap.push(job);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  pop(): Job {
    const heap = this.heap;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < heap.length && before(heap[left]!, heap[best]!)) best = left;
        if (right < heap.length && before(heap[right]!, heap[best]!)) best = right;
        if (best === i) break;
        [heap[i], heap[best]] = [heap[best]!, heap[i]!];
        i = best;
      }
    }
    return top;
  }
}

function before(a: Job, b: Job): boolean {
  return a.priority !== b.priority ? a.priority > b.priority : a.seq < b.seq;
}

/**
 * Starts queued requests as soon as the global limit, their service's limit and its token bucket
 * allow, taking the highest priority first across all services. A request held back by its
 * service never blocks another service's requests.
 */
class Scheduler {
  private readonly pools = new Map<string, Pool>();
  private readonly lanes = new Map<string, Lane>();
  private readonly waiting = new Set<Lane>();
  private active = 0;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerDue = Number.POSITIVE_INFINITY;

  constructor(
    private readonly concurrency: number,
    private readonly limitOf: (service: AwsService) => ServiceLimit,
    private readonly clock: () => number,
  ) {}

  /**
   * Queues `send` and starts it when a slot is free. The request holds its slot until `send`
   * settles, unless the transport releases it earlier (AWS has answered; parsing is left) and, for
   * a second attempt, acquires it again: with the same priority and place in line as the first.
   */
  run<T>(req: AwsRequest, priority: number, send: (slot: InFlightSlot) => Promise<T>): Promise<T> {
    const lane = this.laneOf(req);
    const seq = this.seq++;
    let held = false;
    let settled = false;
    let taking: Promise<void> | undefined;
    const slot: InFlightSlot = {
      release: () => {
        if (!held) return;
        held = false;
        this.active--;
        lane.pool.active--;
        this.pump();
      },
      acquire: () => {
        if (settled) return Promise.reject(new Error(`${req.service}:${req.operation}: in-flight slot asked for after its request settled`));
        if (held) return Promise.resolve();
        taking ??= new Promise<void>((taken) => {
          this.enqueue(lane, {
            priority,
            seq,
            start: () => {
              held = true;
              taking = undefined;
              // Nothing can use a slot taken after its request settled (it was abandoned meanwhile).
              if (settled) slot.release();
              else taken();
            },
          });
        });
        return taking;
      },
    };
    return new Promise<T>((resolve, reject) => {
      this.enqueue(lane, {
        priority,
        seq,
        start: () => {
          held = true;
          send(slot)
            .then(resolve, reject)
            .finally(() => {
              settled = true;
              slot.release();
            });
        },
      });
    });
  }

  private enqueue(lane: Lane, job: Job): void {
    lane.push(job);
    this.waiting.add(lane);
    this.pump();
  }

  private laneOf(req: AwsRequest): Lane {
    const limit = this.limitOf(req.service);
    const poolKey = limit.scope === 'account' ? req.service : `${req.service}@${req.region}`;
    const laneKey = limit.bucket?.per === 'operation' ? `${poolKey}:${req.operation}` : poolKey;
    let lane = this.lanes.get(laneKey);
    if (!lane) {
      let pool = this.pools.get(poolKey);
      if (!pool) {
        pool = { active: 0, limit: limit.concurrency ?? Number.POSITIVE_INFINITY };
        this.pools.set(poolKey, pool);
      }
      // A lane is a pool (a bucket shared by the service) or one action of a pool (a bucket per action).
      const bucket = limit.bucket ? new TokenBucket(limit.bucket.capacity, limit.bucket.refillPerSecond / 1000, this.clock()) : undefined;
      lane = new Lane(pool, bucket);
      this.lanes.set(laneKey, lane);
    }
    return lane;
  }

  private pump(): void {
    while (this.active < this.concurrency) {
      const now = this.clock();
      let best: Lane | undefined;
      let soonest = Number.POSITIVE_INFINITY;
      for (const lane of this.waiting) {
        if (lane.pool.active >= lane.pool.limit) continue;
        if (best && !this.goesFirst(lane, best)) continue;
        const wait = lane.bucket?.wait(now) ?? 0;
        if (wait > 0) {
          soonest = Math.min(soonest, wait);
          continue;
        }
        best = lane;
      }
      if (!best) {
        if (soonest < Number.POSITIVE_INFINITY) this.wake(soonest);
        return;
      }
      const job = best.pop();
      if (best.size === 0) this.waiting.delete(best);
      best.bucket?.take();
      best.pool.active++;
      this.active++;
      job.start();
    }
  }

  /**
   * Between equal priorities, a service held to fewer slots than the global limit goes first: kept
   * busy from the start, its capped share of the work ends with the rest instead of trailing alone
   * at the end. Services without a cap of their own fill the remaining slots.
   */
  private goesFirst(lane: Lane, other: Lane): boolean {
    const a = lane.peek()!;
    const b = other.peek()!;
    if (a.priority !== b.priority) return a.priority > b.priority;
    const aCapped = lane.pool.limit < this.concurrency;
    const bCapped = other.pool.limit < this.concurrency;
    if (aCapped !== bCapped) return aCapped;
    return a.seq < b.seq;
  }

  /** Comes back when the first held-back bucket has a token again. */
  private wake(afterMs: number): void {
    const due = this.clock() + afterMs;
    if (this.timer !== undefined && this.timerDue <= due) return;
    clearTimeout(this.timer);
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerDue = Number.POSITIVE_INFINITY;
      this.pump();
    }, afterMs);
  }
}

export type { AwsService };
