import { MARKER, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-redshift',
  clientClass: 'RedshiftClient',
  iamPrefix: 'redshift',
  endpointEnvName: 'REDSHIFT',
  // Redshift throttles its API per account and Region without publishing the rates (the
  // management guide's quotas page lists resource counts only); a scan sends one listing per
  // Region, one DescribeLoggingStatus per cluster and one DescribeClusterParameters per distinct
  // parameter group.
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    // Every listing pages with Marker in and Marker out (100 records a page at most).
    DescribeClusterParameters: { paging: MARKER },
    DescribeClusterSubnetGroups: { paging: MARKER },
    DescribeClusters: { paging: MARKER },
    DescribeLoggingStatus: {},
  },
} as const satisfies ServiceSpec;
