import { type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-api-gateway',
  clientClass: 'APIGatewayClient',
  iamPrefix: 'apigateway',
  endpointEnvName: 'API_GATEWAY',
  // API Gateway's control plane throttles GET requests per account and Region at a few per second
  // (10 per second, bursts of 40, shared by every GET).
  limit: { concurrency: 2, scope: 'region', bucket: { capacity: 20, refillPerSecond: 5, per: 'service' } },
  operations: {
    GetAccount: { iamAction: 'apigateway:GET' },
    GetDomainNames: { paging: { inputToken: 'position', outputToken: 'position' }, iamAction: 'apigateway:GET' },
    GetResources: { paging: { inputToken: 'position', outputToken: 'position' }, iamAction: 'apigateway:GET' },
    GetRestApis: { paging: { inputToken: 'position', outputToken: 'position' }, iamAction: 'apigateway:GET' },
    GetStages: { iamAction: 'apigateway:GET' },
    GetUsagePlans: { paging: { inputToken: 'position', outputToken: 'position' }, iamAction: 'apigateway:GET' },
  },
} as const satisfies ServiceSpec;
