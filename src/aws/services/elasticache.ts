import { MARKER, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-elasticache',
  clientClass: 'ElastiCacheClient',
  iamPrefix: 'elasticache',
  endpointEnvName: 'ELASTICACHE',
  // ElastiCache publishes no request rate for its Describe actions (only the
  // APICallRateForCustomerExceeded fault): a few requests at a time per Region. A scan sends two
  // listings per Region, 100 records a page.
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    // Query API: `Marker` in, `Marker` out; MaxRecords defaults to 100, its maximum.
    DescribeCacheClusters: { paging: MARKER },
    DescribeReplicationGroups: { paging: MARKER },
  },
} as const satisfies ServiceSpec;
