// A dataset is a named piece of account data that checks read (security groups of a region, the
// policy of every bucket). It declares the operations it calls and the datasets it builds on, so
// the set of calls a scan can make, and the IAM policy it needs, follow from the checks selected.

import pLimit from 'p-limit';
import { globalEndpointRegion, isGlobalService, splitOperationId, type OperationId } from '../aws/catalogue.js';
import { AwsCallError } from '../aws/errors.js';
import type { AwsErrorInfo, ScanAccount } from '../model.js';
import type { AwsData, CallOptions, Scheduling } from './aws-data.js';
import type { OrganizationContext } from './organization.js';

/**
 * The value type of every dataset, by id. Each file under datasets/ adds its own entries through
 * declaration merging (`declare module '../dataset.js' { interface DatasetTypes { ... } }`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface -- filled by declaration merging
export interface DatasetTypes {}
export type DatasetId = keyof DatasetTypes & string;

/** A per-resource read: its value, or the AWS error that kept it from being read. */
export type Fetched<T> = { ok: true; value: T } | { ok: false; error: AwsErrorInfo };

/** The outcome of one read: an AWS error is kept as the result (the checks judge it), anything else is thrown. */
export async function fetched<T>(read: () => Promise<T>): Promise<Fetched<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (err) {
    if (err instanceof AwsCallError) return { ok: false, error: err.info };
    throw err;
  }
}

export interface Scoped {
  /** The region of this evaluation: the scanned region, or the home region for global datasets. */
  region: string;
  /** Every region of the scan. */
  regions: readonly string[];
  /** Region used for global services (IAM, S3 account settings, bucket listing). */
  homeRegion: string;
  account: ScanAccount;
  /**
   * What the management account read of the organization for this account (`scan --org`); the
   * `organizations.context` dataset hands it to the checks. Absent in a single-account scan.
   */
  organization?: OrganizationContext;
}

export interface FetchContext extends Scoped {
  /** One request; `region` defaults to this context's region. */
  call<O = Record<string, unknown>>(op: OperationId, input?: Record<string, unknown>, options?: CallOptions & { region?: string }): Promise<O | undefined>;
  /** Every page of a paginated operation, items under `key` concatenated. */
  list<T>(op: OperationId, input: Record<string, unknown>, key: string, options?: { region?: string }): Promise<T[]>;
  /** Every page, whole. */
  pages<O = Record<string, unknown>>(op: OperationId, input?: Record<string, unknown>, options?: { region?: string }): Promise<O[]>;
  /** Another dataset this one declared in `deps`. */
  get<K extends DatasetId>(id: K, region?: string): Promise<DatasetTypes[K]>;
  /**
   * Reads something per item. Items whose read fails with one of `goneCodes` (deleted since the
   * listing) are dropped; any other failure is kept as an error for that item.
   */
  perItem<I, R>(items: readonly I[], read: (item: I) => Promise<R>, goneCodes?: readonly string[]): Promise<Array<{ item: I; result: Fetched<R> }>>;
  /** Forget a request's answer so it can be polled again. */
  forget(op: OperationId, input?: Record<string, unknown>, region?: string): void;
  /** A remark for the report's notes (what could not be read and is therefore not used), given once. */
  note(text: string): void;
}

export interface DatasetSpec<K extends DatasetId> {
  id: K;
  /** global: fetched once per scan; regional: once per scanned region. */
  scope: 'global' | 'regional';
  operations: readonly OperationId[];
  deps?: readonly DatasetId[];
  fetch(ctx: FetchContext): Promise<DatasetTypes[K]>;
}

export type AnyDataset = { [K in DatasetId]: DatasetSpec<K> }[DatasetId];

export function defineDataset<K extends DatasetId>(spec: DatasetSpec<K>): DatasetSpec<K> {
  return spec;
}

/**
 * How many datasets, at most, wait one after the other on each dataset: 0 for a dataset nothing
 * depends on, 1 for one whose dependents are such datasets, and so on.
 */
export function dependentDepths(registry: ReadonlyMap<string, AnyDataset>): Map<string, number> {
  const dependents = new Map<string, string[]>();
  for (const spec of registry.values()) {
    for (const dep of spec.deps ?? []) dependents.set(dep, [...(dependents.get(dep) ?? []), spec.id]);
  }
  const depths = new Map<string, number>();
  const depthOf = (id: string, path: readonly string[]): number => {
    const known = depths.get(id);
    if (known !== undefined) return known;
    if (path.includes(id)) throw new Error(`Datasets depend on each other in a cycle: ${[...path, id].join(' → ')}`);
    const depth = Math.max(-1, ...(dependents.get(id) ?? []).map((d) => depthOf(d, [...path, id]))) + 1;
    depths.set(id, depth);
    return depth;
  };
  for (const id of registry.keys()) depthOf(id, []);
  return depths;
}

/**
 * Queue priority of a dataset's requests. When requests outnumber the concurrency, the ones that
 * others wait for go first (the longest remaining chain first): a listing before the per-item
 * reads of what it lists, and a dataset that other datasets depend on before a final one. Without
 * this, a continuation page, or the reads a dependent dataset can only start afterwards, may wait
 * behind thousands of independent per-item reads and stretch the end of the scan.
 */
export function priorityOf(dependentDepth: number, kind: 'listing' | 'call'): number {
  return 2 * dependentDepth + (kind === 'listing' ? 1 : 0);
}

const PER_ITEM_WINDOW_MIN = 64;

