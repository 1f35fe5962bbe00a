import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-secrets-manager',
  clientClass: 'SecretsManagerClient',
  iamPrefix: 'secretsmanager',
  endpointEnvName: 'SECRETS_MANAGER',
  // AWS Secrets Manager quotas: GetResourcePolicy shares 50 requests per second per Region with
  // the policy writes (not adjustable), ListSecrets 100 per second. Half of the smaller one, as for
  // EC2: the account's own automation draws from the same buckets.
  limit: { concurrency: 4, scope: 'region', bucket: { capacity: 25, refillPerSecond: 25, per: 'operation' } },
  // GetSecretValue and BatchGetSecretValue return secret values and are deliberately not here:
  // ListSecrets gives every date the checks read, and the data layer refuses what is not listed.
  operations: {
    GetResourcePolicy: {},
    // `NextToken` in and out; MaxResults 1 to 100.
    ListSecrets: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
