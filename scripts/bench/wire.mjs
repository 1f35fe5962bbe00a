// The server side of the AWS wire protocols the scanner's SDK clients speak: reads a signed
// HttpRequest back into (service, region, operation, input) and writes outputs and errors the way
// AWS does. Every catalogue service is covered: query, EC2 query, JSON 1.0 and 1.1, REST-JSON and
// REST-XML. Operations, HTTP bindings and response shapes come from the SDK's own operation
// schemas, so element names, list wrappers, flattening, header bindings, JSON names and payload
// members follow the models exactly. (Needs the build: the catalogue is read from dist/.)

import { createRequire } from 'node:module';
import { NormalizedSchema } from '@smithy/core/schema';
import { CATALOGUE } from '../../dist/aws/catalogue.js';

const requireSdk = createRequire(import.meta.url);

/**
 * The SigV4 signing name of each catalogue service: how a request names its service on the wire
 * when every service shares one endpoint. A test compares it with the SDK clients' own.
 */
export const SIGNING_NAMES = {
  sts: 'sts',
  ec2: 'ec2',
  s3: 's3',
  s3control: 's3',
  iam: 'iam',
  rds: 'rds',
  kms: 'kms',
  cloudtrail: 'cloudtrail',
  elbv2: 'elasticloadbalancing',
  organizations: 'organizations',
  accessanalyzer: 'access-analyzer',
  acm: 'acm',
  apigateway: 'apigateway',
  apigatewayv2: 'apigateway',
  'application-autoscaling': 'application-autoscaling',
  backup: 'backup',
  cloudfront: 'cloudfront',
  cloudwatch: 'monitoring',
  config: 'config',
  dax: 'dax',
  dynamodb: 'dynamodb',
  ecr: 'ecr',
  efs: 'elasticfilesystem',
  elasticache: 'elasticache',
  guardduty: 'guardduty',
  lambda: 'lambda',
  logs: 'logs',
  opensearch: 'es',
  redshift: 'redshift',
  'redshift-serverless': 'redshift-serverless',
  secretsmanager: 'secretsmanager',
  securityhub: 'securityhub',
  shield: 'shield',
  sns: 'sns',
  sqs: 'sqs',
  ssm: 'ssm',
  wafv2: 'wafv2',
};

/** Every catalogue service and its SDK module (the benchmark loads them all before it starts timing). */
export const SERVICES = Object.fromEntries(Object.entries(CATALOGUE).map(([name, spec]) => [name, { module: spec.sdkModule, clientClass: spec.clientClass }]));

const PROTOCOLS = {
  AwsQueryProtocol: 'awsQuery',
  AwsEc2QueryProtocol: 'ec2Query',
  AwsJson1_0Protocol: 'awsJson1_0',
  AwsJson1_1Protocol: 'awsJson1_1',
  AwsRestJsonProtocol: 'restJson1',
  AwsRestXmlProtocol: 'restXml',
  S3RestXmlProtocol: 'restXml',
};

const infos = new Map();

/** Module, protocol and operation schemas of a service, loaded on first use. */
export function serviceInfo(service) {
  let info = infos.get(service);
  if (!info) {
    const spec = SERVICES[service];
    if (!spec) throw new Error(`${service} is not a catalogue service`);
    const mod = requireSdk(spec.module);
    const client = new mod[spec.clientClass]({ region: 'us-east-1' });
    const protocol = PROTOCOLS[client.config.protocol?.constructor?.name];
    client.destroy();
    if (!protocol) throw new Error(`${spec.module}: unknown protocol ${client.config.protocol?.constructor?.name}`);
    info = { service, module: mod, protocol, operations: new Map(), routes: undefined };
    infos.set(service, info);
  }
  return info;
}

/** The operation schema `[9, namespace, name, traits, input, output]` exported by the SDK module. */
export async function operationSchema(service, operation) {
  return schemaOf(serviceInfo(service), operation);
}

function schemaOf(info, operation) {
  let schema = info.operations.get(operation);
  if (!schema) {
    const op = info.module[`${operation}$`];
    if (!op) throw new Error(`${SERVICES[info.service].module} has no schema for ${operation}`);
    schema = { http: op[3]?.http, input: NormalizedSchema.of(op[4]), output: NormalizedSchema.of(op[5]) };
    info.operations.set(operation, schema);
  }
  return schema;
}

