// Credentials never reach any output. Scans run with known fake keys and session tokens (from the
// environment, and from a profile of a temporary shared credentials file) against an endpoint that
// echoes them back in error documents the way S3 and the query services do, and worse: in the
// message itself. Neither stdout, stderr (with --debug), the JSON, SARIF and table reports, the
// saved inventory nor the exit-2 line may contain them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsCallError, toAwsError } from '../../src/aws/errors.js';
import { SdkTransport } from '../../src/aws/sdk-transport.js';
import { isolatedEnv, runCli } from '../helpers/cli.js';
import { awsError, inventoryAnswers, s3SignatureMismatch, startFakeAws, xml, type Answer, type FakeAws, type SeenRequest } from '../helpers/fake-aws-server.js';
import type { RecordedCall } from '../../src/data/inventory.js';
import { DEMO_INVENTORY } from './harness.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'aws-posture-secrets-'));

interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}
const FROM_ENV: Credentials = {
  accessKeyId: 'ASIAENVENVENVENV0042',
  secretAccessKey: 'env/Secret+Access+Key+never+printed+0042',
  sessionToken: 'IQoJb3JpZ2luX2VjEnvSessionTokenNeverPrinted/0042+abc==',
};
const FROM_PROFILE: Credentials = {
  accessKeyId: 'ASIAPROFILEPROFIL042',
  secretAccessKey: 'profile/Secret+Access+Key+never+printed+42',
  sessionToken: 'IQoJb3JpZ2luX2VjProfileSessionTokenNeverPrinted/42+xyz==',
};

/**
 * Errors that carry the caller's credentials: S3's SignatureDoesNotMatch (key id and canonical request
 * with the token), a query-service SignatureDoesNotMatch quoting the canonical string on its later
 * lines, and a message with all three on its first line.
 */
function leaky(req: SeenRequest): Answer | undefined {
  const key = req.accessKeyId ?? '';
  const token = req.securityToken ?? '';
  if (req.service === 's3' && req.operation === 'GetBucketPolicy') return s3SignatureMismatch(req);
  if (req.service === 'iam' && req.operation === 'ListServerCertificates') {
    const canonical = `POST\n/\n\ncontent-type:application/x-www-form-urlencoded\nhost:${req.host}\nx-amz-security-token:${token}\n`;
    return awsError('iam', 'SignatureDoesNotMatch', `The request signature we calculated does not match the signature you provided.\n\nThe Canonical String for this request should have been\n'${canonical}'`, 403);
  }
  if (req.service === 'kms' && req.operation === 'GetKeyRotationStatus') {
    const secret = [FROM_ENV, FROM_PROFILE].find((c) => c.accessKeyId === key)?.secretAccessKey ?? '';
    return awsError('kms', 'IncompleteSignature', `Credential=${key}/20261101/${req.region}/kms/aws4_request secret ${secret} X-Amz-Security-Token=${token} rejected`, 400);
  }
  return undefined;
}

/**
 * Subscription endpoints carry secrets of their own: a webhook URL with credentials, a path token
 * and a signed query, a person's email address. SNS hands them to anyone allowed to list the
 * subscriptions; the scanner keeps the host only.
 */
const ENDPOINT_SECRETS = ['Hunter2-Endpoint-Secret', 'endpoint-token-42', 'endpoint-sig-42', 'jane.endpoint.secret'];
function subscriptionsWithSecrets(_req: SeenRequest, params: unknown): Answer {
  const topic = (params as URLSearchParams).get('TopicArn') ?? '';
  const member = (protocol: string, endpoint: string, n: number) =>
    `<member><TopicArn>${topic}</TopicArn><Protocol>${protocol}</Protocol><SubscriptionArn>${topic}:0000000${n}-aaaa-bbbb-cccc-dddddddddddd</SubscriptionArn><Owner>123456789012</Owner><Endpoint>${endpoint}</Endpoint></member>`;
  return xml(
    `<ListSubscriptionsByTopicResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><ListSubscriptionsByTopicResult><Subscriptions>` +
      member('https', 'https://alerts:Hunter2-Endpoint-Secret@hooks.example.com/T0/B0/endpoint-token-42?sig=endpoint-sig-42', 1) +
      member('email', 'jane.endpoint.secret@example.com', 2) +
      member('http', 'http://legacy.example.net/hook?sig=endpoint-sig-42', 3) +
      `</Subscriptions></ListSubscriptionsByTopicResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListSubscriptionsByTopicResponse>`,
  );
}

