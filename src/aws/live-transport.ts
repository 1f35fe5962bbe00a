// The retry and timeout policy of every connection to AWS, in one place: the scan's transport and the
// STS client that assumes roles are both built here.

import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { CATALOGUE, type AwsService } from './catalogue.js';
import { SdkTransport } from './sdk-transport.js';

/**
 * Attempts per AWS call, the first included. The SDK's adaptive mode spaces them out and slows a
 * client down when it is throttled; six ride out a burst of throttling (docs/reliability.md).
 */
export const SCAN_MAX_ATTEMPTS = 6;
/** Attempts of one sts:AssumeRole: a role that cannot be assumed is said soon, and is rarely throttled. */
export const ASSUME_ROLE_MAX_ATTEMPTS = 3;
/** A connection is set up within this long, or abandoned (and retried): an unreachable endpoint fails fast. */
const CONNECTION_TIMEOUT_MS = 5_000;

export interface LiveTransportOptions {
  credentials: AwsCredentialIdentityProvider;
  /** Milliseconds a single HTTP attempt may take (--request-timeout). */
  requestTimeoutMs: number;
  env: NodeJS.ProcessEnv;
  /** --endpoint-url. */
  endpointUrl?: string;
  /** Each service's endpoint from the environment and the profile (configuredEndpoints). */
  configuredEndpoints?: Partial<Record<AwsService, string>>;
  /** Where the credentials come from, for error messages. */
  credentialSource?: string;
}

/** The transport of a scan of one account. */
export function liveTransport(options: LiveTransportOptions): SdkTransport {
  return new SdkTransport({
    credentials: options.credentials,
    maxAttempts: SCAN_MAX_ATTEMPTS,
    requestTimeoutMs: options.requestTimeoutMs,
    connectionTimeoutMs: connectionTimeout(options.requestTimeoutMs),
    env: options.env,
    ...(options.credentialSource ? { credentialSource: options.credentialSource } : {}),
    ...(options.endpointUrl ? { endpointUrl: options.endpointUrl } : {}),
    ...(options.configuredEndpoints ? { configuredEndpoints: options.configuredEndpoints } : {}),
  });
}

/** The shared config and credentials files as the SDK reads them: profiles (and `services.<name>` sections) by name. */
export interface SharedConfig {
  configFile: Record<string, Record<string, string | undefined> | undefined>;
  credentialsFile: Record<string, Record<string, string | undefined> | undefined>;
}

/**
 * Each service's custom endpoint, by the SDK's rules for a profile: AWS_ENDPOINT_URL_<SERVICE>, then
 * AWS_ENDPOINT_URL, then the profile's `services` section (`<service> = endpoint_url = ...`), then the
 * profile's `endpoint_url`; none at all when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS or the profile's
 * `ignore_configured_endpoint_urls` is true.
 */
export function configuredEndpoints(profileName: string, files: SharedConfig, env: NodeJS.ProcessEnv): Partial<Record<AwsService, string>> {
  const profile = { ...files.credentialsFile[profileName], ...files.configFile[profileName] };
  const yes = (value: string | undefined) => value?.trim().toLowerCase() === 'true';
  if (yes(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS) || yes(profile.ignore_configured_endpoint_urls)) return {};
  const section = profile.services ? files.configFile[`services.${profile.services}`] : undefined;
  const endpoints: Partial<Record<AwsService, string>> = {};
  for (const [service, entry] of Object.entries(CATALOGUE) as Array<[AwsService, (typeof CATALOGUE)[AwsService]]>) {
    const name = entry.endpointEnvName;
    const endpoint = env[`AWS_ENDPOINT_URL_${name}`] || env.AWS_ENDPOINT_URL || section?.[`${name.toLowerCase()}.endpoint_url`] || profile.endpoint_url;
    if (endpoint) endpoints[service] = endpoint;
  }
  return endpoints;
}

/** The configuration of the STS client that assumes a role: the same timeouts, fewer attempts. */
export function assumeRoleClientConfig(options: { region: string; requestTimeoutMs: number; endpoint?: string }): Record<string, unknown> {
  return {
    region: options.region,
    maxAttempts: ASSUME_ROLE_MAX_ATTEMPTS,
    requestHandler: { requestTimeout: options.requestTimeoutMs, connectionTimeout: connectionTimeout(options.requestTimeoutMs) },
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  };
}

function connectionTimeout(requestTimeoutMs: number): number {
  return Math.min(CONNECTION_TIMEOUT_MS, requestTimeoutMs);
}
