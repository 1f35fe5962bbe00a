import { MARKER, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-redshift',
  clientClass: 'RedshiftClient',
  iamPrefix: 'redshift',
  endpointEnvName: 'REDSHIFT',
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    DescribeClusterParameters: { paging: MARKER },
    DescribeClusterSubnetGroups: { paging: MARKER },
    DescribeClusters: { paging: MARKER },
    DescribeLoggingStatus: {},
  },
} as const satisfies ServiceSpec;