let fake: FakeAws;
beforeAll(async () => {
  fake = await startFakeAws({ 'sns:ListSubscriptionsByTopic': subscriptionsWithSecrets }, { fallback: inventoryAnswers(DEMO_INVENTORY.calls), fault: leaky });
});
afterAll(() => fake.close());

function expectNowhere(credentials: Credentials, texts: Record<string, string>) {
  for (const [where, text] of Object.entries(texts)) {
    for (const secret of ENDPOINT_SECRETS) expect(text.includes(secret), `a subscription endpoint's ${secret} in ${where}`).toBe(false);
    for (const [what, value] of Object.entries(credentials)) expect(text.includes(value), `${what} in ${where}`).toBe(false);
    // Not even the unique part of the key id: masks keep the first four characters only.
    expect(text.includes(credentials.accessKeyId.slice(4)), `the key id's tail in ${where}`).toBe(false);
  }
}

async function scanAndCollect(credentials: Credentials, args: string[], env: NodeJS.ProcessEnv) {
  const dir = tmp();
  const files = { json: join(dir, 'report.json'), sarif: join(dir, 'report.sarif'), inventory: join(dir, 'inventory.json') };
  const before = fake.requests.length;
  const result = await runCli(
    ['scan', ...args, '--debug', '--show-passed', '--format', 'table', '--format', `json=${files.json}`, '--format', `sarif=${files.sarif}`, '--save-inventory', files.inventory, '--fail-on', 'none'],
    { env },
  );
  expect(result.code, result.stderr).toBe(0);
  const seen = fake.requests.slice(before);
  // The credentials really were used, and really were echoed.
  expect(seen.every((r) => r.accessKeyId === credentials.accessKeyId && r.securityToken === credentials.sessionToken)).toBe(true);
  const report = JSON.parse(readFileSync(files.json, 'utf8')) as { findings: Array<{ status: string; error: { code: string } | null; message: string }> };
  // The endpoints were served, and only their hosts came through.
  expect(report.findings.some((f) => f.message.includes('plain HTTP to a subscription at legacy.example.net'))).toBe(true);
  const codes = new Set(report.findings.filter((f) => f.status === 'ERROR').map((f) => f.error?.code));
  expect([...codes].sort()).toEqual(['IncompleteSignature', 'SignatureDoesNotMatch']);
  return {
    stdout: result.stdout,
    stderr: result.stderr,
    json: readFileSync(files.json, 'utf8'),
    sarif: readFileSync(files.sarif, 'utf8'),
    inventory: readFileSync(files.inventory, 'utf8'),
  };
}

