// The server side of the REST protocols (restJson1: Lambda, API Gateway v1 and v2; restXml:
// CloudFront) for the loopback fake: routes a request to its catalogue operation by the HTTP
// binding of the SDK's own operation schema, and writes outputs as the service would, with the
// member names (jsonName), timestamp formats and payload bindings of the models.
import { NormalizedSchema } from '@smithy/core/schema';
import { CATALOGUE, type AwsService } from '../../src/aws/catalogue.js';

interface RestService {
  module: string;
  protocol: 'restJson1' | 'restXml';
  /** The service name in the SigV4 credential scope. */
  signingName: string;
}

/** Services reached through a REST binding, by catalogue name. */
export const REST_SERVICES: Readonly<Partial<Record<AwsService, RestService>>> = {
  lambda: { module: '@aws-sdk/client-lambda', protocol: 'restJson1', signingName: 'lambda' },
  apigateway: { module: '@aws-sdk/client-api-gateway', protocol: 'restJson1', signingName: 'apigateway' },
  apigatewayv2: { module: '@aws-sdk/client-apigatewayv2', protocol: 'restJson1', signingName: 'apigateway' },
  cloudfront: { module: '@aws-sdk/client-cloudfront', protocol: 'restXml', signingName: 'cloudfront' },
};

type OperationTuple = [number, string, string, { http?: [string, string, number] }, unknown, unknown];

interface Route {
  service: AwsService;
  operation: string;
  method: string;
  pattern: RegExp;
  labels: string[];
  /** Literal characters of the path template: the more, the more specific the route. */
  weight: number;
  /** Query parameter name → input member name. */
  query: Map<string, string>;
  output: NormalizedSchema;
}

async function routesOf(service: AwsService, spec: RestService): Promise<Route[]> {
  const mod = (await import(spec.module)) as Record<string, unknown>;
  return Object.keys(CATALOGUE[service].operations).map((operation) => {
    const op = mod[`${operation}$`] as OperationTuple | undefined;
    const http = op?.[3].http;
    if (!op || !http) throw new Error(`${spec.module} has no HTTP binding for ${operation}`);
    const [method, uri] = http;
    const path = uri.split('?')[0]!;
    const labels: string[] = [];
    const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([A-Za-z0-9_]+)(\\\+)?\\?\}/g, (_, name: string, greedy: string | undefined) => {
      labels.push(name);
      return greedy ? '(.+)' : '([^/]+)';
    });
    const input = NormalizedSchema.of(op[4] as never);
    const query = new Map<string, string>();
    for (const [member, ns] of input.structIterator()) {
      const name = ns.getMergedTraits().httpQuery;
      if (typeof name === 'string') query.set(name, member);
    }
    return { service, operation, method, pattern: new RegExp(`^${source}/?$`), labels, weight: path.replace(/\{[^}]+\}/g, '').length, query, output: NormalizedSchema.of(op[5] as never) };
  });
}

const ROUTES: Route[] = (await Promise.all(Object.entries(REST_SERVICES).map(([service, spec]) => routesOf(service as AwsService, spec!)))).flat();

/** The operation a REST request calls and its input members (labels and query), or undefined. */
export function identifyRest(signingName: string | undefined, method: string, path: string, query: URLSearchParams): { service: AwsService; operation: string; params: Record<string, unknown> } | undefined {
  const candidates = ROUTES.filter((r) => REST_SERVICES[r.service]!.signingName === signingName && r.method === method && r.pattern.test(path));
  const route = candidates.sort((a, b) => b.weight - a.weight)[0];
  if (!route) return undefined;
  const match = route.pattern.exec(path)!;
  const params: Record<string, unknown> = {};
  route.labels.forEach((label, i) => (params[label] = decodeURIComponent(match[i + 1]!)));
  for (const [name, member] of route.query) {
    const values = query.getAll(name);
    if (values.length === 1) params[member] = values[0];
    else if (values.length > 1) params[member] = values;
  }
  return { service: route.service, operation: route.operation, params };
}

export const isRestService = (service: string): boolean => Object.hasOwn(REST_SERVICES, service);

function jsonValue(ns: NormalizedSchema, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (ns.isTimestampSchema()) {
    const date = value instanceof Date ? value : new Date(value as string);
    const format = ns.getSchema();
    // restJson1: epoch seconds unless the model says otherwise (5: date-time, 6: http-date).
    if (format === 5) return date.toISOString();
    if (format === 6) return date.toUTCString();
    return date.getTime() / 1000;
  }
  if (ns.isBlobSchema()) return Buffer.from(value as Uint8Array).toString('base64');
  if (ns.isListSchema()) return (value as unknown[]).map((item) => jsonValue(ns.getValueSchema(), item));
  if (ns.isMapSchema()) return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, jsonValue(ns.getValueSchema(), v)]));
  if (ns.isStructSchema()) {
    const out: Record<string, unknown> = {};
    for (const [member, memberNs] of ns.structIterator()) {
      const v = jsonValue(memberNs, (value as Record<string, unknown>)[member]);
      if (v !== undefined) out[memberNs.getMergedTraits().jsonName ?? member] = v;
    }
    return out;
  }
  return value;
}

/** Status, headers and body of a restJson1 answer: header-bound members in headers, the rest as the JSON body. */
export function writeRestJson(service: AwsService, operation: string, output: Record<string, unknown>, requestId: string): { statusCode: number; headers: Record<string, string>; body: string } {
  const route = ROUTES.find((r) => r.service === service && r.operation === operation);
  if (!route) throw new Error(`no REST route for ${service}:${operation}`);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-amzn-requestid': requestId };
  const body: Record<string, unknown> = {};
  for (const [member, ns] of route.output.structIterator()) {
    const value = output[member];
    if (value === undefined || value === null) continue;
    const traits = ns.getMergedTraits();
    if (typeof traits.httpHeader === 'string') headers[traits.httpHeader.toLowerCase()] = String(value);
    else if (traits.httpPayload) return { statusCode: 200, headers, body: JSON.stringify(jsonValue(ns, value)) };
    else if (!traits.httpResponseCode) body[traits.jsonName ?? member] = jsonValue(ns, value);
  }
  return { statusCode: 200, headers, body: JSON.stringify(body) };
}
