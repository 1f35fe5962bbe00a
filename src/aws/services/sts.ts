import { type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-sts',
  clientClass: 'STSClient',
  iamPrefix: 'sts',
  endpointEnvName: 'STS',
  limit: { concurrency: 4, scope: 'region' },
  operations: { GetCallerIdentity: {} },
} as const satisfies ServiceSpec;
