import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { CATALOGUE, type AwsService } from './catalogue.js';
import type { AwsRequest } from './errors.js';
import type { Transport } from './transport.js';

export interface SdkTransportOptions {
  credentials: AwsCredentialIdentityProvider;
  /** Overrides every service's endpoint (the --endpoint-url option). */
  endpointUrl?: string;
  /** Attempts per call, first one included; the SDK's adaptive mode spaces them and slows the client when throttled. */
  maxAttempts: number;
  /** Milliseconds a single HTTP attempt may take before it is abandoned and retried. */
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
  /** Replaces the HTTP layer; tests and the benchmark use it to answer requests without a network. */
  requestHandler?: unknown;
  env?: NodeJS.ProcessEnv;
}

interface SdkClient {
  send(command: unknown): Promise<Record<string, unknown>>;
  destroy(): void;
}
type SdkModule = Record<string, new (...args: unknown[]) => unknown>;

/**
 * The custom endpoint that applies to a service: --endpoint-url first, then the SDK's standard
 * variables. The SDK reads those variables itself; we look only to know whether S3 must switch
 * to path-style addressing and S3 Control must drop the account id from the host name.
 */
export function customEndpointFor(service: AwsService, opts: Pick<SdkTransportOptions, 'endpointUrl' | 'env'>): string | undefined {
  if (opts.endpointUrl) return opts.endpointUrl;
  const env = opts.env ?? process.env;
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return undefined;
  return env[`AWS_ENDPOINT_URL_${CATALOGUE[service].endpointEnvName}`] || env.AWS_ENDPOINT_URL || undefined;
}

/** Sends requests through the AWS SDK v3 clients: one client per (service, region), created on first use. */
export class SdkTransport implements Transport {
  private readonly clients = new Map<string, Promise<SdkClient>>();
  private readonly modules = new Map<AwsService, Promise<SdkModule>>();

  constructor(private readonly options: SdkTransportOptions) {}

  async send(req: AwsRequest): Promise<Record<string, unknown>> {
    const [client, mod] = await Promise.all([this.client(req.service, req.region), this.module(req.service)]);
    const Command = mod[`${req.operation}Command`];
    if (!Command) throw new Error(`The SDK module for ${req.service} has no ${req.operation}Command`);
    const output = await client.send(new Command(req.input));
    const { $metadata: _metadata, ...rest } = output;
    return rest;
  }

  destroy(): void {
    for (const client of this.clients.values()) void client.then((c) => c.destroy()).catch(() => undefined);
    this.clients.clear();
  }

  private module(service: AwsService): Promise<SdkModule> {
    let mod = this.modules.get(service);
    if (!mod) {
      mod = import(CATALOGUE[service].sdkModule) as Promise<SdkModule>;
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

  private async createClient(service: AwsService, region: string): Promise<SdkClient> {
    const mod = await this.module(service);
    const ClientClass = mod[CATALOGUE[service].clientClass];
    if (!ClientClass) throw new Error(`The SDK module for ${service} has no ${CATALOGUE[service].clientClass}`);
    const custom = customEndpointFor(service, this.options);
    const config: Record<string, unknown> = {
      region,
      credentials: this.options.credentials,
      retryMode: 'adaptive',
      maxAttempts: this.options.maxAttempts,
      requestHandler: this.options.requestHandler ?? {
        requestTimeout: this.options.requestTimeoutMs,
        connectionTimeout: this.options.connectionTimeoutMs,
      },
    };
    if (this.options.endpointUrl) config.endpoint = this.options.endpointUrl;
    if (custom && service === 's3') config.forcePathStyle = true;
    if (service === 's3') config.followRegionRedirects = true;
    if (custom && service === 's3control') {
      // S3 Control's endpoint rules put the account id in front of the host name
      // (123456789012.s3-control...). A custom endpoint such as http://localhost:4566 has no such
      // host, so requests go to the endpoint as given; the account id still travels in the
      // x-amz-account-id header.
      const url = new URL(custom);
      config.endpointProvider = () => ({ url });
    }
    return new ClientClass(config) as SdkClient;
  }
}
