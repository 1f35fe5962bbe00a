import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-sqs',
  clientClass: 'SQSClient',
  iamPrefix: 'sqs',
  endpointEnvName: 'SQS',
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    GetQueueAttributes: {},
    ListQueues: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