/** The REST routes of a service: method, path template and operation, most specific template first. */
function routesOf(info) {
  if (!info.routes) {
    const catalogueOps = Object.keys(CATALOGUE[info.service].operations);
    info.routes = catalogueOps
      .map((operation) => ({ operation, http: schemaOf(info, operation).http }))
      .filter((r) => Array.isArray(r.http))
      .map(({ operation, http: [method, uri] }) => {
        const [path, query = ''] = uri.split('?');
        const literalQuery = Object.fromEntries(new URLSearchParams(query));
        return { operation, method, segments: path.split('/').filter(Boolean), literalQuery };
      })
      // Literal segments before labels: `/apis/{ApiId}/routes` before `/apis/{ApiId}/{Anything}`.
      .sort((a, b) => b.segments.filter((s) => !s.startsWith('{')).length - a.segments.filter((s) => !s.startsWith('{')).length);
  }
  return info.routes;
}

/** Labels of a route matching the path, or undefined. `{Name+}` takes the rest of the path. */
function matchRoute(route, method, pathSegments, query) {
  if (route.method !== method) return undefined;
  for (const [k, v] of Object.entries(route.literalQuery)) if (k !== 'x-id' && (query[k] ?? '') !== v) return undefined;
  const labels = {};
  for (let i = 0; i < route.segments.length; i++) {
    const segment = route.segments[i];
    const label = /^\{([^}+]+)(\+?)\}$/.exec(segment);
    if (label?.[2]) {
      labels[label[1]] = pathSegments.slice(i).map(decodeURIComponent).join('/');
      return labels;
    }
    const actual = pathSegments[i];
    if (actual === undefined) return undefined;
    if (label) labels[label[1]] = decodeURIComponent(actual);
    else if (segment !== actual) return undefined;
  }
  return pathSegments.length === route.segments.length ? labels : undefined;
}

/** The input members of a REST request: labels, query parameters and headers by their bindings, the rest from the body. */
function restInput(ns, labels, query, headers, body, protocol) {
  const params = {};
  const json = protocol === 'restJson1' && body ? JSON.parse(body) : {};
  for (const [memberName, memberNs] of ns.structIterator()) {
    const traits = memberNs.getMergedTraits();
    if (traits.httpLabel) {
      if (labels[memberName] !== undefined) params[memberName] = labels[memberName];
    } else if (traits.httpQuery) {
      const value = query[traits.httpQuery];
      if (value !== undefined) params[memberName] = value;
    } else if (traits.httpHeader) {
      const value = headers[traits.httpHeader.toLowerCase()];
      if (value !== undefined) params[memberName] = value;
    } else if (!traits.httpQueryParams && !traits.httpPayload) {
      const wireName = traits.jsonName ?? memberName;
      if (json[wireName] !== undefined) params[memberName] = json[wireName];
    }
  }
  return params;
}

const S3_SUBRESOURCES = {
  policy: 'GetBucketPolicy',
  policyStatus: 'GetBucketPolicyStatus',
  publicAccessBlock: 'GetPublicAccessBlock',
  acl: 'GetBucketAcl',
  encryption: 'GetBucketEncryption',
  versioning: 'GetBucketVersioning',
  logging: 'GetBucketLogging',
  lifecycle: 'GetBucketLifecycleConfiguration',
  'object-lock': 'GetObjectLockConfiguration',
  ownershipControls: 'GetBucketOwnershipControls',
  notification: 'GetBucketNotificationConfiguration',
  location: 'GetBucketLocation',
};

/** Service, region, operation and the parameters that matter, from a signed request (body as text). */
export function parseRequest(request) {
  const parsed = parseParts(request);
  // The JSON protocols name the operation in a header, and the signing Region is not in every host name.
  return { ...parsed, identity: `${parsed.service} ${parsed.region} ${parsed.operation} ${parsed.identity}` };
}