describe('no credential in any output', () => {
  it('environment credentials with a session token', async () => {
    const env = isolatedEnv({
      AWS_ACCESS_KEY_ID: FROM_ENV.accessKeyId,
      AWS_SECRET_ACCESS_KEY: FROM_ENV.secretAccessKey,
      AWS_SESSION_TOKEN: FROM_ENV.sessionToken,
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL: fake.url,
    });
    expectNowhere(FROM_ENV, await scanAndCollect(FROM_ENV, [], env));
  }, 60_000);

  it('a profile of a shared credentials file', async () => {
    const dir = tmp();
    const file = join(dir, 'credentials');
    writeFileSync(file, `[auditor]\naws_access_key_id = ${FROM_PROFILE.accessKeyId}\naws_secret_access_key = ${FROM_PROFILE.secretAccessKey}\naws_session_token = ${FROM_PROFILE.sessionToken}\n`);
    const env = { ...isolatedEnv({ AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: fake.url }), AWS_SHARED_CREDENTIALS_FILE: file };
    expectNowhere(FROM_PROFILE, await scanAndCollect(FROM_PROFILE, ['--profile', 'auditor'], env));
  }, 60_000);

  it('the exit-2 line (and its --debug stack) when STS rejects the credentials in a message that quotes them', async () => {
    const sts = await startFakeAws({
      'sts:GetCallerIdentity': (req) =>
        awsError('sts', 'InvalidClientTokenId', `The security token ${req.securityToken} of key ${req.accessKeyId} included in the request is invalid.`, 403),
    });
    try {
      const env = isolatedEnv({
        AWS_ACCESS_KEY_ID: FROM_ENV.accessKeyId,
        AWS_SECRET_ACCESS_KEY: FROM_ENV.secretAccessKey,
        AWS_SESSION_TOKEN: FROM_ENV.sessionToken,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL: sts.url,
      });
      const result = await runCli(['scan', '--debug'], { env });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/InvalidClientTokenId/);
      expectNowhere(FROM_ENV, { stdout: result.stdout, stderr: result.stderr });
    } finally {
      await sts.close();
    }
  }, 30_000);
});

describe('no CloudFront origin header value in any output', () => {
  // Origin custom headers often carry the secret an origin checks to accept only CloudFront's
  // requests. An inventory that holds their values (recorded by another tool, or written by hand)
  // goes through the same reduction on replay: the values reach no report and no saved inventory.
  const SECRET = 'x-origin-verify-4b1d6f0e9c2a7358e1f4a6c9';
  const withValues = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withValues);
    if (!value || typeof value !== 'object') return value;
    const out = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, withValues(v)]));
    return 'HeaderName' in out ? { ...out, HeaderValue: SECRET } : out;
  };

  it('keeps the header names and drops their values from the table, JSON, SARIF and the saved inventory', async () => {
    const calls = DEMO_INVENTORY.calls.map((call) => (call.service === 'cloudfront' ? { ...call, output: withValues(call.output) } : call));
    expect(JSON.stringify(calls)).toContain(SECRET);
    const dir = tmp();
    const files = { input: join(dir, 'input.json'), json: join(dir, 'report.json'), sarif: join(dir, 'report.sarif'), inventory: join(dir, 'inventory.json') };
    writeFileSync(files.input, JSON.stringify({ ...DEMO_INVENTORY, calls }));
    const result = await runCli(
      ['scan', '--inventory', files.input, '--service', 'cloudfront', '--debug', '--show-passed', '--format', 'table', '--format', `json=${files.json}`, '--format', `sarif=${files.sarif}`, '--save-inventory', files.inventory, '--fail-on', 'none'],
      { env: isolatedEnv({}) },
    );
    expect(result.code, result.stderr).toBe(0);
    const saved = readFileSync(files.inventory, 'utf8');
    expect(saved).toContain('X-Origin-Verify');
    for (const [where, text] of Object.entries({ stdout: result.stdout, stderr: result.stderr, json: readFileSync(files.json, 'utf8'), sarif: readFileSync(files.sarif, 'utf8'), inventory: saved })) {
      expect(text.includes(SECRET), `the header value in ${where}`).toBe(false);
    }
  }, 60_000);
});

