// Credentials for each member account: STS AssumeRole of the scanning role, from the caller's own
// credentials. AssumeRole only issues temporary credentials; it changes nothing in either account.
// This is the one module of the organization scan that reaches the SDK's credential providers.

import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { AwsService } from '../aws/catalogue.js';
import { cleanMessage, errorCode } from '../aws/errors.js';
import { assumeRoleClientConfig } from '../aws/live-transport.js';
import { customEndpointFor } from '../aws/sdk-transport.js';

/** IAM role name, optionally with a path (`security/aws-posture-audit`). */
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
/** AssumeRole's ExternalId constraint. */
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
/** Credentials this close to expiry are replaced before use, so no request is signed with a dying key. */
const REFRESH_BEFORE_MS = 5 * 60_000;

export function isRoleName(name: string): boolean {
  return ROLE_NAME.test(name) && name.length <= 512;
}

export function isExternalId(value: string): boolean {
  return EXTERNAL_ID.test(value);
}

export function roleArn(partition: string, accountId: string, roleName: string): string {
  return `arn:${partition}:iam::${accountId}:role/${roleName}`;
}

/**
 * One session name for every account of a run, so that the run can be found in each account's
 * CloudTrail (`userIdentity.sessionContext` / `requestParameters.roleSessionName`).
 */
export function sessionName(at: Date): string {
  return `aws-posture-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
}

export interface AssumeRoleOptions {
  /** The caller's credentials, which AssumeRole is signed with. */
  base: AwsCredentialIdentityProvider;
  roleArn: string;
  sessionName: string;
  externalId?: string;
  /** STS region: the scan's home region, so that the regional STS endpoint of the partition answers. */
  region: string;
  endpointUrl?: string;
  /** Each service's endpoint from the environment and the caller's profile (see live-transport.ts). */
  configuredEndpoints?: Partial<Record<AwsService, string>>;
  env?: NodeJS.ProcessEnv;
  requestTimeoutMs: number;
}

/**
 * A credential provider for the role. Every SDK client of the account's transport shares it, so the
 * role is assumed once, and again only when the session is about to expire (a scan can outlast the
 * one-hour limit of a chained role session).
 */
export async function assumedRoleCredentials(options: AssumeRoleOptions): Promise<AwsCredentialIdentityProvider> {
  const { fromTemporaryCredentials } = await import('@aws-sdk/credential-providers');
  const endpoint = customEndpointFor('sts', {
    ...(options.endpointUrl ? { endpointUrl: options.endpointUrl } : {}),
    ...(options.env ? { env: options.env } : {}),
    ...(options.configuredEndpoints ? { configuredEndpoints: options.configuredEndpoints } : {}),
  });
  const provider = fromTemporaryCredentials({
    masterCredentials: options.base,
    params: {
      RoleArn: options.roleArn,
      RoleSessionName: options.sessionName,
      ...(options.externalId ? { ExternalId: options.externalId } : {}),
    },
    clientConfig: assumeRoleClientConfig({ region: options.region, requestTimeoutMs: options.requestTimeoutMs, ...(endpoint ? { endpoint } : {}) }),
  });
  return refreshing(() => provider());
}

/** The caller's own credentials, from --profile or the default chain. */
export async function callerCredentials(profile: string | undefined): Promise<AwsCredentialIdentityProvider> {
  const { fromNodeProviderChain } = await import('@aws-sdk/credential-providers');
  return refreshing(fromNodeProviderChain(profile ? { profile } : {}));
}

/** Shares one pending or valid identity between callers; fetches a new one near expiry or after a failure. */
export function refreshing(fetch: () => Promise<AwsCredentialIdentity>, now: () => number = Date.now): AwsCredentialIdentityProvider {
  let current: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  return () => {
    if (current && (!current.expiration || current.expiration.getTime() - REFRESH_BEFORE_MS > now())) return Promise.resolve(current);
    pending ??= fetch().then(
      (identity) => {
        current = identity;
        pending = undefined;
        return identity;
      },
      (err: unknown) => {
        pending = undefined;
        throw err;
      },
    );
    return pending;
  };
}

/** One line saying why the role could not be assumed, with what usually fixes it. */
export function assumeRoleFailure(err: unknown, arn: string, externalId: boolean): string {
  const code = errorCode(err);
  const raw = err instanceof Error ? err.message : String(err);
  const message = cleanMessage(raw || code);
  const detail = message === code ? code : `${code}: ${message}`;
  let hint = '';
  if (code === 'AccessDenied' || code === 'AccessDeniedException') {
    hint = ` (the role must exist in the account and its trust policy must allow the caller${externalId ? ' with this external id' : ''}; an SCP can also deny sts:AssumeRole)`;
  } else if (code === 'RegionDisabledException') {
    hint = ' (STS is not activated in this region for the account; set AWS_REGION to a region where it is)';
  }
  return `Could not assume role ${arn}: ${detail}${hint}`;
}
