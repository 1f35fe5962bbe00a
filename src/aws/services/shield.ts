import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-shield',
  clientClass: 'ShieldClient',
  iamPrefix: 'shield',
  endpointEnvName: 'SHIELD',
  // Shield Advanced's API is served from us-east-1 only; it publishes no read rate.
  endpoints: 'global',
  limit: { concurrency: 2, scope: 'account' },
  operations: {
    // Only where GetSubscriptionState is not offered (some AWS-compatible endpoints).
    DescribeSubscription: {},
    GetSubscriptionState: {},
    ListProtections: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
