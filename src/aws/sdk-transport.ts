import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { setMaxListeners } from 'node:events';
import type { ClientRequest } from 'node:http';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { CATALOGUE, type AwsService } from './catalogue.js';
import { redactCredentials, type AwsRequest } from './errors.js';
import { loadSdkModule } from './sdk-modules.js';
import type { InFlightSlot, Transport } from './transport.js';

export interface SdkTransportOptions {
  credentials: AwsCredentialIdentityProvider;
  /** Overrides every service's endpoint (the --endpoint-url option). */
  endpointUrl?: string;
  /**
   * The endpoint of each service as the environment and the profile configure it (configuredEndpoints
   * in live-transport.ts); when absent, only the environment's standard variables are looked at.
   */
  configuredEndpoints?: Partial<Record<AwsService, string>>;
  /** Attempts per call, first one included; the SDK's adaptive mode spaces them and slows the client when throttled. */
  maxAttempts: number;
  /** Milliseconds a single HTTP attempt may take before it is abandoned and retried. */
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
  /** Replaces the HTTP layer; tests and the benchmark use it to answer requests without a network. */
  requestHandler?: unknown;
  env?: NodeJS.ProcessEnv;
  /** Where the credentials come from (a profile, environment variables), for error messages; never the credentials. */
  credentialSource?: string;
  /**
   * Multiplies every wait of the retry layer: the backoff between attempts and the pacing of the
   * adaptive rate limiter. 1 (the default) is the SDK's own timing; tests shrink it so that a scan
   * under injected throttling takes seconds, with the same retry decisions.
   */
  retryDelayScale?: number;
}

interface SdkClient {
  send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<Record<string, unknown>>;
  destroy(): void;
  middlewareStack: { add(middleware: unknown, options: { step: string; priority: string; name: string }): void };
}
type SdkModule = Record<string, new (...args: unknown[]) => unknown>;

/**
 * The custom endpoint that applies to a service: --endpoint-url first, then the SDK's standard
 * variables. The SDK reads those variables itself; we look only to know whether S3 must switch
 * to path-style addressing and S3 Control must drop the account id from the host name.
 */
export function customEndpointFor(service: AwsService, opts: Pick<SdkTransportOptions, 'endpointUrl' | 'env' | 'configuredEndpoints'>): string | undefined {
  if (opts.endpointUrl) return opts.endpointUrl;
  if (opts.configuredEndpoints) return opts.configuredEndpoints[service];
  const env = opts.env ?? process.env;
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return undefined;
  return env[`AWS_ENDPOINT_URL_${CATALOGUE[service].endpointEnvName}`] || env.AWS_ENDPOINT_URL || undefined;
}

/** The SDK's credential feature flags (`$source`), as people name the sources. */
const SOURCE_NAMES: Readonly<Record<string, string>> = {
  CREDENTIALS_CODE: 'credentials given in code',
  CREDENTIALS_ENV_VARS: 'environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY',
  CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN: 'web identity token file (AWS_WEB_IDENTITY_TOKEN_FILE)',
  CREDENTIALS_PROFILE: 'a profile of the shared credentials or config file',
  CREDENTIALS_PROFILE_SOURCE_PROFILE: 'a profile that assumes a role (source_profile)',
  CREDENTIALS_PROFILE_NAMED_PROVIDER: 'a profile that assumes a role (credential_source)',
  CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN: 'a profile with web_identity_token_file',
  CREDENTIALS_PROFILE_SSO: 'a profile signed in with IAM Identity Center (SSO)',
  CREDENTIALS_PROFILE_SSO_LEGACY: 'a profile signed in with IAM Identity Center (SSO)',
  CREDENTIALS_SSO: 'IAM Identity Center (SSO)',
  CREDENTIALS_SSO_LEGACY: 'IAM Identity Center (SSO)',
  CREDENTIALS_PROFILE_PROCESS: 'a profile with credential_process',
  CREDENTIALS_PROCESS: 'credential_process',
  CREDENTIALS_PROFILE_LOGIN: 'a profile signed in with aws login',
  CREDENTIALS_LOGIN: 'aws login',
  CREDENTIALS_HTTP: 'the container credentials endpoint',
  CREDENTIALS_IMDS: 'the EC2 instance metadata service',
};

/**
 * Sends requests through the AWS SDK v3 clients: one client per (service, region), created on first use.
 *
 * Two duties beyond sending: every request can be abandoned at once (destroy, on --timeout), and no
 * error leaves with the credentials in it. AWS echoes the access key id in some error documents
 * (S3's SignatureDoesNotMatch and InvalidAccessKeyId) and the session token in the canonical request
 * of others; the errors are rebuilt from their code, status and a message scrubbed of every credential
 * value this transport has handed to the SDK.
 */
