import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-dax',
  clientClass: 'DAXClient',
  iamPrefix: 'dax',
  endpointEnvName: 'DAX',
  // AWS publishes no request rate for DescribeClusters; the scan sends one paged listing per Region.
  limit: { concurrency: 2, scope: 'region' },
  operations: {
    DescribeClusters: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
