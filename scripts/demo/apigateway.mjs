// Recorded API Gateway calls of the demo account (REST APIs through `apigateway`, HTTP and WebSocket
// APIs through `apigatewayv2`), in us-east-1 and eu-west-1: a well-kept orders API behind Cognito
// and WAF, an old partner API open to anyone with an API key, a private admin API, a webhook API
// restricted by source IP, an HTTP API with an open health route and one private integration
// without TLS, a WebSocket chat API, custom domains on TLS 1.2 and TLS 1.0, and a European API
// with one method left without an authorizer.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const v1 = (region, operation, input, output) => ({ service: 'apigateway', region, operation, input, output });
const v2 = (region, operation, input, output) => ({ service: 'apigatewayv2', region, operation, input, output });
const PAGE = 500;

/** GetRestApis returns a resource policy as JSON whose quotes come back backslash-escaped. */
const escapedPolicy = (statements) => JSON.stringify({ Version: '2012-10-17', Statement: statements }).replace(/"/g, '\\"');

const restApi = (region, id, name, { type = 'REGIONAL', policy, description = '' } = {}) => ({
  id,
  name,
  description,
  createdDate: date('2025-03-10T10:00:00.000Z'),
  apiKeySource: 'HEADER',
  endpointConfiguration: { types: [type], ipAddressType: 'ipv4' },
  disableExecuteApiEndpoint: false,
  rootResourceId: `${id.slice(0, 6)}root`,
  ...(policy ? { policy } : {}),
  tags: {},
});

const method = (httpMethod, authorizationType, { apiKeyRequired = false, authorizerId, integration = 'AWS_PROXY' } = {}) => ({
  httpMethod,
  authorizationType,
  apiKeyRequired,
  ...(authorizerId ? { authorizerId } : {}),
  methodIntegration: { type: httpMethod === 'OPTIONS' ? 'MOCK' : integration, connectionType: 'INTERNET' },
});
const resource = (id, path, methods) => ({
  id,
  path,
  ...(path === '/' ? {} : { parentId: 'root', pathPart: path.split('/').at(-1) }),
  ...(methods.length ? { resourceMethods: Object.fromEntries(methods.map((m) => [m.httpMethod, m])) } : {}),
});

const stage = (stageName, extra = {}) => ({
  deploymentId: 'd3p10y',
  stageName,
  cacheClusterEnabled: false,
  cacheClusterStatus: 'NOT_AVAILABLE',
  methodSettings: {},
  tracingEnabled: false,
  createdDate: date('2025-03-10T10:05:00.000Z'),
  lastUpdatedDate: date('2026-06-02T14:30:00.000Z'),
  ...extra,
});
const methodDefaults = (extra) => ({
  metricsEnabled: true,
  loggingLevel: 'OFF',
  dataTraceEnabled: false,
  throttlingBurstLimit: 5000,
  throttlingRateLimit: 10000,
  cachingEnabled: false,
  cacheTtlInSeconds: 300,
  cacheDataEncrypted: false,
  requireAuthorizationForCacheControl: true,
  unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
  ...extra,
});
const accessLogs = (region, group) => ({ destinationArn: `arn:aws:logs:${region}:${ACCOUNT}:log-group:${group}`, format: '$context.requestId $context.identity.sourceIp $context.httpMethod $context.resourcePath $context.status' });
const webAcl = (region, name, id) => `arn:aws:wafv2:${region}:${ACCOUNT}:regional/webacl/${name}/${id}`;

const east = 'us-east-1';
const west = 'eu-west-1';

// us-east-1, REST APIs.
const orders = restApi(east, 'a1b2c3d4e5', 'orders-api', { description: 'Orders service (Cognito users)' });
const partners = restApi(east, 'k9j8h7g6f5', 'legacy-partner-api', { type: 'EDGE', description: 'Partner order feed (2019)' });
const admin = restApi(east, 'p1q2r3s4t5', 'internal-admin', {
  type: 'PRIVATE',
  policy: escapedPolicy([
    { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: `arn:aws:execute-api:${east}:${ACCOUNT}:p1q2r3s4t5/*`, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f60101' } } },
  ]),
});
const webhooks = restApi(east, 'w1e2b3h4k5', 'payment-webhooks', {
  description: 'Callbacks from the payment provider',
  policy: escapedPolicy([
    { Sid: 'ProviderOnly', Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: `arn:aws:execute-api:${east}:${ACCOUNT}:w1e2b3h4k5/*`, Condition: { IpAddress: { 'aws:SourceIp': ['198.51.100.0/24', '203.0.113.16/28'] } } },
  ]),
});

const REST_EAST = [
  {
    api: orders,
    resources: [
      resource('or0', '/', []),
      resource('or1', '/orders', [method('GET', 'COGNITO_USER_POOLS', { authorizerId: 'cog1ab' }), method('POST', 'COGNITO_USER_POOLS', { authorizerId: 'cog1ab' }), method('OPTIONS', 'NONE')]),
      resource('or2', '/orders/{orderId}', [method('GET', 'COGNITO_USER_POOLS', { authorizerId: 'cog1ab' }), method('DELETE', 'AWS_IAM'), method('OPTIONS', 'NONE')]),
    ],
    stages: [
      stage('prod', {
        clientCertificateId: 'c3rt0rders',
        cacheClusterEnabled: true,
        cacheClusterSize: '0.5',
        cacheClusterStatus: 'AVAILABLE',
        methodSettings: { '*/*': methodDefaults({ loggingLevel: 'ERROR', throttlingRateLimit: 500, throttlingBurstLimit: 250, cachingEnabled: true, cacheDataEncrypted: true }) },
        accessLogSettings: accessLogs(east, '/aws/apigateway/orders-api/prod'),
        tracingEnabled: true,
        webAclArn: webAcl(east, 'orders-api-protection', '4f5e6d7c-8b9a-4c0d-9e1f-2a3b4c5d6e7f'),
        variables: { backendHost: 'orders.internal.example.com', lambdaAlias: 'live' },
      }),
      stage('staging', {
        cacheClusterEnabled: true,
        cacheClusterSize: '0.5',
        cacheClusterStatus: 'AVAILABLE',
        methodSettings: {
          '*/*': methodDefaults({ loggingLevel: 'INFO', cachingEnabled: true, cacheDataEncrypted: true }),
          '~1orders/GET': methodDefaults({ loggingLevel: 'OFF', cachingEnabled: true, cacheDataEncrypted: false }),
        },
        accessLogSettings: accessLogs(east, '/aws/apigateway/orders-api/staging'),
        tracingEnabled: true,
        variables: { backendHost: 'orders-staging.internal.example.com', lambdaAlias: 'staging' },
      }),
    ],
  },
  {
    api: partners,
    resources: [
      resource('pa0', '/', []),
      resource('pa1', '/partners', [method('GET', 'NONE', { apiKeyRequired: true, integration: 'HTTP_PROXY' }), method('POST', 'NONE', { apiKeyRequired: true, integration: 'HTTP_PROXY' })]),
    ],
    stages: [
      stage('v1', {
        // A fake credential shaped like a real one: it must never appear in any report.
        variables: { backendUrl: 'https://partners-backend.example.com', backendPassword: 'Demo-Only-Fake-Passw0rd-7f3a' },
      }),
    ],
  },
  {
    api: admin,
    resources: [resource('ad0', '/', []), resource('ad1', '/users', [method('GET', 'NONE'), method('DELETE', 'NONE')])],
    stages: [stage('prod', { methodSettings: { '*/*': methodDefaults({ loggingLevel: 'INFO', throttlingRateLimit: 50, throttlingBurstLimit: 20 }) }, accessLogSettings: accessLogs(east, '/aws/apigateway/internal-admin'), tracingEnabled: true })],
  },
  {
    api: webhooks,
    resources: [resource('wh0', '/', []), resource('wh1', '/payments', [method('POST', 'NONE')])],
    stages: [
      stage('live', {
        methodSettings: { '*/*': methodDefaults({ loggingLevel: 'ERROR' }) },
        accessLogSettings: { destinationArn: `arn:aws:firehose:${east}:${ACCOUNT}:deliverystream/amazon-apigateway-webhooks` },
        // Associated in 2019 and never migrated.
        webAclArn: `arn:aws:waf-regional:${east}:${ACCOUNT}:webacl/6f1c2d3e-4a5b-4c7d-8e9f-0a1b2c3d4e5f`,
        variables: { signingSecretArn: `arn:aws:secretsmanager:${east}:${ACCOUNT}:secret:payment-webhook-signing-Ab12Cd` },
      }),
    ],
  },
];

// eu-west-1, REST APIs.
const reports = restApi(west, 'r3p0rt5eu1', 'eu-reports-api', { description: 'Reports for EU customers' });
const REST_WEST = [
  {
    api: reports,
    resources: [resource('re0', '/', []), resource('re1', '/reports', [method('GET', 'AWS_IAM')]), resource('re2', '/reports/{reportId}', [method('GET', 'NONE')])],
    stages: [
      stage('prod', {
        methodSettings: { '*/*': methodDefaults({ loggingLevel: 'ERROR', throttlingRateLimit: 100, throttlingBurstLimit: 50 }) },
        tracingEnabled: true,
        webAclArn: webAcl(west, 'eu-api-protection', '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f'),
      }),
    ],
  },
];

const restCalls = (region, apis) => [
  v1(region, 'GetRestApis', { limit: PAGE }, { items: apis.map(({ api }) => api) }),
  ...apis.flatMap(({ api, resources, stages }) => [
    v1(region, 'GetResources', { restApiId: api.id, embed: ['methods'], limit: PAGE }, { items: resources }),
    v1(region, 'GetStages', { restApiId: api.id }, { item: stages }),
  ]),
];

const CERT = (region, id) => `arn:aws:acm:${region}:${ACCOUNT}:certificate/${id}`;
const restDomain = (region, domainName, securityPolicy, type) => ({
  domainName,
  ...(type === 'EDGE'
    ? { certificateArn: CERT('us-east-1', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'), distributionDomainName: 'd3f4g5h6j7k8l9.cloudfront.net', distributionHostedZoneId: 'Z2FDTNDATAQYW2' }
    : { regionalCertificateArn: CERT(region, '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e'), regionalDomainName: `d-${domainName.split('.')[0]}1234.execute-api.${region}.amazonaws.com`, regionalHostedZoneId: 'Z1UJRXOUMOOFQ8' }),
  endpointConfiguration: { types: [type] },
  domainNameStatus: 'AVAILABLE',
  securityPolicy,
  tags: {},
});
const v2Domain = (region, DomainName, SecurityPolicy) => ({
  DomainName,
  ApiMappingSelectionExpression: '$request.basepath',
  DomainNameConfigurations: [
    {
      ApiGatewayDomainName: `d-${DomainName.split('.')[0]}1234.execute-api.${region}.amazonaws.com`,
      CertificateArn: CERT(region, '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e'),
      DomainNameStatus: 'AVAILABLE',
      EndpointType: 'REGIONAL',
      HostedZoneId: 'Z1UJRXOUMOOFQ8',
      SecurityPolicy,
    },
  ],
  Tags: {},
});

// us-east-1, HTTP and WebSocket APIs.
const shop = { ApiId: 'x1y2z3a4b5', Name: 'shop-http', ProtocolType: 'HTTP', ApiEndpoint: `https://x1y2z3a4b5.execute-api.${east}.amazonaws.com`, RouteSelectionExpression: '$request.method $request.path', CreatedDate: date('2025-04-01T09:00:00.000Z'), DisableExecuteApiEndpoint: false, Tags: {} };
const chat = { ApiId: 'c1h2a3t4w5', Name: 'chat-ws', ProtocolType: 'WEBSOCKET', ApiEndpoint: `wss://c1h2a3t4w5.execute-api.${east}.amazonaws.com`, RouteSelectionExpression: '$request.body.action', CreatedDate: date('2025-05-20T09:00:00.000Z'), DisableExecuteApiEndpoint: false, Tags: {} };
const status = { ApiId: 'e5u6s7t8a9', Name: 'eu-status', ProtocolType: 'HTTP', ApiEndpoint: `https://e5u6s7t8a9.execute-api.${west}.amazonaws.com`, RouteSelectionExpression: '$request.method $request.path', CreatedDate: date('2025-09-01T09:00:00.000Z'), DisableExecuteApiEndpoint: false, Tags: {} };
const route = (RouteId, RouteKey, AuthorizationType, extra = {}) => ({ RouteId, RouteKey, AuthorizationType, ApiKeyRequired: false, Target: 'integrations/lmb1234', ...extra });
const v2Stage = (StageName, extra = {}) => ({
  StageName,
  AutoDeploy: true,
  CreatedDate: date('2025-04-01T09:05:00.000Z'),
  LastUpdatedDate: date('2026-05-11T12:00:00.000Z'),
  DefaultRouteSettings: { DetailedMetricsEnabled: false },
  RouteSettings: {},
  StageVariables: {},
  Tags: {},
  ...extra,
});
const lambdaIntegration = (region, IntegrationId, fn) => ({
  IntegrationId,
  IntegrationType: 'AWS_PROXY',
  IntegrationUri: `arn:aws:lambda:${region}:${ACCOUNT}:function:${fn}`,
  ConnectionType: 'INTERNET',
  PayloadFormatVersion: '2.0',
  TimeoutInMillis: 30000,
});
const privateIntegration = (IntegrationId, listener, tls) => ({
  IntegrationId,
  IntegrationType: 'HTTP_PROXY',
  IntegrationMethod: 'ANY',
  IntegrationUri: `arn:aws:elasticloadbalancing:${east}:${ACCOUNT}:listener/app/${listener}`,
  ConnectionType: 'VPC_LINK',
  ConnectionId: 'vl9a8b7c',
  PayloadFormatVersion: '1.0',
  TimeoutInMillis: 30000,
  ...(tls ? { TlsConfig: { ServerNameToVerify: tls } } : {}),
});

const V2_EAST = [
  {
    api: shop,
    routes: [
      route('rt01', 'GET /cart', 'JWT', { AuthorizerId: 'jwt01a', AuthorizationScopes: ['cart/read'] }),
      route('rt02', 'POST /checkout', 'JWT', { AuthorizerId: 'jwt01a' }),
      route('rt03', 'GET /catalog/{proxy+}', 'AWS_IAM'),
      route('rt04', 'GET /health', 'NONE'),
      route('rt05', 'OPTIONS /{proxy+}', 'NONE'),
    ],
    integrations: [
      lambdaIntegration(east, 'lmb1234', 'orders-processor'),
      privateIntegration('vpc5678', 'internal-catalog/5f3c0e1d2a4b6c71/1a2b3c4d5e6f7081', 'catalog.internal.example.com'),
      privateIntegration('vpc9012', 'internal-inventory/7a8b9c0d1e2f3a41/2b3c4d5e6f708192'),
    ],
    stages: [v2Stage('$default', { AccessLogSettings: { DestinationArn: `arn:aws:logs:${east}:${ACCOUNT}:log-group:/aws/apigateway/shop-http`, Format: '$context.requestId $context.status' } })],
  },
  {
    api: chat,
    routes: [route('ws01', '$connect', 'CUSTOM', { AuthorizerId: 'lam01b' }), route('ws02', '$disconnect', 'NONE'), route('ws03', '$default', 'NONE'), route('ws04', 'sendMessage', 'NONE')],
    stages: [v2Stage('production', { DefaultRouteSettings: { DataTraceEnabled: false, DetailedMetricsEnabled: true, LoggingLevel: 'INFO' } })],
  },
];
const V2_WEST = [
  {
    api: status,
    routes: [route('st01', 'GET /status', 'AWS_IAM')],
    integrations: [lambdaIntegration(west, 'lmb5678', 'eu-report-builder')],
    stages: [v2Stage('$default', { AccessLogSettings: { DestinationArn: `arn:aws:logs:${west}:${ACCOUNT}:log-group:/aws/apigateway/eu-status` } })],
  },
];

const v2Calls = (region, apis, domains) => [
  v2(region, 'GetApis', {}, { Items: apis.map(({ api }) => api) }),
  ...apis.flatMap(({ api, routes, integrations, stages }) => [
    v2(region, 'GetRoutes', { ApiId: api.ApiId }, { Items: routes }),
    v2(region, 'GetStages', { ApiId: api.ApiId }, { Items: stages }),
    ...(integrations ? [v2(region, 'GetIntegrations', { ApiId: api.ApiId }, { Items: integrations })] : []),
  ]),
  v2(region, 'GetDomainNames', {}, { Items: domains }),
];

export default [
  ...restCalls(east, REST_EAST),
  ...restCalls(west, REST_WEST),
  v1(east, 'GetDomainNames', { limit: PAGE }, { items: [restDomain(east, 'api.example.com', 'TLS_1_2', 'REGIONAL'), restDomain(east, 'partners.example.com', 'TLS_1_0', 'EDGE')] }),
  v1(west, 'GetDomainNames', { limit: PAGE }, { items: [] }),
  v1(east, 'GetUsagePlans', { limit: PAGE }, {
    items: [
      {
        id: 'up7x8y9z',
        name: 'payment-provider',
        description: 'Webhook callbacks',
        apiStages: [{ apiId: webhooks.id, stage: 'live' }],
        throttle: { burstLimit: 20, rateLimit: 10 },
        quota: { limit: 1000000, offset: 0, period: 'MONTH' },
      },
    ],
  }),
  v1(west, 'GetUsagePlans', { limit: PAGE }, { items: [] }),
  v1(east, 'GetAccount', {}, { cloudwatchRoleArn: `arn:aws:iam::${ACCOUNT}:role/apigateway-cloudwatch-logs`, throttleSettings: { burstLimit: 5000, rateLimit: 10000 }, features: ['UsagePlans'], apiKeyVersion: '4' }),
  // Never set up in eu-west-1: execution logging is configured but delivered nowhere.
  v1(west, 'GetAccount', {}, { throttleSettings: { burstLimit: 5000, rateLimit: 10000 }, features: ['UsagePlans'], apiKeyVersion: '4' }),
  ...v2Calls(east, V2_EAST, [v2Domain(east, 'api.example.com', 'TLS_1_2'), v2Domain(east, 'chat.example.com', 'TLS_1_2')]),
  ...v2Calls(west, V2_WEST, []),
];