function parseParts(request) {
  const host = request.hostname ?? '';
  const headers = lowerKeys(request.headers ?? {});
  const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\//.exec(headers.authorization ?? '');
  const region = scope?.[1] ?? 'us-east-1';
  const signingName = scope?.[2];
  const body = request.body ?? '';
  const query = request.query ?? {};
  const queryText = Object.keys(query)
    .filter((k) => k !== 'x-id')
    .sort()
    .map((k) => `${k}=${query[k] ?? ''}`)
    .join('&');
  // What identifies the request for duplicate counting: everything the service reads, nothing the signer adds.
  const identity = `${request.method} ${host}${request.path}?${queryText} ${body}`;
  const path = request.path ?? '/';

  if (host.includes('.s3-control.') || (signingName === 's3' && path.startsWith('/v20180820/'))) {
    const controlPath = path.replace(/^\/v20180820/, '');
    const params = { AccountId: headers['x-amz-account-id'], ...queryParams(query) };
    let operation = 'Unknown';
    if (controlPath === '/configuration/publicAccessBlock') operation = 'GetPublicAccessBlock';
    else if (controlPath === '/accesspoint') operation = 'ListAccessPoints';
    else if (controlPath.startsWith('/accesspoint/')) {
      operation = 'GetAccessPoint';
      params.Name = decodeURIComponent(controlPath.slice('/accesspoint/'.length));
    } else if (controlPath === '/mrap/instances') operation = 'ListMultiRegionAccessPoints';
    return { service: 's3control', region, operation, params, identity };
  }
  const s3Host = /^(?:(.+)\.)?s3[.-](?:[a-z0-9-]+\.)?amazonaws\.com$/.exec(host);
  if (s3Host || signingName === 's3') {
    let bucket = s3Host?.[1];
    if (!bucket) bucket = path.split('/')[1] || undefined;
    const params = queryParams(query);
    if (!bucket) return { service: 's3', region, operation: 'ListBuckets', params, identity };
    params.Bucket = decodeURIComponent(bucket);
    if (request.method === 'HEAD') return { service: 's3', region, operation: 'HeadBucket', params, identity };
    const sub = Object.keys(query).find((k) => Object.hasOwn(S3_SUBRESOURCES, k));
    if (sub) delete params[sub];
    return { service: 's3', region, operation: sub ? S3_SUBRESOURCES[sub] : `Unknown(${Object.keys(query).join(',')})`, params, identity };
  }

  const candidates = signingName
    ? Object.keys(SIGNING_NAMES).filter((s) => SIGNING_NAMES[s] === signingName && SERVICES[s])
    : Object.keys(SERVICES).filter((s) => s === host.split('.')[0]);
  for (const service of candidates) {
    const info = serviceInfo(service);
    if (info.protocol === 'awsJson1_0' || info.protocol === 'awsJson1_1') {
      const target = headers['x-amz-target'] ?? '';
      return { service, region, operation: target.slice(target.lastIndexOf('.') + 1), params: body ? JSON.parse(body) : {}, identity };
    }
    if (info.protocol === 'awsQuery' || info.protocol === 'ec2Query') {
      const form = new URLSearchParams(body);
      return { service, region, operation: form.get('Action') ?? 'Unknown', params: formParams(form), identity };
    }
    const pathSegments = path.split('?')[0].split('/').filter(Boolean);
    for (const route of routesOf(info)) {
      const labels = matchRoute(route, request.method, pathSegments, query);
      if (!labels) continue;
      const params = restInput(schemaOf(info, route.operation).input, labels, query, headers, body, info.protocol);
      return { service, region, operation: route.operation, params, identity };
    }
  }
  return { service: candidates[0] ?? signingName ?? 'unknown', region, operation: 'Unknown', params: {}, identity };
}

function lowerKeys(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined).map(([k, v]) => [k.toLowerCase(), v]));
}

function queryParams(query) {
  const out = {};
  for (const [k, v] of Object.entries(query)) if (k !== 'x-id') out[k] = v;
  return out;
}

/** Form members as a flat record; repeated members (`OwnerId.1`, `Filter.1.Name`) keep their dotted names. */
function formParams(form) {
  const out = {};
  for (const [k, v] of form) if (k !== 'Action' && k !== 'Version') out[k] = v;
  return out;
}

const XML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text) => String(text).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

function scalarText(ns, value) {
  if (ns.isTimestampSchema()) {
    const date = value instanceof Date ? value : new Date(value);
    const format = ns.getSchema();
    if (format === 7) return String(Math.floor(date.getTime() / 1000));
    if (format === 6) return date.toUTCString();
    return date.toISOString();
  }
  if (ns.isBlobSchema()) return Buffer.from(value).toString('base64');
  return escapeXml(value);
}

