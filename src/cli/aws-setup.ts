// Everything that connects the CLI to a live account: credentials, the home region, the transport.
// Loaded only when a live scan runs, so that --help and replays stay fast.

import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { AwsService } from '../aws/catalogue.js';
import { configuredEndpoints, liveTransport, type SharedConfig } from '../aws/live-transport.js';
import type { SdkTransport } from '../aws/sdk-transport.js';
import { UsageError } from './errors.js';

export interface LiveOptions {
  profile?: string;
  endpointUrl?: string;
  env: NodeJS.ProcessEnv;
  requestTimeoutMs: number;
}

export interface LiveSetup {
  transport: SdkTransport;
  homeRegion: string;
  /** Where credentials come from, for error messages (never the credentials themselves). */
  credentialSource: string;
  /** Each service's endpoint as the environment and the profile configure it; undefined without a profile. */
  configuredEndpoints?: Partial<Record<AwsService, string>>;
}

export async function liveSetup(options: LiveOptions): Promise<LiveSetup> {
  const profile = options.profile ?? options.env.AWS_PROFILE;
  // As the AWS CLI does: a profile named but defined nowhere is a mistake, not a reason to try other credentials.
  const files = profile ? await sharedConfig(options.env) : undefined;
  if (profile && files && files.configFile[profile] === undefined && files.credentialsFile[profile] === undefined) {
    throw new UsageError(`The config profile (${profile}) could not be found`);
  }
  const endpoints = profile && files ? configuredEndpoints(profile, files, options.env) : undefined;
  const { fromNodeProviderChain } = await import('@aws-sdk/credential-providers');
  const chain = fromNodeProviderChain(profile ? { profile } : {});
  const credentials: AwsCredentialIdentityProvider = async (props) => {
    try {
      return await chain(props);
    } catch (err) {
      throw new UsageError(`No usable AWS credentials (${describeSource(profile, options.env)}): ${firstLine(err)}`);
    }
  };
  const homeRegion = await resolveHomeRegion(profile, options.env);
  const transport = liveTransport({
    credentials,
    requestTimeoutMs: options.requestTimeoutMs,
    env: options.env,
    ...(profile ? { credentialSource: `profile ${profile}` } : {}),
    ...(options.endpointUrl ? { endpointUrl: options.endpointUrl } : {}),
    ...(endpoints ? { configuredEndpoints: endpoints } : {}),
  });
  return { transport, homeRegion, credentialSource: describeSource(profile, options.env), ...(endpoints ? { configuredEndpoints: endpoints } : {}) };
}

/** The shared config and credentials files, at AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE when set. */
async function sharedConfig(env: NodeJS.ProcessEnv): Promise<SharedConfig> {
  const { loadSharedConfigFiles } = await import('@smithy/core/config');
  return (await loadSharedConfigFiles({
    ignoreCache: true,
    ...(env.AWS_SHARED_CREDENTIALS_FILE ? { filepath: env.AWS_SHARED_CREDENTIALS_FILE } : {}),
    ...(env.AWS_CONFIG_FILE ? { configFilepath: env.AWS_CONFIG_FILE } : {}),
  })) as unknown as SharedConfig;
}

function describeSource(profile: string | undefined, env: NodeJS.ProcessEnv): string {
  if (profile) return `profile ${profile}`;
  if (env.AWS_ACCESS_KEY_ID) return 'environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY';
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE) return 'web identity token file';
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return 'container credentials';
  return 'default credential chain: environment, shared config and credentials files, SSO, process, instance metadata';
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n', 1)[0] ?? '').replace(/\b(AKIA|ASIA)[A-Z0-9]{12,}\b/g, '$1****');
}

/**
 * The region for global services and account-wide calls: AWS_REGION, AWS_DEFAULT_REGION, the
 * profile's region, else us-east-1.
 */
async function resolveHomeRegion(profile: string | undefined, env: NodeJS.ProcessEnv): Promise<string> {
  const fromEnv = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (fromEnv) return fromEnv;
  try {
    // The SDK's own region chain reads the profile's region from the shared config file.
    const { STSClient } = await import('@aws-sdk/client-sts');
    const client = new STSClient(profile ? { profile } : {});
    const region = await client.config.region();
    client.destroy();
    if (region) return region;
  } catch {
    // No region configured anywhere: fall back to the default.
  }
  return 'us-east-1';
}
