import { NEXT_MARKER, NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-efs',
  clientClass: 'EFSClient',
  iamPrefix: 'elasticfilesystem',
  endpointEnvName: 'EFS',
  // AWS publishes no request rate for the EFS Describe operations (the EFS quotas page lists
  // resource quotas only); a few at a time per Region, as for other unpublished limits. The scan
  // sends one DescribeFileSystems listing and five reads per file system.
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    DescribeAccessPoints: { paging: NEXT_TOKEN },
    DescribeBackupPolicy: {},
    DescribeFileSystemPolicy: {},
    DescribeFileSystems: { paging: NEXT_MARKER },
    DescribeMountTargets: { paging: NEXT_MARKER },
  },
} as const satisfies ServiceSpec;
