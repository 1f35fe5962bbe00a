import { MARKER, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-elasticache',
  clientClass: 'ElastiCacheClient',
  iamPrefix: 'elasticache',
  endpointEnvName: 'ELASTICACHE',
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    DescribeCacheClusters: { paging: MARKER },
    DescribeReplicationGroups: { paging: MARKER },
  },
} as const satisfies ServiceSpec;
