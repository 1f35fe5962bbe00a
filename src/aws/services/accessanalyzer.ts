import { NEXT_TOKEN_CAMEL, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-accessanalyzer',
  clientClass: 'AccessAnalyzerClient',
  iamPrefix: 'access-analyzer',
  endpointEnvName: 'ACCESSANALYZER',
  // Access Analyzer's read APIs allow a few requests per second per account and Region. A scan sends
  // two ListAnalyzers per region and one ListFindings listing per active external access analyzer.
  limit: { concurrency: 2, scope: 'region' },
  operations: {
    ListAnalyzers: { paging: NEXT_TOKEN_CAMEL },
    // ListFindings is the listing for external access analyzers and the one whose summaries say
    // `isPublic`; ListFindingsV2's summaries do not. Both are authorized by access-analyzer:ListFindings
    // (API reference of ListFindings and ListFindingsV2).
    ListFindings: { paging: NEXT_TOKEN_CAMEL },
    ListFindingsV2: { paging: NEXT_TOKEN_CAMEL, iamAction: 'access-analyzer:ListFindings' },
  },
} as const satisfies ServiceSpec;
