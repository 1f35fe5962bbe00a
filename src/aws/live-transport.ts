// The retry and timeout policy of every connection to AWS, in one place: the scan's transport and the
// STS client that assumes roles are both built here.

import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
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
  });
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