function xmlContent(ns, value) {
  if (ns.isListSchema()) throw new Error('a list has no content of its own');
  if (ns.isMapSchema()) {
    const keyName = ns.getKeySchema().getMergedTraits().xmlName ?? 'key';
    const valueNs = ns.getValueSchema();
    const valueName = valueNs.getMergedTraits().xmlName ?? 'value';
    return Object.entries(value)
      .map(([k, v]) => `<entry><${keyName}>${escapeXml(k)}</${keyName}>${xmlElement(valueName, valueNs, v)}</entry>`)
      .join('');
  }
  if (ns.isStructSchema()) return xmlMembers(ns, value).children;
  return scalarText(ns, value);
}

function xmlElement(name, ns, value, attributes = '') {
  if (ns.isStructSchema()) {
    const { attrs, children } = xmlMembers(ns, value);
    return `<${name}${attributes}${attrs}>${children}</${name}>`;
  }
  return `<${name}${attributes}>${xmlContent(ns, value)}</${name}>`;
}

function xmlMembers(ns, value) {
  let attrs = '';
  let children = '';
  for (const [memberName, memberNs] of ns.structIterator()) {
    const member = value[memberName];
    if (member === undefined || member === null) continue;
    const traits = memberNs.getMergedTraits();
    const name = memberNs.getMemberTraits().xmlName ?? memberName;
    if (traits.xmlAttribute) {
      const xmlns = name.startsWith('xsi:') ? ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' : '';
      attrs += `${xmlns} ${name}="${escapeXml(member)}"`;
    } else if (memberNs.isListSchema()) {
      const itemNs = memberNs.getValueSchema();
      if (traits.xmlFlattened) {
        children += member.map((item) => xmlElement(name, itemNs, item)).join('');
      } else {
        const itemName = itemNs.getMergedTraits().xmlName ?? 'member';
        children += `<${name}>${member.map((item) => xmlElement(itemName, itemNs, item)).join('')}</${name}>`;
      }
    } else if (memberNs.isMapSchema() && traits.xmlFlattened) {
      const keyName = memberNs.getKeySchema().getMergedTraits().xmlName ?? 'key';
      const valueNs = memberNs.getValueSchema();
      const valueName = valueNs.getMergedTraits().xmlName ?? 'value';
      children += Object.entries(member)
        .map(([k, v]) => `<${name}><${keyName}>${escapeXml(k)}</${keyName}>${xmlElement(valueName, valueNs, v)}</${name}>`)
        .join('');
    } else {
      children += xmlElement(name, memberNs, member);
    }
  }
  return { attrs, children };
}

/**
 * A value as a JSON protocol writes it: timestamps as epoch seconds unless the schema says
 * otherwise, blobs as base64, and under REST-JSON members by their JSON names.
 */
function jsonOf(ns, value, useJsonName) {
  if (value === undefined || value === null) return value;
  if (ns.isTimestampSchema()) {
    const date = value instanceof Date ? value : new Date(value);
    const format = ns.getSchema();
    if (format === 5) return date.toISOString();
    if (format === 6) return date.toUTCString();
    return date.getTime() / 1000;
  }
  if (ns.isBlobSchema()) return Buffer.from(value).toString('base64');
  if (ns.isListSchema()) return value.map((item) => jsonOf(ns.getValueSchema(), item, useJsonName));
  if (ns.isMapSchema()) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonOf(ns.getValueSchema(), v, useJsonName)]));
  if (ns.isStructSchema()) {
    const out = {};
    for (const [memberName, memberNs] of ns.structIterator()) {
      const member = value[memberName];
      if (member === undefined || member === null) continue;
      out[(useJsonName && memberNs.getMergedTraits().jsonName) || memberName] = jsonOf(memberNs, member, useJsonName);
    }
    return out;
  }
  if (ns.isDocumentSchema()) return value;
  return value;
}

const XMLNS = {
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  rds: 'http://rds.amazonaws.com/doc/2014-10-31/',
  elbv2: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
  ec2: 'http://ec2.amazonaws.com/doc/2016-11-15/',
};
const xmlnsOf = (service) => XMLNS[service] ?? `https://${SIGNING_NAMES[service] ?? service}.amazonaws.com/doc/`;

