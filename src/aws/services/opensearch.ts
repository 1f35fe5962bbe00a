import { type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-opensearch',
  clientClass: 'OpenSearchClient',
  // The OpenSearch Service configuration API keeps the Elasticsearch Service's IAM prefix.
  iamPrefix: 'es',
  endpointEnvName: 'OPENSEARCH',
  // AWS publishes no request rate for the configuration API. A scan sends one ListDomainNames and
  // one DescribeDomains per five domains in each Region, so two at a time is plenty.
  limit: { concurrency: 2, scope: 'region' },
  operations: {
    // Both answer in one page: ListDomainNames lists every domain of both engines (without
    // EngineType), DescribeDomains takes at most five names per call.
    DescribeDomains: {},
    ListDomainNames: {},
  },
} as const satisfies ServiceSpec;
