import { NEXT_TOKEN_CAMEL, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-ecr',
  clientClass: 'ECRClient',
  iamPrefix: 'ecr',
  endpointEnvName: 'ECR',
  // The Amazon ECR service quotas page gives rates for the image push and pull actions only
  // (GetAuthorizationToken 200/s, BatchGetImage 2,000/s...), none for the configuration reads a
  // scan sends: a few requests at a time per Region, two per repository.
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    // `nextToken` in and out; maxResults 1 to 1,000 (100 when not sent).
    DescribeRepositories: { paging: NEXT_TOKEN_CAMEL },
    GetLifecyclePolicy: {},
    GetRegistryScanningConfiguration: {},
    GetRepositoryPolicy: {},
  },
} as const satisfies ServiceSpec;
