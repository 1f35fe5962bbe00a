import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-cloudwatch',
  clientClass: 'CloudWatchClient',
  iamPrefix: 'cloudwatch',
  endpointEnvName: 'CLOUDWATCH',
  // DescribeAlarms: 9 transactions per second per Region.
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    DescribeAlarms: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
