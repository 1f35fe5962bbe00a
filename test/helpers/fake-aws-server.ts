// A small AWS-compatible HTTP endpoint on loopback: it speaks the wire protocols the SDK uses
// (query, EC2 query, JSON 1.0 and 1.1, REST-JSON, REST-XML), so tests can prove that requests are signed, addressed
// (path-style S3, S3 Control host) and parsed as against AWS. It answers from handlers, or from a
// recorded inventory (every operation of a demo scan), and can inject faults on the wire: AWS error
// documents, 5xx, connections reset or never answered.

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeValue, type RecordedCall } from '../../src/data/inventory.js';

export interface SeenRequest {
  service: string;
  operation: string;
  method: string;
  host: string;
  path: string;
  /** SigV4 credential scope service, e.g. `ec2` from `.../us-east-1/ec2/aws4_request`. */
  signedService: string | undefined;
  signedRegion: string | undefined;
  authorization: string;
  /** The region the request was signed for (us-east-1 when unsigned). */
  region: string;
  /** Access key id of the SigV4 credential. */
  accessKeyId: string | undefined;
  /** The x-amz-security-token header, when temporary credentials signed the request. */
  securityToken: string | undefined;
  /** Service, region, operation and parameters: the same for every attempt of one request. */
  identity: string;
  /** 1 the first time this identity is seen with this access key, 2 for its first retry, and so on. */
  attempt: number;
}

export interface Reply {
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
  body: string;
}

/** Closes the connection without an answer (the SDK sees ECONNRESET or "socket hang up"). */
export const RESET = { reset: true } as const;
/** Keeps the connection open and never answers (the SDK's request timeout must end it). */
export const HANG = { hang: true } as const;
export type Answer = Reply | typeof RESET | typeof HANG;

export type Params = URLSearchParams | Record<string, unknown>;
export type Handler = (req: SeenRequest, params: Params) => Answer | Promise<Answer>;
/** Answers by `service:Operation`; unknown operations get a 400 with an error body. */
export type Handlers = Record<string, Handler>;

export interface FakeAwsOptions {
  /** Answers what no handler takes, e.g. inventoryAnswers(calls). */
  fallback?: Handler;
  /** Consulted first for every request: an answer here replaces the normal one. */
  fault?: (req: SeenRequest, params: Params) => Answer | undefined;
}

export interface FakeAws {
  url: string;
  requests: SeenRequest[];
  /**
   * TCP connections accepted so far. An attempt the client gives up on while this process is too busy
   * to read its body never shows in `requests`; its connection is counted all the same.
   */
  readonly connections: number;
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Service, operation and parameters of a request, as the wire module reads them. Parameters of the
 * query protocols and of S3 stay URLSearchParams (handlers read them with `get`), the others records.
 */
function identify(req: IncomingMessage, url: URL, body: string): { service: string; operation: string; params: Params } {
  const query = Object.fromEntries(url.searchParams);
  const parsed = wire.parseRequest({
    method: req.method ?? 'GET',
    hostname: String(req.headers.host ?? '').split(':')[0] ?? '',
    path: url.pathname,
    query,
    headers: req.headers as Record<string, string | undefined>,
    body,
  });
  if (parsed.params && !(parsed.params instanceof URLSearchParams) && typeof body === 'string' && /x-www-form-urlencoded/.test(String(req.headers['content-type'] ?? ''))) {
    return { service: parsed.service, operation: parsed.operation, params: new URLSearchParams(body) };
  }
  if (parsed.service === 's3' || parsed.service === 's3control') {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(parsed.params)) if (typeof v === 'string') params.set(k, v);
    return { service: parsed.service, operation: parsed.operation, params };
  }
  return { service: parsed.service, operation: parsed.operation, params: parsed.params };
}

/** Every value of a request's parameters (or of a recorded input), as strings, sorted: what the two have in common. */
function leafValues(params: Params | unknown): string[] {
  const out: string[] = [];
  if (params instanceof URLSearchParams) {
    for (const [key, value] of params) if (key !== 'Action' && key !== 'Version' && value !== '') out.push(value);
  } else {
    const walk = (v: unknown) => {
      if (v === undefined || v === null || v === '') return;
      if (v instanceof Date) out.push(v.toISOString());
      else if (Array.isArray(v)) v.forEach(walk);
      else if (typeof v === 'object') Object.values(v as Record<string, unknown>).forEach(walk);
      else out.push(String(v));
    };
    walk(params);
  }
  return out.sort();
}

