import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-apigatewayv2',
  clientClass: 'ApiGatewayV2Client',
  iamPrefix: 'apigateway',
  endpointEnvName: 'APIGATEWAYV2',
  // The same account-wide GET budget as REST APIs.
  limit: { concurrency: 2, scope: 'region', bucket: { capacity: 20, refillPerSecond: 5, per: 'service' } },
  operations: {
    GetApis: { paging: NEXT_TOKEN, iamAction: 'apigateway:GET' },
    GetDomainNames: { paging: NEXT_TOKEN, iamAction: 'apigateway:GET' },
    GetIntegrations: { paging: NEXT_TOKEN, iamAction: 'apigateway:GET' },
    GetRoutes: { paging: NEXT_TOKEN, iamAction: 'apigateway:GET' },
    GetStages: { paging: NEXT_TOKEN, iamAction: 'apigateway:GET' },
  },
} as const satisfies ServiceSpec;
