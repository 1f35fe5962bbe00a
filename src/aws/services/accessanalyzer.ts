import { NEXT_TOKEN_CAMEL, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-accessanalyzer',
  clientClass: 'AccessAnalyzerClient',
  iamPrefix: 'access-analyzer',
  endpointEnvName: 'ACCESSANALYZER',
  // Access Analyzer's read APIs allow a few requests per second per account and Region.
  limit: { concurrency: 2, scope: 'region' },
  operations: {
    ListAnalyzers: { paging: NEXT_TOKEN_CAMEL },
    ListFindingsV2: { paging: NEXT_TOKEN_CAMEL },
  },
} as const satisfies ServiceSpec;
