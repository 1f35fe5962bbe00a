import { mapItems, withoutUrlSecrets, withVariableFacts } from '../../secrets/variables.js';
import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

/** GetStages returns stage variables in clear text: `StageVariables` becomes `StageVariableFacts` (name, length, detector rules). */
export function sanitizeGetStages(output: Record<string, unknown>): Record<string, unknown> {
  return mapItems(output, 'Items', (stage) => withVariableFacts(stage, 'StageVariables', 'StageVariableFacts'));
}

const INTEGRATION_MEMBERS = [
  'IntegrationId',
  'IntegrationType',
  'IntegrationSubtype',
  'IntegrationMethod',
  'IntegrationUri',
  'ConnectionType',
  'ConnectionId',
  'TlsConfig',
  'PayloadFormatVersion',
  'TimeoutInMillis',
  'ApiGatewayManaged',
  'CredentialsArn',
];

/**
 * GetIntegrations returns request parameters and templates, which can hold static credentials for
 * the backend (`append:header.x-api-key`): only the members that say how the backend is reached are
 * kept, the URI without user information or query string.
 */
export function sanitizeGetIntegrations(output: Record<string, unknown>): Record<string, unknown> {
  return mapItems(output, 'Items', (integration) => {
    const kept = Object.fromEntries(INTEGRATION_MEMBERS.filter((m) => Object.hasOwn(integration, m)).map((m) => [m, integration[m]]));
    if ('IntegrationUri' in kept) kept.IntegrationUri = withoutUrlSecrets(kept.IntegrationUri);
    return kept;
  });
}

export default {
  sdkModule: '@aws-sdk/client-apigatewayv2',
  clientClass: 'ApiGatewayV2Client',
  iamPrefix: 'apigateway',
  endpointEnvName: 'APIGATEWAYV2',
  // The same account-wide budget as REST APIs ("Total operations" 10 per second, bursts of 40):
  // 3 per second here and 4 + 2 (GetResources) for the v1 client keep the two below it together.
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
  limit: { concurrency: 2, scope: 'region', bucket: { capacity: 10, refillPerSecond: 3, per: 'service' } },
  operations: {
    GetApis: { paging: NEXT_TOKEN, iamAction: 'apigateway:GET' },
    GetDomainNames: { paging: NEXT_TOKEN, iamAction: 'apigateway:GET' },
    GetIntegrations: { paging: NEXT_TOKEN, iamAction: 'apigateway:GET', sanitize: sanitizeGetIntegrations },
    GetRoutes: { paging: NEXT_TOKEN, iamAction: 'apigateway:GET' },
    GetStages: { paging: NEXT_TOKEN, iamAction: 'apigateway:GET', sanitize: sanitizeGetStages },
  },
} as const satisfies ServiceSpec;