function identityOf(service: string, region: string, operation: string, params: Params): string {
  const pairs = params instanceof URLSearchParams ? [...params].map(([k, v]) => `${k}=${v}`).sort() : [JSON.stringify(params)];
  return `${service}|${region}|${operation}|${pairs.join('&')}`;
}

export async function startFakeAws(handlers: Handlers, options: FakeAwsOptions = {}): Promise<FakeAws> {
  const requests: SeenRequest[] = [];
  const attempts = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    const body = await bodyOf(req);
    const { service, operation, params } = identify(req, url, body);
    const authorization = String(req.headers.authorization ?? '');
    const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization);
    const region = scope?.[2] ?? 'us-east-1';
    const identity = identityOf(service, region, operation, params);
    // Counted per access key, so that two scans with their own credentials count their own attempts.
    const attemptKey = `${scope?.[1] ?? ''} ${identity}`;
    const attempt = (attempts.get(attemptKey) ?? 0) + 1;
    attempts.set(attemptKey, attempt);
    const token = req.headers['x-amz-security-token'];
    const seen: SeenRequest = {
      service,
      operation,
      method: req.method ?? '',
      host: String(req.headers.host ?? ''),
      path: url.pathname,
      signedRegion: scope?.[2],
      signedService: scope?.[3],
      authorization,
      region,
      accessKeyId: scope?.[1],
      securityToken: typeof token === 'string' ? token : undefined,
      identity,
      attempt,
    };
    requests.push(seen);
    let answer: Answer;
    try {
      const handler = handlers[`${service}:${operation}`] ?? options.fallback;
      answer =
        options.fault?.(seen, params) ??
        // Not an error AWS sends (InvalidAction would read as "not offered in this region"): a gap of the fake stays an ERROR.
        (handler ? await handler(seen, params) : awsError(service, 'FakeEndpointHasNoAnswer', `${service}:${operation} is not implemented`));
    } catch (err) {
      answer = { status: 500, contentType: 'text/plain', body: `fake endpoint failed: ${(err as Error).message}` };
    }
    if ('reset' in answer) {
      req.socket.destroy();
      return;
    }
    if ('hang' in answer) return;
    res.writeHead(answer.status ?? 200, { 'content-type': answer.contentType ?? 'text/xml', 'x-amzn-requestid': 'fake-request', ...answer.headers });
    res.end(answer.body);
  });
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get connections() {
      return connections;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export const xml = (body: string): Reply => ({ contentType: 'text/xml', body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}` });
export const json = (value: unknown): Reply => ({ contentType: 'application/x-amz-json-1.1', body: JSON.stringify(value) });

/** The server side of the wire protocols, shared with the benchmark: outputs serialised from the SDK's own schemas. */
interface WireModule {
  parseRequest(request: { method: string; hostname: string; path: string; query: Record<string, string>; headers: Record<string, string | undefined>; body: string }): {
    service: string;
    operation: string;
    params: Record<string, unknown>;
  };
  writeOutput(service: string, operation: string, output: unknown, requestId: string): Promise<{ statusCode: number; headers: Record<string, string>; body: string | Uint8Array }>;
  writeError(service: string, error: { code: string; message: string; status?: number }, requestId: string): { statusCode: number; headers: Record<string, string>; body: string };
}
const wire = (await import(new URL('../../scripts/bench/wire.mjs', import.meta.url).href)) as WireModule;

function replyOf(answer: { statusCode: number; headers: Record<string, string>; body: string | Uint8Array }): Reply {
  const { 'content-type': contentType = 'text/xml', ...headers } = answer.headers;
  return { status: answer.statusCode, contentType, headers, body: typeof answer.body === 'string' ? answer.body : Buffer.from(answer.body).toString('utf8') };
}

/** An AWS error document in the service's own protocol (query XML, EC2 XML, JSON, REST-XML). */
export function awsError(service: string, code: string, message: string, status = 400): Reply {
  return replyOf(wire.writeError(service, { code, message, status }, 'fake-request'));
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * S3's answer to a request whose signature it cannot verify. Like the real one it echoes the caller's
 * access key id and the canonical request (with the session token header); this one also puts both in
 * the message, which the real service does not, so a test can prove neither ever reaches the output.
 */
export function s3SignatureMismatch(req: SeenRequest): Reply {
  const key = req.accessKeyId ?? 'unknown';
  const token = req.securityToken ?? '';
  const canonical = `GET\n${req.path}\n\nhost:${req.host}\nx-amz-date:20261101T000000Z\nx-amz-security-token:${token}\n\nhost;x-amz-date;x-amz-security-token\nUNSIGNED-PAYLOAD`;
  const body =
    `<?xml version="1.0" encoding="UTF-8"?><Error><Code>SignatureDoesNotMatch</Code>` +
    `<Message>The request signature we calculated does not match the signature you provided. Check your key ${escapeXml(key)} and signing method (x-amz-security-token=${escapeXml(token)}).</Message>` +
    `<AWSAccessKeyId>${escapeXml(key)}</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256\n20261101T000000Z\n20261101/${req.region}/s3/aws4_request</StringToSign>` +
    `<SignatureProvided>${escapeXml(req.authorization)}</SignatureProvided><CanonicalRequest>${escapeXml(canonical)}</CanonicalRequest><RequestId>fake-request</RequestId></Error>`;
  return { status: 403, contentType: 'application/xml', body };
}

/**
 * Answers every request from recorded calls, serialised as the service would: a demo inventory
 * becomes a whole account behind the real SDK. A request matches a recorded call of the same
 * service, region and operation whose input has the same values (wire names differ from SDK names,
 * values do not). A request nothing matches gets NotRecordedInInventory.
 */
export function inventoryAnswers(calls: readonly RecordedCall[]): Handler {
  const index = new Map<string, RecordedCall>();
  for (const call of calls) {
    index.set(`${call.service}|${call.region}|${call.operation}|${leafValues(decodeValue(call.input)).join('\u0000')}`, call);
  }
  return async (req, params) => {
    const call = index.get(`${req.service}|${req.region}|${req.operation}|${leafValues(params).join('\u0000')}`);
    if (!call) return awsError(req.service, 'NotRecordedInInventory', `no recorded answer for ${req.service}:${req.operation} in ${req.region}`, 400);
    if (call.error) return awsError(req.service, call.error.code, call.error.message, call.error.httpStatus ?? 400);
    return replyOf(await wire.writeOutput(req.service, req.operation, decodeValue(call.output ?? {}), 'fake-request'));
  };
}

/** Standard answers of a small account: one region pair, one bucket without a policy, one open security group. */
export const ACCOUNT_HANDLERS: Handlers = {
  'sts:GetCallerIdentity': () =>
    xml(`<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::111122223333:user/auditor</Arn><UserId>AIDAEXAMPLE</UserId><Account>111122223333</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`),
  'ec2:DescribeRegions': () =>
    xml(`<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><regionInfo><item><regionName>us-east-1</regionName><regionEndpoint>ec2.us-east-1.amazonaws.com</regionEndpoint><optInStatus>opt-in-not-required</optInStatus></item><item><regionName>eu-west-1</regionName><regionEndpoint>ec2.eu-west-1.amazonaws.com</regionEndpoint><optInStatus>opt-in-not-required</optInStatus></item></regionInfo></DescribeRegionsResponse>`),
  'ec2:DescribeSecurityGroups': (req) =>
    xml(`<DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><securityGroupInfo><item><ownerId>111122223333</ownerId><groupId>sg-0open${req.signedRegion === 'eu-west-1' ? 'eu' : 'us'}</groupId><groupName>open-ssh</groupName><groupDescription>open</groupDescription><vpcId>vpc-1</vpcId><ipPermissions><item><ipProtocol>tcp</ipProtocol><fromPort>22</fromPort><toPort>22</toPort><groups/><ipRanges><item><cidrIp>0.0.0.0/0</cidrIp></item></ipRanges><ipv6Ranges/><prefixListIds/></item></ipPermissions><ipPermissionsEgress/></item></securityGroupInfo></DescribeSecurityGroupsResponse>`),
  'ec2:DescribeNetworkInterfaces': () =>
    xml(`<DescribeNetworkInterfacesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><networkInterfaceSet/></DescribeNetworkInterfacesResponse>`),
  's3:ListBuckets': () =>
    xml(`<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>o</ID></Owner><Buckets><Bucket><Name>wire-logs</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>`),
  's3:GetBucketLocation': () => xml(`<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">eu-west-1</LocationConstraint>`),
  's3:GetBucketPolicy': () => ({
    status: 404,
    contentType: 'application/xml',
    body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchBucketPolicy</Code><Message>The bucket policy does not exist</Message><BucketName>wire-logs</BucketName></Error>`,
  }),
  's3control:GetPublicAccessBlock': () =>
    xml(`<PublicAccessBlockConfiguration xmlns="http://awss3control.amazonaws.com/doc/2018-08-20/"><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>`),
  'kms:ListKeys': () => json({ Keys: [], Truncated: false }),
  'iam:GetAccountPasswordPolicy': () => ({
    status: 404,
    contentType: 'text/xml',
    body: `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The Password Policy with domain name 111122223333 cannot be found.</Message></Error><RequestId>r</RequestId></ErrorResponse>`,
  }),
};
