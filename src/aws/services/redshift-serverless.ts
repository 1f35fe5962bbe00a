import { NEXT_TOKEN_CAMEL, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-redshift-serverless',
  clientClass: 'RedshiftServerlessClient',
  iamPrefix: 'redshift-serverless',
  endpointEnvName: 'REDSHIFT_SERVERLESS',
  // No published request rate; a scan sends two listings per Region.
  limit: { concurrency: 2, scope: 'region' },
  operations: {
    // nextToken in and out (the SDK's paginators), up to 100 items a page.
    ListNamespaces: { paging: NEXT_TOKEN_CAMEL },
    ListWorkgroups: { paging: NEXT_TOKEN_CAMEL },
  },
} as const satisfies ServiceSpec;