/**
 * `read` of every item, at most `window` at a time; the results in the order of the items. The
 * first rejection rejects the whole, and no further item is started.
 */
function inWindow<I, R>(items: readonly I[], window: number, read: (item: I) => Promise<R>): Promise<R[]> {
  const limit = pLimit(window);
  return Promise.all(
    items.map((item) =>
      limit(async () => {
        try {
          return await read(item);
        } catch (err) {
          // The whole has failed: the items still waiting are never started.
          limit.clearQueue();
          throw err;
        }
      }),
    ),
  );
}

/** Loads datasets through the data layer, each (dataset, region) at most once per scan. */
export class DatasetLoader {
  private readonly memo = new Map<string, Promise<unknown>>();
  private readonly remarks = new Set<string>();
  private readonly depths: Map<string, number>;

  constructor(
    private readonly registry: ReadonlyMap<string, AnyDataset>,
    private readonly aws: AwsData,
    private readonly scope: Omit<Scoped, 'region'>,
  ) {
    this.depths = dependentDepths(registry);
  }

  load<K extends DatasetId>(id: K, region: string): Promise<DatasetTypes[K]> {
    const spec = this.registry.get(id) as DatasetSpec<K> | undefined;
    if (!spec) throw new Error(`Unknown dataset ${id}`);
    const effectiveRegion = spec.scope === 'global' ? this.scope.homeRegion : region;
    const key = `${id}@${effectiveRegion}`;
    let pending = this.memo.get(key) as Promise<DatasetTypes[K]> | undefined;
    if (!pending) {
      pending = spec.fetch(this.context(spec, effectiveRegion));
      // A rejection is read by whichever check awaits it; keep Node from calling it unhandled meanwhile.
      pending.catch(() => undefined);
      this.memo.set(key, pending);
    }
    return pending;
  }

  /** The remarks datasets made for the report, in the order made. */
  notes(): string[] {
    return [...this.remarks];
  }

  /**
   * Items of one per-item read in progress at once. Enough to keep every slot busy whatever else
   * runs; not all at once, because each waiting read holds its request and its continuations
   * (11,500 of them queued at once at 20,000 resources, a bucket's ten reads each).
   */
  private perItemWindow(): number {
    return Math.max(PER_ITEM_WINDOW_MIN, 4 * this.aws.concurrency);
  }

  private context<K extends DatasetId>(spec: DatasetSpec<K>, region: string): FetchContext {
    const allowed = new Set<string>(spec.operations);
    const depth = this.depths.get(spec.id) ?? 0;
    const listing: Scheduling = { priority: priorityOf(depth, 'listing') };
    const single: Scheduling = { priority: priorityOf(depth, 'call') };
    const request = (op: OperationId, input: Record<string, unknown> | undefined, opRegion: string | undefined) => {
      if (!allowed.has(op)) throw new Error(`Dataset ${spec.id} calls ${op} without declaring it`);
      const [service, operation] = splitOperationId(op);
      const where = isGlobalService(service) ? globalEndpointRegion(this.scope.account.partition) : (opRegion ?? region);
      return { service, operation, region: where, input: input ?? {} };
    };
    return {
      ...this.scope,
      region,
      call: async <O>(op: OperationId, input?: Record<string, unknown>, options: CallOptions & { region?: string } = {}) =>
        (await this.aws.call(request(op, input, options.region), options, single)) as O | undefined,
      list: <T>(op: OperationId, input: Record<string, unknown>, key: string, options: { region?: string } = {}) =>
        this.aws.list<T>(request(op, input, options.region), key, listing),
      pages: async <O>(op: OperationId, input?: Record<string, unknown>, options: { region?: string } = {}) =>
        (await this.aws.pages(request(op, input, options.region), listing)) as O[],
      get: <D extends DatasetId>(id: D, depRegion?: string) => {
        if (!spec.deps?.includes(id)) throw new Error(`Dataset ${spec.id} reads ${id} without declaring it`);
        return this.load(id, depRegion ?? region);
      },
      perItem: async <I, R>(items: readonly I[], read: (item: I) => Promise<R>, goneCodes: readonly string[] = []) => {
        const readOne = async (item: I): Promise<{ item: I; result: Fetched<R> } | undefined> => {
          try {
            return { item, result: { ok: true, value: await read(item) } };
          } catch (err) {
            if (!(err instanceof AwsCallError)) throw err;
            if (goneCodes.includes(err.info.code)) return undefined;
            return { item, result: { ok: false, error: err.info } };
          }
        };
        const settled = await inWindow(items, this.perItemWindow(), readOne);
        return settled.filter((entry) => entry !== undefined);
      },
      forget: (op, input, opRegion) => this.aws.forget(request(op, input, opRegion)),
      note: (text) => void this.remarks.add(text),
    };
  }
}

/** Every operation a set of datasets can call, their declared dependencies included. */
export function operationsOf(registry: ReadonlyMap<string, AnyDataset>, ids: Iterable<DatasetId>): OperationId[] {
  const seen = new Set<string>();
  const ops = new Set<OperationId>();
  const visit = (id: DatasetId) => {
    if (seen.has(id)) return;
    seen.add(id);
    const spec = registry.get(id);
    if (!spec) throw new Error(`Unknown dataset ${id}`);
    spec.operations.forEach((op) => ops.add(op));
    spec.deps?.forEach(visit);
  };
  for (const id of ids) visit(id);
  return [...ops].sort();
}
