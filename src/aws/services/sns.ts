import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-sns',
  clientClass: 'SNSClient',
  iamPrefix: 'sns',
  endpointEnvName: 'SNS',
  // ListTopics and ListSubscriptionsByTopic: 30 transactions per second per account and Region.
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    GetTopicAttributes: {},
    ListSubscriptionsByTopic: { paging: NEXT_TOKEN },
    ListTopics: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
