import { NEXT_TOKEN_CAMEL, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-redshift-serverless',
  clientClass: 'RedshiftServerlessClient',
  iamPrefix: 'redshift-serverless',
  endpointEnvName: 'REDSHIFT_SERVERLESS',
  limit: { concurrency: 2, scope: 'region' },
  operations: {
    ListNamespaces: { paging: NEXT_TOKEN_CAMEL },
    ListWorkgroups: { paging: NEXT_TOKEN_CAMEL },
  },
} as const satisfies ServiceSpec;
