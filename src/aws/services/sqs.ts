import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-sqs',
  clientClass: 'SQSClient',
  iamPrefix: 'sqs',
  endpointEnvName: 'SQS',
  // The Amazon SQS quotas page publishes throughput for the message actions only ("nearly
  // unlimited" for standard queues), nothing for ListQueues or GetQueueAttributes: a few requests
  // at a time per Region, as for every service whose limits AWS does not publish.
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    // One request per queue, AttributeNames ['All']. No ReceiveMessage ever: it changes visibility.
    GetQueueAttributes: {},
    // Pages only when MaxResults is sent (1 to 1,000); without it SQS stops at 1,000 queues.
    ListQueues: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