describe('the SDK transport hands on no credential', () => {
  it("keeps only the code, status and a scrubbed message of an error document that echoes them", async () => {
    const transport = new SdkTransport({
      credentials: async () => ({ ...FROM_ENV }),
      endpointUrl: fake.url,
      maxAttempts: 1,
      requestTimeoutMs: 5_000,
      connectionTimeoutMs: 1_000,
      env: {},
    });
    try {
      const req = { service: 's3' as const, operation: 'GetBucketPolicy', region: 'us-east-1', input: { Bucket: 'acme-logs-prod' } };
      const err = await transport.send(req).catch((e: unknown) => e);
      // Not the parsed error document (AWSAccessKeyId, CanonicalRequest) nor the raw response.
      expect(Object.keys(err as object).filter((k) => !['$metadata', 'name', 'code', 'Code'].includes(k))).toEqual([]);
      const info = toAwsError(err, req);
      expect(info).toBeInstanceOf(AwsCallError);
      expect(info.info).toMatchObject({ code: 'SignatureDoesNotMatch', kind: 'other', action: 's3:GetBucketPolicy' });
      expectNowhere(FROM_ENV, { error: JSON.stringify({ ...(err as object), message: (err as Error).message, stack: (err as Error).stack }), info: JSON.stringify(info.info) });
    } finally {
      transport.destroy();
    }
  });
});

/**
 * Configuration secrets: Lambda environment variables (ListFunctions answers them in clear text) and
 * API Gateway stage variables (GetStages, REST and HTTP/WebSocket, a canary's overrides included).
 * The demo account, with one more function and stages holding these values, is scanned through the
 * loopback fake (the real SDK) and replayed from a file; neither the reports, the logs (--debug) nor
 * the saved inventory may hold a value, a tail of one, or a value's own text inside a message.
 */
