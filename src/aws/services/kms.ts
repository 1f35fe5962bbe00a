import { NEXT_MARKER, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-kms',
  clientClass: 'KMSClient',
  iamPrefix: 'kms',
  endpointEnvName: 'KMS',
  limit: { concurrency: 8, scope: 'region' },
  operations: {
    ListKeys: { paging: NEXT_MARKER },
    DescribeKey: {},
    GetKeyPolicy: {},
    GetKeyRotationStatus: {},
  },
} as const satisfies ServiceSpec;
