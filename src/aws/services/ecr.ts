import { NEXT_TOKEN_CAMEL, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-ecr',
  clientClass: 'ECRClient',
  iamPrefix: 'ecr',
  endpointEnvName: 'ECR',
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    DescribeRepositories: { paging: NEXT_TOKEN_CAMEL },
    GetLifecyclePolicy: {},
    GetRegistryScanningConfiguration: {},
    GetRepositoryPolicy: {},
  },
} as const satisfies ServiceSpec;
