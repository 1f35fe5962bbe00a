// The API Gateway datasets (REST v1 and HTTP/WebSocket v2) against recorded answers: what they ask
// and where, paging to the end, APIs deleted meanwhile dropped, per-API errors kept, and stage
// variables and integration parameters reduced before any dataset (or recording) holds them.
import { describe, expect, it } from 'vitest';
import { sanitizeGetResources, sanitizeGetStages } from '../../src/aws/services/apigateway.js';
import { sanitizeGetIntegrations as sanitizeV2Integrations, sanitizeGetStages as sanitizeV2Stages } from '../../src/aws/services/apigatewayv2.js';
import { AwsData } from '../../src/data/aws-data.js';
import { DatasetLoader } from '../../src/data/dataset.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { INVENTORY_FORMAT, INVENTORY_VERSION, Recorder, ReplayTransport, type RecordedCall } from '../../src/data/inventory.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
import { replayLoader } from '../helpers/replay-loader.js';

const HOME = 'us-east-1';
const EU = 'eu-west-1';
const answer = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service, region, operation, input, output });
const refused = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, code: string, httpStatus = 403): RecordedCall => ({
  service,
  region,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});
const v1 = (region: string, operation: string, input: Record<string, unknown>, output: unknown) => answer('apigateway', region, operation, input, output);
const v2 = (region: string, operation: string, input: Record<string, unknown>, output: unknown) => answer('apigatewayv2', region, operation, input, output);

// Values no dataset, finding or recording may hold.
const SECRET_VALUES = ['sk_live_51HabcdefghijklmnopQRSTUV', 'Tr0ub4dor&3-prod', 'x-api-key-0f9e8d7c6b5a', 'hunter2hunter2'];

