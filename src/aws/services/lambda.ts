import { NEXT_MARKER, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-lambda',
  clientClass: 'LambdaClient',
  iamPrefix: 'lambda',
  endpointEnvName: 'LAMBDA',
  // Lambda's control plane allows 15 read requests per second per Region for most Get/List calls.
  limit: { concurrency: 4, scope: 'region', bucket: { capacity: 10, refillPerSecond: 7, per: 'service' } },
  operations: {
    GetPolicy: {},
    ListFunctionUrlConfigs: { paging: NEXT_MARKER },
    ListFunctions: { paging: NEXT_MARKER },
  },
} as const satisfies ServiceSpec;
