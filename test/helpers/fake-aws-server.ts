// A small AWS-compatible HTTP endpoint on loopback: it speaks the wire protocols the SDK uses
// (query, EC2 query, JSON 1.1, REST-XML) for a handful of operations, so tests can prove that
// requests are signed, addressed (path-style S3, S3 Control host) and parsed as against AWS.

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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
}

export interface Reply {
  status?: number;
  contentType?: string;
  body: string;
}

/** Answers by `service:Operation`; unknown operations get a 400 with an error body. */
export type Handlers = Record<string, (req: SeenRequest, params: URLSearchParams | Record<string, unknown>) => Reply | Promise<Reply>>;

const QUERY_VERSIONS: Record<string, string> = {
  '2011-06-15': 'sts',
  '2010-05-08': 'iam',
  '2016-11-15': 'ec2',
  '2014-10-31': 'rds',
  '2015-12-01': 'elbv2',
};

export interface FakeAws {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function identify(req: IncomingMessage, url: URL, body: string): { service: string; operation: string; params: URLSearchParams | Record<string, unknown> } {
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') {
    const [prefix, operation = ''] = target.split('.');
    const service = prefix === 'TrentService' ? 'kms' : prefix?.startsWith('CloudTrail') || target.includes('CloudTrail') ? 'cloudtrail' : prefix ?? '';
    return { service, operation: target.split('.').pop() ?? operation, params: body ? (JSON.parse(body) as Record<string, unknown>) : {} };
  }
  const contentType = String(req.headers['content-type'] ?? '');
  if (req.method === 'POST' && contentType.includes('x-www-form-urlencoded')) {
    const params = new URLSearchParams(body);
    return { service: QUERY_VERSIONS[params.get('Version') ?? ''] ?? 'unknown', operation: params.get('Action') ?? '', params };
  }
  if (url.pathname.startsWith('/v20180820/configuration/publicAccessBlock')) return { service: 's3control', operation: 'GetPublicAccessBlock', params: url.searchParams };
  const [bucket] = url.pathname.split('/').filter(Boolean);
  const q = url.searchParams;
  if (!bucket) return { service: 's3', operation: 'ListBuckets', params: q };
  const sub = ['location', 'policy', 'publicAccessBlock', 'acl', 'encryption', 'versioning', 'logging', 'policyStatus'].find((k) => q.has(k));
  const ops: Record<string, string> = {
    location: 'GetBucketLocation',
    policy: 'GetBucketPolicy',
    publicAccessBlock: 'GetPublicAccessBlock',
    acl: 'GetBucketAcl',
    encryption: 'GetBucketEncryption',
    versioning: 'GetBucketVersioning',
    logging: 'GetBucketLogging',
    policyStatus: 'GetBucketPolicyStatus',
  };
  const params = new URLSearchParams(q);
  params.set('Bucket', bucket);
  return { service: 's3', operation: sub ? ops[sub]! : 'Unknown', params };
}

export async function startFakeAws(handlers: Handlers): Promise<FakeAws> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    const body = await bodyOf(req);
    const { service, operation, params } = identify(req, url, body);
    const authorization = String(req.headers.authorization ?? '');
    const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization);
    const seen: SeenRequest = {
      service,
      operation,
      method: req.method ?? '',
      host: String(req.headers.host ?? ''),
      path: url.pathname,
      signedRegion: scope?.[1],
      signedService: scope?.[2],
      authorization,
    };
    requests.push(seen);
    const handler = handlers[`${service}:${operation}`];
    const reply: Reply = handler
      ? await handler(seen, params)
      : { status: 400, contentType: 'text/xml', body: `<ErrorResponse><Error><Code>InvalidAction</Code><Message>${service}:${operation} is not implemented</Message></Error></ErrorResponse>` };
    res.writeHead(reply.status ?? 200, { 'content-type': reply.contentType ?? 'text/xml', 'x-amzn-requestid': 'fake-request' });
    res.end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export const xml = (body: string): Reply => ({ contentType: 'text/xml', body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}` });
export const json = (value: unknown): Reply => ({ contentType: 'application/x-amz-json-1.1', body: JSON.stringify(value) });

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
