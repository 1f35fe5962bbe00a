import { type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-cloudtrail',
  clientClass: 'CloudTrailClient',
  iamPrefix: 'cloudtrail',
  endpointEnvName: 'CLOUDTRAIL',
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    DescribeTrails: {},
    GetTrailStatus: {},
    GetEventSelectors: {},
  },
} as const satisfies ServiceSpec;
