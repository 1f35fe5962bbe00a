import { NEXT_TOKEN_CAMEL, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-cloudwatch-logs',
  clientClass: 'CloudWatchLogsClient',
  iamPrefix: 'logs',
  endpointEnvName: 'CLOUDWATCH_LOGS',
  // DescribeLogGroups and DescribeMetricFilters: 5 transactions per second per account and Region.
  limit: { concurrency: 2, scope: 'region', bucket: { capacity: 5, refillPerSecond: 2.5, per: 'operation' } },
  operations: {
    DescribeDeliveries: { paging: NEXT_TOKEN_CAMEL },
    DescribeDeliverySources: { paging: NEXT_TOKEN_CAMEL },
    DescribeLogGroups: { paging: NEXT_TOKEN_CAMEL },
    DescribeMetricFilters: { paging: NEXT_TOKEN_CAMEL },
  },
} as const satisfies ServiceSpec;