describe('no configuration secret in any output', () => {
  const LAMBDA_SECRETS = {
    STRIPE_SECRET_KEY: 'sk_live_51HabcdefghijklmnopQRSTUV',
    GITHUB_TOKEN: 'ghp_0123456789abcdefghijABCDEFGHIJ012345',
    DB_PASSWORD: 'pl41n-t3xt-p4ssw0rd-for-the-test!',
    SIGNING_SEED: 'q8Zr2LmX5vT9pWc3YnB7kD4sHf6JgQ1a',
  };
  const STAGE_SECRETS = {
    partnerApiKey: 'AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q',
    serviceJwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vLXN0YWdlIn0.c2lnbmF0dXJlLW5vdC1yZWFs',
  };
  const CANARY_SECRET = 'canary-0verride-passw0rd-value';
  const V2_SECRET = 'v2-stage-token-Zx81Lq0pWm3Vn7Bc';
  const VALUES = [...Object.values(LAMBDA_SECRETS), ...Object.values(STAGE_SECRETS), CANARY_SECRET, V2_SECRET];

  /** The demo inventory with the secrets added to answers the scan reads. */
  function withSecrets(): RecordedCall[] {
    return DEMO_INVENTORY.calls.map((call) => {
      const output = call.output as Record<string, unknown> | undefined;
      if (call.service === 'lambda' && call.operation === 'ListFunctions' && call.region === 'us-east-1') {
        const functions = output!.Functions as Array<Record<string, unknown>>;
        const leaky = { ...functions[0]!, FunctionName: 'leaky-config', FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:leaky-config', Environment: { Variables: { ...LAMBDA_SECRETS, TABLE_NAME: 'orders' } } };
        return { ...call, output: { ...output, Functions: [...functions, leaky] } };
      }
      if (call.service === 'apigateway' && call.operation === 'GetStages' && (call.input as { restApiId?: string }).restApiId === 'a1b2c3d4e5') {
        const stages = output!.item as Array<Record<string, unknown>>;
        const [first, ...rest] = stages;
        const variables = { ...(first!.variables as object), ...STAGE_SECRETS };
        return { ...call, output: { item: [{ ...first, variables, canarySettings: { percentTraffic: 5, stageVariableOverrides: { dbPassword: CANARY_SECRET } } }, ...rest] } };
      }
      if (call.service === 'apigatewayv2' && call.operation === 'GetStages' && (call.input as { ApiId?: string }).ApiId === 'x1y2z3a4b5') {
        const stages = output!.Items as Array<Record<string, unknown>>;
        return { ...call, output: { Items: stages.map((s) => ({ ...s, StageVariables: { backendToken: V2_SECRET } })) } };
      }
      return call;
    }).concat([
      { service: 'lambda', region: 'us-east-1', operation: 'GetPolicy', input: { FunctionName: 'leaky-config' }, error: { code: 'ResourceNotFoundException', message: 'The resource you requested does not exist.', httpStatus: 404 } },
      { service: 'lambda', region: 'us-east-1', operation: 'ListFunctionUrlConfigs', input: { FunctionName: 'leaky-config' }, output: { FunctionUrlConfigs: [] } },
    ]);
  }

  function expectNoValue(texts: Record<string, string>) {
    for (const [where, text] of Object.entries(texts)) {
      for (const value of VALUES) {
        expect(text.includes(value), `a value in ${where}`).toBe(false);
        expect(text.includes(value.slice(-12)), `a value's tail in ${where}`).toBe(false);
        expect(text.includes(value.slice(0, 16)), `a value's head in ${where}`).toBe(false);
      }
    }
  }

  async function scanWith(args: string[], env: NodeJS.ProcessEnv) {
    const dir = tmp();
    const files = { json: join(dir, 'report.json'), sarif: join(dir, 'report.sarif'), inventory: join(dir, 'inventory.json') };
    const result = await runCli(
      ['scan', ...args, '--debug', '--show-passed', '--service', 'lambda', '--service', 'apigateway', '--format', 'table', '--format', `json=${files.json}`, '--format', `sarif=${files.sarif}`, '--save-inventory', files.inventory, '--fail-on', 'none'],
      { env },
    );
    expect(result.code, result.stderr).toBe(0);
    const json = readFileSync(files.json, 'utf8');
    const report = JSON.parse(json) as { findings: Array<{ checkId: string; status: string; resourceId: string; message: string }> };
    // The secrets were there to find: the checks name the variables and the rules.
    const lambda = report.findings.find((f) => f.checkId === 'lambda-function-no-secrets-in-env' && f.resourceId === 'leaky-config');
    expect(lambda?.status).toBe('FAIL');
    expect(lambda?.message).toMatch(/STRIPE_SECRET_KEY: [^;]*format \(Stripe live key\)/);
    expect(lambda?.message).toContain('DB_PASSWORD: name (contains "password")');
    const stage = report.findings.find((f) => f.checkId === 'apigateway-rest-stage-no-secrets-in-variables' && f.resourceId === 'a1b2c3d4e5/prod');
    expect(stage?.status).toBe('FAIL');
    expect(stage?.message).toContain('canary override dbPassword: name (contains "password")');
    const inventory = readFileSync(files.inventory, 'utf8');
    expect(inventory).toContain('VariableFacts');
    return { stdout: result.stdout, stderr: result.stderr, json, sarif: readFileSync(files.sarif, 'utf8'), inventory };
  }

  it('through the SDK and a loopback endpoint that answers them in clear text', async () => {
    const leakyAccount = await startFakeAws({}, { fallback: inventoryAnswers(withSecrets()) });
    try {
      const env = isolatedEnv({ AWS_ACCESS_KEY_ID: 'AKIASECRETSCANTEST01', AWS_SECRET_ACCESS_KEY: 'x', AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: leakyAccount.url });
      expectNoValue(await scanWith([], env));
    } finally {
      await leakyAccount.close();
    }
  }, 60_000);

  it('replayed from an inventory that holds them in clear text', async () => {
    const dir = tmp();
    const source = join(dir, 'with-secrets.json');
    writeFileSync(source, JSON.stringify({ ...DEMO_INVENTORY, calls: withSecrets() }));
    // The input really holds them; what the scan writes must not.
    for (const value of VALUES) expect(readFileSync(source, 'utf8')).toContain(value);
    expectNoValue(await scanWith(['--inventory', source], isolatedEnv()));
  }, 60_000);
});
