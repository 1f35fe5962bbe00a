import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-dynamodb',
  clientClass: 'DynamoDBClient',
  iamPrefix: 'dynamodb',
  endpointEnvName: 'DYNAMODB',
  // Control-plane reads (DescribeTable, ListTables) allow a few thousand requests per second; the
  // scan keeps to a modest share.
  limit: { concurrency: 8, scope: 'region' },
  operations: {
    DescribeContinuousBackups: {},
    DescribeTable: {},
    ListTables: { paging: { inputToken: 'ExclusiveStartTableName', outputToken: 'LastEvaluatedTableName' } },
    ListTagsOfResource: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
