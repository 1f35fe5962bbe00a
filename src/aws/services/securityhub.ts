import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-securityhub',
  clientClass: 'SecurityHubClient',
  iamPrefix: 'securityhub',
  endpointEnvName: 'SECURITYHUB',
  // Security Hub API reference (Welcome): GetFindings 3 requests per second (burst 6), every other
  // operation 10 per second (burst 30), per account and Region. A scan sends three per region.
  limit: { concurrency: 2, scope: 'region' },
  operations: {
    DescribeHub: {},
    DescribeSecurityHubV2: {},
    GetEnabledStandards: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
