import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-secrets-manager',
  clientClass: 'SecretsManagerClient',
  iamPrefix: 'secretsmanager',
  endpointEnvName: 'SECRETS_MANAGER',
  // ListSecrets and GetResourcePolicy: 50 requests per second per Region.
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    GetResourcePolicy: {},
    ListSecrets: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
