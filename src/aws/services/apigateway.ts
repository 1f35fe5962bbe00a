import { isRecord, mapItems, withoutUrlSecrets, withVariableFacts } from '../../secrets/variables.js';
import { type Paging, type ServiceSpec } from '../service-spec.js';

const POSITION: Paging = { inputToken: 'position', outputToken: 'position' };

/**
 * GetStages returns stage variables (and a canary's variable overrides) in clear text. They become
 * `variableFacts` / `stageVariableOverrideFacts`: per name, the value's length and the
 * secret-detector rules that fired, never the value.
 */
export function sanitizeGetStages(output: Record<string, unknown>): Record<string, unknown> {
  return mapItems(output, 'item', (stage) => {
    const reduced = withVariableFacts(stage, 'variables', 'variableFacts');
    return isRecord(reduced.canarySettings)
      ? { ...reduced, canarySettings: withVariableFacts(reduced.canarySettings, 'stageVariableOverrides', 'stageVariableOverrideFacts') }
      : reduced;
  });
}

const METHOD_MEMBERS = ['httpMethod', 'authorizationType', 'authorizerId', 'apiKeyRequired', 'operationName', 'authorizationScopes', 'requestValidatorId'];
const INTEGRATION_MEMBERS = ['type', 'connectionType', 'connectionId', 'httpMethod', 'uri', 'credentials', 'tlsConfig', 'timeoutInMillis', 'passthroughBehavior'];

const pick = (from: Record<string, unknown>, members: readonly string[]) => Object.fromEntries(members.filter((m) => Object.hasOwn(from, m)).map((m) => [m, from[m]]));

/**
 * GetResources with `embed: ["methods"]` returns each method's integration, whose request
 * parameters and templates can hold static credentials for the backend (a hard-coded API key
 * header). Only the members the checks read are kept: authorization of each method and the kind of
 * integration, its URI without user information or query string.
 */
export function sanitizeGetResources(output: Record<string, unknown>): Record<string, unknown> {
  return mapItems(output, 'items', (resource) => {
    if (!isRecord(resource.resourceMethods)) return resource;
    const methods = Object.fromEntries(
      Object.entries(resource.resourceMethods).map(([verb, method]) => {
        if (!isRecord(method)) return [verb, method];
        const kept = pick(method, METHOD_MEMBERS);
        if (isRecord(method.methodIntegration)) {
          const integration = pick(method.methodIntegration, INTEGRATION_MEMBERS);
          if ('uri' in integration) integration.uri = withoutUrlSecrets(integration.uri);
          kept.methodIntegration = integration;
        }
        return [verb, kept];
      }),
    );
    return { ...resource, resourceMethods: methods };
  });
}

export default {
  sdkModule: '@aws-sdk/client-api-gateway',
  clientClass: 'APIGatewayClient',
  iamPrefix: 'apigateway',
  endpointEnvName: 'API_GATEWAY',
  // API Gateway quotas for creating, deploying and managing an API: "Total operations" 10 requests
  // per second with bursts of 40 per account (fixed), shared with the v2 client; GetResources alone
  // 5 requests every 2 seconds. GetResources takes 2 per second (bursts of 4) of its own, the other
  // operations of this client 4 (16), the v2 client 3 (10): 9 per second and bursts of 30 together,
  // below AWS's total, and GetResources below its own.
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
  limit: {
    concurrency: 2,
    scope: 'region',
    bucket: { capacity: 16, refillPerSecond: 4, per: 'service' },
    operationBuckets: { GetResources: { capacity: 4, refillPerSecond: 2 } },
  },
  operations: {
    GetAccount: { iamAction: 'apigateway:GET' },
    GetDomainNames: { paging: POSITION, iamAction: 'apigateway:GET' },
    GetResources: { paging: POSITION, iamAction: 'apigateway:GET', sanitize: sanitizeGetResources },
    GetRestApis: { paging: POSITION, iamAction: 'apigateway:GET' },
    // Not paginated: every stage of the API in `item`.
    GetStages: { iamAction: 'apigateway:GET', sanitize: sanitizeGetStages },
    GetUsagePlans: { paging: POSITION, iamAction: 'apigateway:GET' },
  },
} as const satisfies ServiceSpec;
