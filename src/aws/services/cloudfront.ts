import { type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-cloudfront',
  clientClass: 'CloudFrontClient',
  iamPrefix: 'cloudfront',
  endpointEnvName: 'CLOUDFRONT',
  endpoints: 'global',
  // One endpoint for the whole account; its read APIs are limited to a few requests per second.
  limit: { concurrency: 2, scope: 'account' },
  operations: {
    GetDistributionConfig: {},
    ListDistributions: { paging: { inputToken: 'Marker', outputToken: 'DistributionList.NextMarker' } },
  },
} as const satisfies ServiceSpec;
