// The way into one member account: the scanning role assumed from the caller's credentials, and a
// transport signed with it.

import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { AwsService } from '../aws/catalogue.js';
import type { Transport } from '../aws/transport.js';
import { assumedRoleCredentials, assumeRoleFailure, callerCredentials, roleArn } from './assume-role.js';
import type { OrgAccount } from './model.js';
import type { TransportFactory } from './transports.js';

export interface RoleAccess {
  /** The caller's credentials, which each AssumeRole is signed with. */
  base: AwsCredentialIdentityProvider;
  partition: string;
  roleName: string;
  externalId?: string;
  /** One for the whole run (see sessionName). */
  session: string;
  homeRegion: string;
  endpointUrl?: string;
  /** Each service's endpoint from the environment and the caller's profile. */
  configuredEndpoints?: Partial<Record<AwsService, string>>;
  env: NodeJS.ProcessEnv;
  requestTimeoutMs: number;
  /** The account the run's credentials belong to: scanned with them, not through a role (CHECKS-3 §3.3 item 5). */
  callerId?: string;
}

/** A transport for the account; rejects with one line when the role cannot be assumed. */
export async function accountTransport(account: OrgAccount, access: RoleAccess): Promise<Transport> {
  const { liveTransport } = await import('../aws/live-transport.js');
  const where = {
    requestTimeoutMs: access.requestTimeoutMs,
    env: access.env,
    ...(access.endpointUrl ? { endpointUrl: access.endpointUrl } : {}),
    ...(access.configuredEndpoints ? { configuredEndpoints: access.configuredEndpoints } : {}),
  };
  // AWS creates no OrganizationAccountAccessRole in the management account: it is scanned as the caller.
  if (account.id === access.callerId) return liveTransport({ credentials: access.base, ...where });
  const arn = roleArn(access.partition, account.id, access.roleName);
  const credentials = await assumedRoleCredentials({
    base: access.base,
    roleArn: arn,
    sessionName: access.session,
    ...(access.externalId ? { externalId: access.externalId } : {}),
    region: access.homeRegion,
    ...(access.endpointUrl ? { endpointUrl: access.endpointUrl } : {}),
    ...(access.configuredEndpoints ? { configuredEndpoints: access.configuredEndpoints } : {}),
    env: access.env,
    requestTimeoutMs: access.requestTimeoutMs,
  });
  try {
    // Assumed once up front: a role that cannot be assumed is one clear error, not one per request.
    await credentials();
  } catch (err) {
    throw new Error(assumeRoleFailure(err, arn, access.externalId !== undefined));
  }
  return liveTransport({ credentials, ...where });
}

/**
 * RoleAccess as plain data, for a worker thread: the caller's profile instead of their credentials,
 * and the worker's own environment instead of a copy of it.
 */
export interface RoleAccessPlan extends Omit<RoleAccess, 'base' | 'env'> {
  profile?: string;
}

/** A worker's transports: the caller's credentials resolved again here, from the same profile and environment. */
export async function openRoleTransports(plan: RoleAccessPlan): Promise<TransportFactory> {
  const { profile, ...access } = plan;
  const base = await callerCredentials(profile);
  return { transportFor: (account) => accountTransport(account, { ...access, base, env: process.env }) };
}
