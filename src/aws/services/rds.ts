import { MARKER, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-rds',
  clientClass: 'RDSClient',
  iamPrefix: 'rds',
  endpointEnvName: 'RDS',
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    DescribeDBClusterParameters: { paging: MARKER },
    DescribeDBClusterSnapshotAttributes: {},
    DescribeDBClusterSnapshots: { paging: MARKER },
    DescribeDBClusters: { paging: MARKER },
    DescribeDBInstances: { paging: MARKER },
    DescribeDBParameters: { paging: MARKER },
    DescribeDBProxies: { paging: MARKER },
    DescribeDBSnapshotAttributes: {},
    DescribeDBSnapshots: { paging: MARKER },
    DescribeDBSubnetGroups: { paging: MARKER },
    DescribeEventSubscriptions: { paging: MARKER },
  },
} as const satisfies ServiceSpec;
