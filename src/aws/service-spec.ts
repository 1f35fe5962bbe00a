// What the catalogue says about one AWS service: its SDK client, how IAM names its actions, how
// hard it may be called, and each operation the scanner may send, with how to page it and what
// must never be kept of its answer.

export interface Paging {
  /** Input member that carries the continuation token. */
  inputToken: string;
  /**
   * Output member that carries the next token, as a dotted path for tokens nested in the answer
   * (CloudFront's `DistributionList.NextMarker`); absent or empty means the last page.
   */
  outputToken: string;
}

export interface OperationSpec {
  paging?: Paging;
  /** IAM action when it differs from `<iamPrefix>:<operation>`. */
  iamAction?: string;
  /**
   * Reduces an answer that carries secrets (environment variable values, stage variables, origin
   * headers, subscription endpoints) to the facts the checks need, before anything is cached,
   * recorded or logged. It must be idempotent: a replayed inventory holds the reduced answer and
   * goes through it again.
   */
  sanitize?: (output: Record<string, unknown>) => Record<string, unknown>;
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
  /**
   * Operations AWS throttles at a lower rate of their own (API Gateway's GetResources): each takes
   * its tokens from this bucket alone, in its own lane of the service's pool, instead of from `bucket`.
   */
  operationBuckets?: Readonly<Record<string, { capacity: number; refillPerSecond: number }>>;
}

export interface ServiceSpec {
  /** npm module of the SDK v3 client. */
  sdkModule: string;
  /** Exported client class of that module. */
  clientClass: string;
  iamPrefix: string;
  /** Name used by AWS_ENDPOINT_URL_<NAME>: the SDK's service id, upper case, spaces as underscores. */
  endpointEnvName: string;
  /**
   * `global`: one endpoint for every Region (CloudFront, Shield), always called in us-east-1 of the
   * partition; `regional`: called in each Region it is asked about.
   */
  endpoints?: 'global' | 'regional';
  limit: ServiceLimit;
  operations: Readonly<Record<string, OperationSpec>>;
}

export const NEXT_TOKEN: Paging = { inputToken: 'NextToken', outputToken: 'NextToken' };
export const NEXT_TOKEN_CAMEL: Paging = { inputToken: 'nextToken', outputToken: 'nextToken' };
export const MARKER: Paging = { inputToken: 'Marker', outputToken: 'Marker' };
export const NEXT_MARKER: Paging = { inputToken: 'Marker', outputToken: 'NextMarker' };

/** For a service whose limits AWS does not publish: a few requests at a time per Region. */
export const DEFAULT_SERVICE_LIMIT: ServiceLimit = { concurrency: 4, scope: 'region' };
