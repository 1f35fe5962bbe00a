import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-s3-control',
  clientClass: 'S3ControlClient',
  iamPrefix: 's3',
  endpointEnvName: 'S3_CONTROL',
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    GetPublicAccessBlock: { iamAction: 's3:GetAccountPublicAccessBlock' },
    ListAccessPoints: { paging: NEXT_TOKEN },
    GetAccessPoint: {},
    ListMultiRegionAccessPoints: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
