// The order in which requests reach AWS: at most --concurrency in flight, each service within its
// own limit and token bucket, and the requests that others wait for first.

import type { AwsRequest } from '../aws/errors.js';
import type { AwsService, ServiceLimit } from '../aws/catalogue.js';
import type { InFlightSlot } from '../aws/transport.js';

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
export class Scheduler {
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
    const own = limit.operationBuckets?.[req.operation];
    const laneKey = own || limit.bucket?.per === 'operation' ? `${poolKey}:${req.operation}` : poolKey;
    let lane = this.lanes.get(laneKey);
    if (!lane) {
      let pool = this.pools.get(poolKey);
      if (!pool) {
        pool = { active: 0, limit: limit.concurrency ?? Number.POSITIVE_INFINITY };
        this.pools.set(poolKey, pool);
      }
      // A lane is a pool (a bucket shared by the service) or one action of a pool (a bucket per
      // action, or an action with a bucket of its own).
      const spec = own ?? limit.bucket;
      const bucket = spec ? new TokenBucket(spec.capacity, spec.refillPerSecond / 1000, this.clock()) : undefined;
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
