import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-shield',
  clientClass: 'ShieldClient',
  iamPrefix: 'shield',
  endpointEnvName: 'SHIELD',
  endpoints: 'global',
  limit: { concurrency: 2, scope: 'account' },
  operations: {
    GetSubscriptionState: {},
    ListProtections: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