export class SdkTransport implements Transport {
  private readonly clients = new Map<string, Promise<SdkClient>>();
  private readonly modules = new Map<AwsService, Promise<SdkModule>>();
  private readonly aborter = new AbortController();
  private readonly secrets = new Set<string>();
  /** The in-flight slot of each command being sent, for the middleware that hands it back. */
  private readonly slots = new WeakMap<object, InFlightSlot>();
  /** SDK modules to load while the next request is answered (prepare). */
  private readonly toLoad: AwsService[] = [];
  private loading = false;
  /** The next request's sending, while something waits for it (whenSent). */
  private nextSent: { promise: Promise<void>; resolve: () => void } | undefined;
  private shared: Promise<Record<string, unknown>> | undefined;
  private readonly credentials: AwsCredentialIdentityProvider;
  private resolvedSource: string | undefined;

  constructor(private readonly options: SdkTransportOptions) {
    // Every request in flight listens on the one signal (and removes its listener when done); Node's
    // default cap of 10 would print a leak warning at any concurrency above 10.
    setMaxListeners(0, this.aborter.signal);
    this.credentials = async (props) => {
      const identity = await options.credentials(props);
      this.remember(identity);
      return identity;
    };
  }

  /** The credential source, as given, or as the SDK reported it once credentials were resolved. */
  get credentialSource(): string | undefined {
    return this.options.credentialSource ?? this.resolvedSource;
  }

  async send(req: AwsRequest, slot?: InFlightSlot): Promise<Record<string, unknown>> {
    if (this.aborter.signal.aborted) throw abandoned();
    const [client, mod] = await Promise.all([this.client(req.service, req.region), this.module(req.service)]);
    const Command = mod[`${req.operation}Command`];
    if (!Command) throw new Error(`The SDK module for ${req.service} has no ${req.operation}Command`);
    const command = new Command(req.input) as object;
    if (slot) this.slots.set(command, slot);
    let output: Record<string, unknown>;
    try {
      output = await client.send(command, { abortSignal: this.aborter.signal });
    } catch (err) {
      throw this.scrubbed(err);
    }
    const { $metadata: _metadata, ...rest } = output;
    return rest;
  }

  /**
   * Loads the SDK modules of these services once the next request has been sent, one per turn of the
   * event loop: the loading then overlaps that request's wait for AWS instead of delaying its sending.
   */
  prepare(services: readonly AwsService[]): void {
    for (const service of services) if (!this.modules.has(service) && !this.toLoad.includes(service)) this.toLoad.push(service);
    if (this.toLoad.length > 0) void this.whenSent().then(() => this.loadPrepared());
  }

  /**
   * Resolves once the next request has been written out. Evaluating a module blocks the event loop
   * (EC2's for about 0.3 s), and a request handed to node's HTTP client still needs the loop to
   * connect and write it: work started as soon as the SDK hands a request over holds it back for as
   * long. Node's HTTP client announces each request it starts (node:diagnostics_channel), whose
   * `finish` says it is written. With a handler of the options' own (tests, the benchmark), handing
   * the request over is sending it.
   */
  whenSent(): Promise<void> {
    if (this.nextSent) return this.nextSent.promise;
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    this.nextSent = { promise, resolve };
    if (this.options.requestHandler === undefined) {
      const started = (message: unknown) => {
        unsubscribe(HTTP_REQUEST_START, started);
        const { request } = message as { request: ClientRequest };
        let done = false;
        const written = () => {
          if (done) return;
          done = true;
          this.markSent();
        };
        request.once('finish', written);
        // A request that fails before it is written out (refused, reset) frees the waiting work too.
        request.once('close', written);
      };
      subscribe(HTTP_REQUEST_START, started);
    }
    return promise;
  }

  private markSent(): void {
    const next = this.nextSent;
    this.nextSent = undefined;
    next?.resolve();
  }

  /** A request has gone to the HTTP layer. */
  private sent(): void {
    if (this.options.requestHandler !== undefined) this.markSent();
  }

  /** Loads what `prepare` asked for, one module per turn of the event loop. */
  private loadPrepared(): void {
    if (this.loading || this.toLoad.length === 0) return;
    this.loading = true;
    const loadNext = () => {
      const service = this.toLoad.shift();
      if (!service || this.aborter.signal.aborted) {
        this.loading = false;
        return;
      }
      // A module that fails to load fails the first request that needs it, with the same error.
      this.module(service).catch(() => undefined);
      setImmediate(loadNext);
    };
    setImmediate(loadNext);
  }

  /** Abandons every request in flight and refuses new ones, then closes the connections. */
  destroy(): void {
    this.aborter.abort();
    for (const client of this.clients.values()) void client.then((c) => c.destroy()).catch(() => undefined);
    this.clients.clear();
  }

