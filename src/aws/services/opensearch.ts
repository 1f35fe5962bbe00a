import { type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-opensearch',
  clientClass: 'OpenSearchClient',
  iamPrefix: 'es',
  endpointEnvName: 'OPENSEARCH',
  limit: { concurrency: 2, scope: 'region' },
  operations: {
    DescribeDomains: {},
    ListDomainNames: {},
  },
} as const satisfies ServiceSpec;
