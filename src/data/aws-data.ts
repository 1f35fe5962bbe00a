import pLimit, { type LimitFunction } from 'p-limit';
import { operationSpec, type AwsService } from '../aws/catalogue.js';
import { AwsCallError, errorCode, httpStatusOf, toAwsError, type AwsRequest } from '../aws/errors.js';
import { isReadOnlyOperation } from '../aws/read-only.js';
import type { Transport } from '../aws/transport.js';
import type { Recorder } from './inventory.js';
import { requestKey } from './request-key.js';

export interface CallOptions {
  /** Error codes by which AWS says "not configured": the call then resolves to undefined. */
  absent?: readonly string[];
}

export interface RequestStats {
  /** Requests handed to the transport (pages counted one by one). */
  sent: number;
  /** Requests answered from the per-scan memo instead of being sent again. */
  reused: number;
  byService: Record<string, number>;
}

/** Safety net against endpoints that hand back the same continuation token forever. */
const MAX_PAGES = 10_000;

/**
 * The one way to AWS. Sends each distinct request at most once per scan, pages to the end,
 * bounds how many requests are in flight, and records every outcome for --save-inventory.
 */
export class AwsData {
  private readonly memo = new Map<string, Promise<Record<string, unknown>>>();
  private readonly limit: LimitFunction;
  readonly stats: RequestStats = { sent: 0, reused: 0, byService: {} };

  constructor(
    private readonly transport: Transport,
    options: { concurrency: number; recorder?: Recorder },
  ) {
    this.limit = pLimit(options.concurrency);
    this.recorder = options.recorder;
  }

  private readonly recorder: Recorder | undefined;

  /** One request (one page). Rejects with AwsCallError. */
  async call(req: AwsRequest, options: CallOptions = {}): Promise<Record<string, unknown> | undefined> {
    try {
      return await this.send(req);
    } catch (err) {
      const error = err as AwsCallError;
      if (options.absent?.includes(error.info.code)) return undefined;
      throw error;
    }
  }

  /** Every page of a paginated operation, in order. A failed page fails the whole listing. */
  async pages(req: AwsRequest): Promise<Record<string, unknown>[]> {
    const paging = operationSpec(req.service, req.operation)?.paging;
    const pages: Record<string, unknown>[] = [];
    let input = req.input;
    for (let i = 0; i < MAX_PAGES; i++) {
      const page = await this.send({ ...req, input });
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
  async list<T>(req: AwsRequest, key: string): Promise<T[]> {
    const pages = await this.pages(req);
    return pages.flatMap((page) => (Array.isArray(page[key]) ? (page[key] as T[]) : []));
  }

  private send(req: AwsRequest): Promise<Record<string, unknown>> {
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
    const pending = this.limit(() => this.sendOnce(req));
    this.memo.set(key, pending);
    return pending;
  }

  private async sendOnce(req: AwsRequest): Promise<Record<string, unknown>> {
    this.stats.sent++;
    this.stats.byService[req.service] = (this.stats.byService[req.service] ?? 0) + 1;
    try {
      const output = await this.transport.send(req);
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