  /** Text with every credential value this transport has seen replaced by a mask. */
  scrub(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join(mask(secret));
    return redactCredentials(out);
  }

  private remember(identity: AwsCredentialIdentity): void {
    for (const value of [identity.accessKeyId, identity.secretAccessKey, identity.sessionToken]) {
      // Too short to be a real credential, and masking it would garble ordinary words.
      if (typeof value === 'string' && value.length >= 8) this.secrets.add(value);
    }
    const flags = Object.keys((identity as { $source?: Record<string, unknown> }).$source ?? {});
    const named = flags.map((flag) => SOURCE_NAMES[flag]).filter((name): name is string => !!name);
    // The last flag set is the outermost provider (a role assumed from a profile, say).
    if (named.length > 0) this.resolvedSource = named[named.length - 1];
  }

  /**
   * The error as the layers above read it (name, code, HTTP status, message) and nothing else: the
   * SDK's error also carries the parsed error document and the raw response, where AWS may have put
   * the access key id or the string that was signed.
   */
  private scrubbed(err: unknown): unknown {
    if (!err || typeof err !== 'object') return err;
    const e = err as { name?: unknown; message?: unknown; code?: unknown; Code?: unknown; $metadata?: { httpStatusCode?: number }; $response?: { statusCode?: number } };
    const safe = new Error(this.scrub(typeof e.message === 'string' ? e.message : '')) as Error & Record<string, unknown>;
    if (typeof e.name === 'string') safe.name = e.name;
    if (typeof e.code === 'string') safe.code = this.scrub(e.code);
    if (typeof e.Code === 'string') safe.Code = this.scrub(e.Code);
    const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
    safe.$metadata = status === undefined ? {} : { httpStatusCode: status };
    return safe;
  }

  private module(service: AwsService): Promise<SdkModule> {
    let mod = this.modules.get(service);
    if (!mod) {
      // Loaded on first use only, so that a scan loads the clients of the services it calls; a
      // module that fails to load rejects here, as import() would.
      mod = loadSdkModule(CATALOGUE[service].sdkModule) as Promise<SdkModule>;
      this.modules.set(service, mod);
    }
    return mod;
  }

  private client(service: AwsService, region: string): Promise<SdkClient> {
    const key = `${service}@${region}`;
    let client = this.clients.get(key);
    if (!client) {
      client = this.createClient(service, region);
      this.clients.set(key, client);
    }
    return client;
  }

  /**
   * The settings every SDK client reads from the environment and the shared config file the same
   * way: FIPS and dual-stack endpoints, the user agent's application id, the preferred auth schemes.
   * Left to itself, each client builds its own provider chain for each of them and resolves it on its
   * first request, and a chain that finds nothing (the usual case) throws and catches an error at
   * each link, for each of the 500 or so clients (services × Regions) of a full scan. The SDK's own
   * loaders, created once here and shared by every client, read the same sources and give the same
   * values (about 0.1 ms less per client: docs/performance.md).
   */
  private sharedSettings(): Promise<Record<string, unknown>> {
    this.shared ??= (async () => {
      type Loader = (options: unknown, configuration?: unknown) => () => Promise<unknown>;
      const [config, client, auth] = (await Promise.all([
        loadSdkModule('@smithy/core/config'),
        loadSdkModule('@aws-sdk/core/client'),
        loadSdkModule('@aws-sdk/core/httpAuthSchemes'),
      ])) as [{ loadConfig: Loader; NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: unknown; NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: unknown }, { NODE_APP_ID_CONFIG_OPTIONS: unknown }, { NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: unknown }];
      return {
        useFipsEndpoint: config.loadConfig(config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, {}),
        useDualstackEndpoint: config.loadConfig(config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, {}),
        userAgentAppId: config.loadConfig(client.NODE_APP_ID_CONFIG_OPTIONS, {}),
        authSchemePreference: config.loadConfig(auth.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, {}),
      };
    })();
    return this.shared;
  }