describe('apigateway (REST) datasets', () => {
  it('pages GetRestApis by position to the end, in each region asked', async () => {
    const { loader, sent } = replayLoader(
      [
        v1(HOME, 'GetRestApis', { limit: 500 }, { items: [{ id: 'a1', name: 'one' }], position: 'page2' }),
        v1(HOME, 'GetRestApis', { limit: 500, position: 'page2' }, { items: [{ id: 'a2', name: 'two' }] }),
        v1(EU, 'GetRestApis', { limit: 500 }, { items: [] }),
      ],
      [HOME, EU],
    );
    expect((await loader.load('apigateway.restApis', HOME)).map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(await loader.load('apigateway.restApis', EU)).toEqual([]);
    expect(sent.map((r) => [r.region, r.operation, r.input])).toEqual([
      [HOME, 'GetRestApis', { limit: 500 }],
      [HOME, 'GetRestApis', { limit: 500, position: 'page2' }],
      [EU, 'GetRestApis', { limit: 500 }],
    ]);
  });

  it('reads the stages of each API (item, not paged), drops an API deleted meanwhile and keeps a refusal for that API', async () => {
    const { loader } = replayLoader(
      [
        v1(HOME, 'GetRestApis', { limit: 500 }, { items: [{ id: 'ok' }, { id: 'gone' }, { id: 'hidden' }] }),
        v1(HOME, 'GetStages', { restApiId: 'ok' }, { item: [{ stageName: 'prod', variables: { backendHost: 'orders.internal', stripeKey: SECRET_VALUES[0] } }] }),
        refused('apigateway', HOME, 'GetStages', { restApiId: 'gone' }, 'NotFoundException', 404),
        refused('apigateway', HOME, 'GetStages', { restApiId: 'hidden' }, 'AccessDeniedException'),
      ],
      [HOME],
    );
    const stages = await loader.load('apigateway.restStages', HOME);
    expect(stages.map(({ api, result }) => [api.id, result.ok ? result.value.map((s) => s.stageName) : result.error.code])).toEqual([
      ['ok', ['prod']],
      ['hidden', 'AccessDeniedException'],
    ]);
    const stage = (stages[0]!.result as { ok: true; value: Array<Record<string, unknown>> }).value[0]!;
    expect(stage.variables).toBeUndefined();
    expect(stage.variableFacts).toEqual({
      backendHost: { length: 15, signals: [] },
      stripeKey: { length: SECRET_VALUES[0]!.length, signals: [{ rule: 'format', detail: 'Stripe live key' }] },
    });
    expect(JSON.stringify(stages)).not.toContain(SECRET_VALUES[0]);
  });

  it('reads resources with their methods, paged to the end, and keeps only the authorization and kind of each integration', async () => {
    const { loader, sent } = replayLoader(
      [
        v1(HOME, 'GetRestApis', { limit: 500 }, { items: [{ id: 'a1' }] }),
        v1(HOME, 'GetResources', { restApiId: 'a1', embed: ['methods'], limit: 500 }, { items: [{ id: 'r0', path: '/' }], position: 'p2' }),
        v1(HOME, 'GetResources', { restApiId: 'a1', embed: ['methods'], limit: 500, position: 'p2' }, {
          items: [
            {
              id: 'r1',
              path: '/orders',
              resourceMethods: {
                GET: {
                  httpMethod: 'GET',
                  authorizationType: 'NONE',
                  apiKeyRequired: true,
                  requestParameters: { 'method.request.header.x-trace': false },
                  methodIntegration: {
                    type: 'HTTP_PROXY',
                    uri: `https://svc:${SECRET_VALUES[3]}@backend.example.com/orders?key=${SECRET_VALUES[2]}`,
                    requestParameters: { 'integration.request.header.x-api-key': `'${SECRET_VALUES[2]}'` },
                    requestTemplates: { 'application/json': `{"token": "${SECRET_VALUES[3]}"}` },
                    connectionType: 'INTERNET',
                  },
                },
              },
            },
          ],
        }),
      ],
      [HOME],
    );
    const [entry] = await loader.load('apigateway.restResources', HOME);
    expect(entry!.result.ok && entry!.result.value.map((r) => r.path)).toEqual(['/', '/orders']);
    expect(entry!.result.ok && entry!.result.value[1]!.resourceMethods).toEqual({
      GET: { httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: true, methodIntegration: { type: 'HTTP_PROXY', connectionType: 'INTERNET', uri: 'https://backend.example.com/orders' } },
    });
    for (const value of SECRET_VALUES) expect(JSON.stringify(entry)).not.toContain(value);
    expect(sent.filter((r) => r.operation === 'GetResources')).toHaveLength(2);
  });

  it('keeps a refused GetAccount as an error for the checks to judge, and reads domain names and usage plans to the end', async () => {
    const { loader } = replayLoader(
      [
        refused('apigateway', HOME, 'GetAccount', {}, 'AccessDeniedException'),
        v1(HOME, 'GetDomainNames', { limit: 500 }, { items: [{ domainName: 'a.example.com', securityPolicy: 'TLS_1_2' }], position: 'd2' }),
        v1(HOME, 'GetDomainNames', { limit: 500, position: 'd2' }, { items: [{ domainName: 'b.example.com', securityPolicy: 'TLS_1_0' }] }),
        v1(HOME, 'GetUsagePlans', { limit: 500 }, { items: [{ id: 'up1', apiStages: [{ apiId: 'a1', stage: 'prod' }], throttle: { rateLimit: 10, burstLimit: 5 } }] }),
      ],
      [HOME],
    );
    const account = await loader.load('apigateway.account', HOME);
    expect(account.ok ? 'ok' : [account.error.code, account.error.action]).toEqual(['AccessDeniedException', 'apigateway:GET']);
    expect((await loader.load('apigateway.restDomainNames', HOME)).map((d) => d.domainName)).toEqual(['a.example.com', 'b.example.com']);
    expect((await loader.load('apigateway.usagePlans', HOME)).map((p) => p.id)).toEqual(['up1']);
  });

  it('sanitizes idempotently: a reduced answer passes through unchanged', () => {
    const raw = { item: [{ stageName: 'prod', variables: { dbPassword: SECRET_VALUES[1] }, canarySettings: { percentTraffic: 5, stageVariableOverrides: { dbPassword: SECRET_VALUES[1] } } }] };
    const once = sanitizeGetStages(raw);
    expect(sanitizeGetStages(once)).toEqual(once);
    expect(JSON.stringify(once)).not.toContain(SECRET_VALUES[1]);
    const resources = { items: [{ id: 'r', path: '/', resourceMethods: { GET: { httpMethod: 'GET', authorizationType: 'NONE', methodIntegration: { type: 'HTTP', uri: 'https://u:p@h/x?k=v' } } } }] };
    expect(sanitizeGetResources(sanitizeGetResources(resources))).toEqual(sanitizeGetResources(resources));
  });
});

describe('apigatewayv2 (HTTP and WebSocket) datasets', () => {
  it('pages GetApis, GetStages and GetRoutes by NextToken, and reads integrations of HTTP APIs only', async () => {
    const { loader, sent } = replayLoader(
      [
        v2(HOME, 'GetApis', {}, { Items: [{ ApiId: 'h1', Name: 'shop', ProtocolType: 'HTTP' }], NextToken: 't2' }),
        v2(HOME, 'GetApis', { NextToken: 't2' }, { Items: [{ ApiId: 'w1', Name: 'chat', ProtocolType: 'WEBSOCKET' }] }),
        v2(HOME, 'GetRoutes', { ApiId: 'h1' }, { Items: [{ RouteId: 'r1', RouteKey: 'GET /a', AuthorizationType: 'NONE' }], NextToken: 'n' }),
        v2(HOME, 'GetRoutes', { ApiId: 'h1', NextToken: 'n' }, { Items: [{ RouteId: 'r2', RouteKey: 'GET /b', AuthorizationType: 'JWT' }] }),
        v2(HOME, 'GetRoutes', { ApiId: 'w1' }, { Items: [{ RouteId: 'c1', RouteKey: '$connect', AuthorizationType: 'CUSTOM' }] }),
        v2(HOME, 'GetIntegrations', { ApiId: 'h1' }, {
          Items: [
            {
              IntegrationId: 'i1',
              IntegrationType: 'HTTP_PROXY',
              ConnectionType: 'VPC_LINK',
              ConnectionId: 'vl1',
              IntegrationUri: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/x/1/2',
              TlsConfig: { ServerNameToVerify: 'x.internal' },
              RequestParameters: { 'append:header.x-api-key': SECRET_VALUES[2] },
            },
          ],
        }),
        v2(HOME, 'GetStages', { ApiId: 'h1' }, { Items: [{ StageName: '$default', StageVariables: { dbPassword: SECRET_VALUES[1] } }] }),
        v2(HOME, 'GetStages', { ApiId: 'w1' }, { Items: [{ StageName: 'live' }] }),
      ],
      [HOME],
    );
    const routes = await loader.load('apigatewayv2.routes', HOME);
    expect(routes.map(({ api, result }) => [api.ApiId, result.ok && result.value.map((r) => r.RouteId)])).toEqual([
      ['h1', ['r1', 'r2']],
      ['w1', ['c1']],
    ]);
    const integrations = await loader.load('apigatewayv2.httpIntegrations', HOME);
    expect(integrations.map(({ api }) => api.ApiId)).toEqual(['h1']);
    expect(integrations[0]!.result.ok && integrations[0]!.result.value[0]).toEqual({
      IntegrationId: 'i1',
      IntegrationType: 'HTTP_PROXY',
      ConnectionType: 'VPC_LINK',
      ConnectionId: 'vl1',
      IntegrationUri: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/x/1/2',
      TlsConfig: { ServerNameToVerify: 'x.internal' },
    });
    const stages = await loader.load('apigatewayv2.stages', HOME);
    expect(stages[0]!.result.ok && stages[0]!.result.value[0]).toEqual({ StageName: '$default', StageVariableFacts: { dbPassword: { length: 16, signals: [{ rule: 'name', detail: 'password' }] } } });
    for (const value of SECRET_VALUES) expect(JSON.stringify([integrations, stages])).not.toContain(value);
    expect(sent.filter((r) => r.operation === 'GetApis')).toHaveLength(2);
    expect(sent.filter((r) => r.operation === 'GetIntegrations').map((r) => r.input)).toEqual([{ ApiId: 'h1' }]);
  });

  it('drops an API deleted since the listing and keeps a refused one as an error', async () => {
    const { loader } = replayLoader(
      [
        v2(HOME, 'GetApis', {}, { Items: [{ ApiId: 'gone', ProtocolType: 'HTTP' }, { ApiId: 'hidden', ProtocolType: 'HTTP' }] }),
        refused('apigatewayv2', HOME, 'GetRoutes', { ApiId: 'gone' }, 'NotFoundException', 404),
        refused('apigatewayv2', HOME, 'GetRoutes', { ApiId: 'hidden' }, 'AccessDeniedException'),
      ],
      [HOME],
    );
    const routes = await loader.load('apigatewayv2.routes', HOME);
    expect(routes.map(({ api, result }) => [api.ApiId, result.ok ? 'ok' : result.error.code])).toEqual([['hidden', 'AccessDeniedException']]);
  });

  it('sanitizes idempotently', () => {
    const stages = { Items: [{ StageName: 's', StageVariables: { token: SECRET_VALUES[3] } }] };
    expect(sanitizeV2Stages(sanitizeV2Stages(stages))).toEqual(sanitizeV2Stages(stages));
    const integrations = { Items: [{ IntegrationId: 'i', IntegrationUri: `https://a:${SECRET_VALUES[3]}@h/p?x=1`, RequestTemplates: { a: SECRET_VALUES[3] } }] };
    const once = sanitizeV2Integrations(integrations);
    expect(sanitizeV2Integrations(once)).toEqual(once);
    expect(JSON.stringify(once)).not.toContain(SECRET_VALUES[3]);
  });
});

describe('recording', () => {
  it('records stage variables as facts, never values', async () => {
    const calls = [
      v1(HOME, 'GetRestApis', { limit: 500 }, { items: [{ id: 'a1' }] }),
      v1(HOME, 'GetStages', { restApiId: 'a1' }, { item: [{ stageName: 'prod', variables: { dbPassword: SECRET_VALUES[1] } }] }),
    ];
    const transport = new ReplayTransport({ format: INVENTORY_FORMAT, version: INVENTORY_VERSION, tool: { name: 'aws-posture', version: 'test' }, recordedAt: NOW.toISOString(), account: ACCOUNT, regions: [HOME], calls });
    const recorder = new Recorder();
    const loader = new DatasetLoader(DATASETS, new AwsData(transport, { concurrency: 2, recorder, paced: false }), { regions: [HOME], homeRegion: HOME, account: ACCOUNT });
    await loader.load('apigateway.restStages', HOME);
    const recorded = JSON.stringify(recorder.entries());
    expect(recorded).toContain('variableFacts');
    expect(recorded).not.toContain(SECRET_VALUES[1]);
  });
});