/** Status, headers and body text of a successful answer. */
export async function writeOutput(service, operation, output, requestId) {
  const info = serviceInfo(service);
  const { output: ns } = schemaOf(info, operation);
  const headers = { 'x-amzn-requestid': requestId, 'x-amz-request-id': requestId };
  if (info.protocol === 'awsJson1_0' || info.protocol === 'awsJson1_1') {
    const version = info.protocol === 'awsJson1_0' ? '1.0' : '1.1';
    return { statusCode: 200, headers: { ...headers, 'content-type': `application/x-amz-json-${version}` }, body: JSON.stringify(jsonOf(ns, output, false) ?? {}) };
  }
  if (info.protocol === 'awsQuery') {
    const members = ns.isStructSchema() ? xmlMembers(ns, output).children : '';
    const body = `<${operation}Response xmlns="${xmlnsOf(service)}"><${operation}Result>${members}</${operation}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`;
    return { statusCode: 200, headers: { ...headers, 'content-type': 'text/xml' }, body };
  }
  if (info.protocol === 'ec2Query') {
    const members = ns.isStructSchema() ? xmlMembers(ns, output).children : '';
    return { statusCode: 200, headers: { ...headers, 'content-type': 'text/xml' }, body: `<${operation}Response xmlns="${xmlnsOf(service)}"><requestId>${requestId}</requestId>${members}</${operation}Response>` };
  }
  // REST protocols: header-bound members go to headers, a payload member is the whole body, the rest is the body.
  const rest = info.protocol === 'restJson1' ? 'json' : 'xml';
  headers['content-type'] = rest === 'json' ? 'application/json' : 'text/xml';
  let statusCode = 200;
  let payload;
  const bodyMembers = {};
  let hasBodyMembers = false;
  for (const [memberName, memberNs] of ns.structIterator()) {
    const value = output[memberName];
    if (value === undefined || value === null) continue;
    const traits = memberNs.getMergedTraits();
    if (traits.httpHeader) headers[traits.httpHeader.toLowerCase()] = memberNs.isTimestampSchema() ? new Date(value).toUTCString() : String(value);
    else if (traits.httpResponseCode) statusCode = Number(value);
    else if (traits.httpPayload) {
      if (rest === 'json') payload = memberNs.isStructSchema() || memberNs.isDocumentSchema() ? JSON.stringify(jsonOf(memberNs, value, true)) : String(value);
      else if (memberNs.isStructSchema()) payload = xmlElement(memberNs.getMergedTraits().xmlName ?? memberNs.getName(), memberNs, value);
      else payload = memberNs.isBlobSchema() ? Buffer.from(value) : String(value);
    } else {
      bodyMembers[memberName] = value;
      hasBodyMembers = true;
    }
  }
  if (payload !== undefined) return { statusCode, headers, body: payload };
  if (rest === 'json') return { statusCode, headers, body: JSON.stringify(jsonOf(ns, bodyMembers, true)) };
  if (!hasBodyMembers) return { statusCode, headers, body: '' };
  const rootName = ns.getMergedTraits().xmlName ?? ns.getName();
  const { attrs, children } = xmlMembers(ns, bodyMembers);
  return { statusCode, headers, body: `<?xml version="1.0" encoding="UTF-8"?><${rootName}${attrs}>${children}</${rootName}>` };
}

/** Status, headers and body text of an error, in the service's own error format. */
export function writeError(service, { code, message, status = 400 }, requestId) {
  const protocol = SERVICES[service] ? serviceInfo(service).protocol : 'awsJson1_1';
  const headers = { 'x-amzn-requestid': requestId, 'x-amz-request-id': requestId };
  if (protocol === 'awsJson1_0' || protocol === 'awsJson1_1' || protocol === 'restJson1') {
    const contentType = protocol === 'restJson1' ? 'application/json' : `application/x-amz-json-${protocol === 'awsJson1_0' ? '1.0' : '1.1'}`;
    return {
      statusCode: status,
      headers: { ...headers, 'content-type': contentType, 'x-amzn-errortype': code },
      body: JSON.stringify({ __type: code, message, Message: message }),
    };
  }
  headers['content-type'] = 'text/xml';
  if (protocol === 'ec2Query') {
    return {
      statusCode: status,
      headers,
      body: `<Response><Errors><Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`,
    };
  }
  if (protocol === 'awsQuery' || service === 'cloudfront') {
    return {
      statusCode: status,
      headers,
      body: `<ErrorResponse xmlns="${xmlnsOf(service)}"><Error><Type>Sender</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
    };
  }
  return {
    statusCode: status,
    headers,
    body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message><RequestId>${requestId}</RequestId></Error>`,
  };
}