  private async createClient(service: AwsService, region: string): Promise<SdkClient> {
    const [mod, shared] = await Promise.all([this.module(service), this.sharedSettings()]);
    const ClientClass = mod[CATALOGUE[service].clientClass];
    if (!ClientClass) throw new Error(`The SDK module for ${service} has no ${CATALOGUE[service].clientClass}`);
    const custom = customEndpointFor(service, this.options);
    const config: Record<string, unknown> = {
      ...shared,
      region,
      credentials: this.credentials,
      retryMode: 'adaptive',
      maxAttempts: this.options.maxAttempts,
      requestHandler: this.options.requestHandler ?? {
        requestTimeout: this.options.requestTimeoutMs,
        // Without it the SDK only logs a warning when requestTimeout passes and keeps waiting, so an
        // endpoint that accepts a request and never answers would hold the scan until --timeout.
        throwOnRequestTimeout: true,
        socketTimeout: this.options.requestTimeoutMs,
        connectionTimeout: this.options.connectionTimeoutMs,
      },
    };
    const scale = this.options.retryDelayScale ?? 1;
    if (scale !== 1) config.retryStrategy = await scaledRetryStrategy(this.options.maxAttempts, scale);
    // Given to the client, not left to the SDK: the SDK reads a profile's endpoint only when the
    // profile comes from AWS_PROFILE, never from the client's own profile (--profile).
    if (custom) config.endpoint = custom;
    if (custom && service === 's3') config.forcePathStyle = true;
    if (service === 's3') config.followRegionRedirects = true;
    // The SQS client sends a request naming a QueueUrl to that URL's host unless told otherwise,
    // ignoring an endpoint given by AWS_ENDPOINT_URL(_SQS): an AWS-compatible endpoint answering with
    // AWS-style queue URLs would see the scan's signed requests go to AWS instead. Requests go only
    // where the scan was pointed, never to a host read from an answer.
    if (service === 'sqs') config.useQueueUrlAsEndpoint = false;
    if (custom && service === 's3control') {
      // S3 Control's endpoint rules put the account id in front of the host name
      // (123456789012.s3-control...). A custom endpoint such as http://localhost:4566 has no such
      // host, so requests go to the endpoint as given; the account id still travels in the
      // x-amz-account-id header.
      const url = new URL(custom);
      config.endpointProvider = () => ({ url });
    }
    const client = new ClientClass(config) as SdkClient;
    client.middlewareStack.add(inFlightMiddleware(this.slots, () => this.sent()), IN_FLIGHT_MIDDLEWARE);
    return client;
  }
}

/** Node's HTTP client publishes each request it starts here (node:diagnostics_channel). */
const HTTP_REQUEST_START = 'http.client.request.start';

/**
 * Innermost of the deserialize step, so it wraps the HTTP exchange of each attempt and nothing else:
 * the answer reaches it before the SDK reads and parses the body, and the request has been built
 * and signed before it. (The retry middleware, in the finalizeRequest step, calls it again for each
 * attempt.)
 */
const IN_FLIGHT_MIDDLEWARE = { step: 'deserialize', priority: 'low', name: 'awsPostureInFlightSlot' };

interface HandlerContext {
  __smithy_context?: { commandInstance?: object };
}

/**
 * Hands a request's in-flight slot back when AWS answers with success, so that the next request can
 * be sent while this answer is parsed. An error answer keeps the slot until the command settles: it
 * may be throttling, and the service's share of the slots must not grow while the SDK backs off and
 * retries. Before each further attempt the slot is taken again; the attempt was signed before it
 * waits for one, which AWS accepts for minutes, far longer than a slot takes to free.
 */
function inFlightMiddleware(slots: WeakMap<object, InFlightSlot>, sent: () => void) {
  return (next: (args: unknown) => Promise<{ response?: { statusCode?: number } }>, context: HandlerContext) =>
    async (args: unknown) => {
      const command = context.__smithy_context?.commandInstance;
      const slot = command ? slots.get(command) : undefined;
      if (slot) await slot.acquire();
      const answered = next(args);
      sent();
      const result = await answered;
      const status = result.response?.statusCode;
      if (slot && status !== undefined && status >= 200 && status < 300) slot.release();
      return result;
    };
}

function mask(secret: string): string {
  return /^(AKIA|ASIA)/.test(secret) ? `${secret.slice(0, 4)}****` : '****';
}

function abandoned(): Error {
  const err = new Error('The request was abandoned: the scan was stopped');
  err.name = 'AbortError';
  return err;
}

interface BackoffStrategy {
  computeNextBackoffDelay(attempt: number): number;
  setDelayBase(delay: number): void;
}

/**
 * The SDK's adaptive strategy (same attempts, same retry decisions, same retry quota) with every
 * wait multiplied by `scale`: the exponential backoff with full jitter, and the slowest pace the
 * rate limiter may fall to after throttling.
 */
async function scaledRetryStrategy(maxAttempts: number, scale: number): Promise<unknown> {
  const { AdaptiveRetryStrategy, DefaultRateLimiter, MAXIMUM_RETRY_DELAY } = await import('@smithy/core/retry');
  let base = 50;
  const backoff: BackoffStrategy = {
    setDelayBase: (delay) => {
      base = delay;
    },
    computeNextBackoffDelay: (attempt) => Math.floor(Math.random() * Math.min(base * 2 ** attempt, MAXIMUM_RETRY_DELAY) * scale),
  };
  const rateLimiter = new DefaultRateLimiter({ minFillRate: 0.5 / scale });
  return new AdaptiveRetryStrategy(maxAttempts, { rateLimiter, backoff });
}
