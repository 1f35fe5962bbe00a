import { NEXT_MARKER, NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-efs',
  clientClass: 'EFSClient',
  iamPrefix: 'elasticfilesystem',
  endpointEnvName: 'EFS',
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    DescribeAccessPoints: { paging: NEXT_TOKEN },
    DescribeBackupPolicy: {},
    DescribeFileSystemPolicy: {},
    DescribeFileSystems: { paging: NEXT_MARKER },
    DescribeMountTargets: { paging: NEXT_MARKER },
  },
} as const satisfies ServiceSpec;
