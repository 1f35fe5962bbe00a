import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-securityhub',
  clientClass: 'SecurityHubClient',
  iamPrefix: 'securityhub',
  endpointEnvName: 'SECURITYHUB',
  limit: { concurrency: 2, scope: 'region' },
  operations: {
    DescribeHub: {},
    DescribeSecurityHubV2: {},
    GetEnabledStandards: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
