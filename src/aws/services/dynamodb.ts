import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-dynamodb',
  clientClass: 'DynamoDBClient',
  iamPrefix: 'dynamodb',
  endpointEnvName: 'DYNAMODB',
  // DynamoDB throttles control-plane requests (ListTables, DescribeTable, DescribeContinuousBackups,
  // ListTagsOfResource) at 2,500 per second per account and Region
  // (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-control-plane.html); the
  // scan keeps to a modest share of it.
  limit: { concurrency: 8, scope: 'region' },
  operations: {
    DescribeContinuousBackups: {},
    DescribeTable: {},
    ListTables: { paging: { inputToken: 'ExclusiveStartTableName', outputToken: 'LastEvaluatedTableName' } },
    ListTagsOfResource: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
