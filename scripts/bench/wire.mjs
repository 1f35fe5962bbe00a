// The server side of the AWS wire protocols the scanner's SDK clients speak: reads a signed
// HttpRequest back into (service, region, operation, input) and writes outputs and errors the way
// AWS does. Response shapes come from the SDK's own operation schemas, so element names, list
// wrappers, flattening, header bindings and payload members follow the models exactly.

import { NormalizedSchema } from '@smithy/core/schema';

/** How each catalogue service is reached on the wire. */
export const SERVICES = {
  sts: { module: '@aws-sdk/client-sts', protocol: 'awsQuery', host: 'sts', xmlns: 'https://sts.amazonaws.com/doc/2011-06-15/' },
  iam: { module: '@aws-sdk/client-iam', protocol: 'awsQuery', host: 'iam', xmlns: 'https://iam.amazonaws.com/doc/2010-05-08/' },
  rds: { module: '@aws-sdk/client-rds', protocol: 'awsQuery', host: 'rds', xmlns: 'http://rds.amazonaws.com/doc/2014-10-31/' },
  elbv2: {
    module: '@aws-sdk/client-elastic-load-balancing-v2',
    protocol: 'awsQuery',
    host: 'elasticloadbalancing',
    xmlns: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
  },
  ec2: { module: '@aws-sdk/client-ec2', protocol: 'ec2Query', host: 'ec2', xmlns: 'http://ec2.amazonaws.com/doc/2016-11-15/' },
  kms: { module: '@aws-sdk/client-kms', protocol: 'awsJson1_1', host: 'kms' },
  cloudtrail: { module: '@aws-sdk/client-cloudtrail', protocol: 'awsJson1_1', host: 'cloudtrail' },
  s3: { module: '@aws-sdk/client-s3', protocol: 'restXml', host: 's3' },
  s3control: { module: '@aws-sdk/client-s3-control', protocol: 'restXml', host: 's3-control' },
  cloudwatch: { module: '@aws-sdk/client-cloudwatch', protocol: 'awsJson1_0', host: 'monitoring' },
  logs: { module: '@aws-sdk/client-cloudwatch-logs', protocol: 'awsJson1_1', host: 'logs' },
  sns: { module: '@aws-sdk/client-sns', protocol: 'awsQuery', host: 'sns', xmlns: 'http://sns.amazonaws.com/doc/2010-03-31/' },
};

/** The JSON protocols differ on the wire only by their content type. */
const JSON_CONTENT_TYPES = { awsJson1_0: 'application/x-amz-json-1.0', awsJson1_1: 'application/x-amz-json-1.1' };

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
  const host = request.hostname;
  const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(request.headers.authorization ?? request.headers.Authorization ?? '');
  const region = scope?.[1] ?? 'us-east-1';
  const body = request.body ?? '';
  const query = request.query ?? {};
  const queryText = Object.keys(query)
    .filter((k) => k !== 'x-id')
    .sort()
    .map((k) => `${k}=${query[k] ?? ''}`)
    .join('&');
  // What identifies the request for duplicate counting: everything the service reads, nothing the signer adds.
  const identity = `${request.method} ${host}${request.path}?${queryText} ${body}`;

  if (host.includes('.s3-control.')) {
    const path = request.path.replace(/^\/v20180820/, '');
    const params = { AccountId: request.headers['x-amz-account-id'], ...queryParams(query) };
    let operation;
    if (path === '/configuration/publicAccessBlock') operation = 'GetPublicAccessBlock';
    else if (path === '/accesspoint') operation = 'ListAccessPoints';
    else if (path.startsWith('/accesspoint/')) {
      operation = 'GetAccessPoint';
      params.Name = decodeURIComponent(path.slice('/accesspoint/'.length));
    } else if (path === '/mrap/instances') operation = 'ListMultiRegionAccessPoints';
    return { service: 's3control', region, operation, params, identity };
  }
  const s3 = /^(?:(.+)\.)?s3[.-](?:[a-z0-9-]+\.)?amazonaws\.com$/.exec(host);
  if (s3) {
    let bucket = s3[1];
    let path = request.path;
    if (!bucket) {
      const [, first, ...rest] = path.split('/');
      bucket = first || undefined;
      path = `/${rest.join('/')}`;
    }
    if (!bucket) return { service: 's3', region, operation: 'ListBuckets', params: queryParams(query), identity };
    const sub = Object.keys(query).find((k) => Object.hasOwn(S3_SUBRESOURCES, k));
    return { service: 's3', region, operation: sub ? S3_SUBRESOURCES[sub] : `Unknown(${Object.keys(query).join(',')})`, params: { Bucket: decodeURIComponent(bucket) }, identity };
  }
  const prefix = host.split('.')[0];
  const service = Object.keys(SERVICES).find((name) => SERVICES[name].host === prefix);
  if (!service) return { service: prefix, region, operation: 'Unknown', params: {}, identity };
  if (JSON_CONTENT_TYPES[SERVICES[service].protocol]) {
    const target = request.headers['x-amz-target'] ?? '';
    return { service, region, operation: target.slice(target.indexOf('.') + 1), params: body ? JSON.parse(body) : {}, identity };
  }
  const form = new URLSearchParams(body);
  return { service, region, operation: form.get('Action') ?? 'Unknown', params: formParams(form), identity };
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

const schemas = new Map();

/** The operation schema `[9, namespace, name, traits, input, output]` exported by the SDK module. */
export async function operationSchema(service, operation) {
  const key = `${service}:${operation}`;
  if (!schemas.has(key)) {
    const mod = await import(SERVICES[service].module);
    const op = mod[`${operation}$`];
    if (!op) throw new Error(`${SERVICES[service].module} has no schema for ${operation}`);
    schemas.set(key, { output: NormalizedSchema.of(op[5]) });
  }
  return schemas.get(key);
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
    } else {
      children += xmlElement(name, memberNs, member);
    }
  }
  return { attrs, children };
}

/** JSON protocols carry timestamps as epoch seconds and blobs as base64. */
function jsonValue(value) {
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(jsonValue);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = jsonValue(v);
    return out;
  }
  return value;
}

/** Status, headers and body text of a successful answer. */
export async function writeOutput(service, operation, output, requestId) {
  const spec = SERVICES[service];
  const { output: ns } = await operationSchema(service, operation);
  const headers = { 'x-amzn-requestid': requestId, 'x-amz-request-id': requestId };
  if (JSON_CONTENT_TYPES[spec.protocol]) {
    return { statusCode: 200, headers: { ...headers, 'content-type': JSON_CONTENT_TYPES[spec.protocol] }, body: JSON.stringify(jsonValue(output)) };
  }
  headers['content-type'] = 'text/xml';
  if (spec.protocol === 'awsQuery') {
    const members = ns.isStructSchema() ? xmlMembers(ns, output).children : '';
    const body = `<${operation}Response xmlns="${spec.xmlns}"><${operation}Result>${members}</${operation}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`;
    return { statusCode: 200, headers, body };
  }
  if (spec.protocol === 'ec2Query') {
    const members = ns.isStructSchema() ? xmlMembers(ns, output).children : '';
    return { statusCode: 200, headers, body: `<${operation}Response xmlns="${spec.xmlns}"><requestId>${requestId}</requestId>${members}</${operation}Response>` };
  }
  // restXml: header-bound members go to headers, a payload member is the whole body, the rest is one root element.
  let payload;
  const bodyMembers = {};
  let hasBodyMembers = false;
  for (const [memberName, memberNs] of ns.structIterator()) {
    const value = output[memberName];
    if (value === undefined || value === null) continue;
    const traits = memberNs.getMergedTraits();
    if (traits.httpHeader) headers[traits.httpHeader.toLowerCase()] = memberNs.isTimestampSchema() ? new Date(value).toUTCString() : String(value);
    else if (traits.httpPayload) {
      if (memberNs.isStructSchema()) payload = xmlElement(traits.xmlName ?? memberNs.getName(), memberNs, value);
      else payload = memberNs.isBlobSchema() ? Buffer.from(value) : String(value);
    } else if (!traits.httpResponseCode) {
      bodyMembers[memberName] = value;
      hasBodyMembers = true;
    }
  }
  if (payload !== undefined) return { statusCode: 200, headers, body: payload };
  if (!hasBodyMembers) return { statusCode: 200, headers, body: '' };
  const rootName = ns.getMergedTraits().xmlName ?? ns.getName();
  const { attrs, children } = xmlMembers(ns, bodyMembers);
  return { statusCode: 200, headers, body: `<?xml version="1.0" encoding="UTF-8"?><${rootName}${attrs}>${children}</${rootName}>` };
}

/** Status, headers and body text of an error, in the service's own error format. */
export function writeError(service, { code, message, status = 400 }, requestId) {
  const spec = SERVICES[service];
  const headers = { 'x-amzn-requestid': requestId, 'x-amz-request-id': requestId };
  if (JSON_CONTENT_TYPES[spec.protocol]) {
    return {
      statusCode: status,
      headers: { ...headers, 'content-type': JSON_CONTENT_TYPES[spec.protocol], 'x-amzn-errortype': code },
      body: JSON.stringify({ __type: code, message }),
    };
  }
  headers['content-type'] = 'text/xml';
  if (spec.protocol === 'ec2Query') {
    return {
      statusCode: status,
      headers,
      body: `<Response><Errors><Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`,
    };
  }
  if (spec.protocol === 'awsQuery') {
    return {
      statusCode: status,
      headers,
      body: `<ErrorResponse xmlns="${spec.xmlns}"><Error><Type>Sender</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
    };
  }
  return {
    statusCode: status,
    headers,
    body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message><RequestId>${requestId}</RequestId></Error>`,
  };
}
