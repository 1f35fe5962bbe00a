// The settings SdkTransport resolves once for all its clients (FIPS and dual-stack endpoints, the
// user agent's application id) still come from the environment, as each client would read them.
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { SdkTransport } from '../../src/aws/sdk-transport.js';

const credentials = async () => ({ accessKeyId: 'AKIASHAREDSETTINGS01', secretAccessKey: 'shared-settings-secret' });
const VARIABLES = ['AWS_USE_FIPS_ENDPOINT', 'AWS_USE_DUALSTACK_ENDPOINT', 'AWS_SDK_UA_APP_ID'];
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));

afterEach(() => {
  for (const name of VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

/** Sends ListKeys (KMS, JSON) and ListQueues (SQS, JSON) in two Regions; returns the host and user agent of each request. */
async function sendSome(): Promise<Array<{ host: string; userAgent: string }>> {
  const seen: Array<{ host: string; userAgent: string }> = [];
  const requestHandler = {
    async handle(request: { hostname: string; headers: Record<string, string> }) {
      seen.push({ host: request.hostname, userAgent: request.headers['user-agent'] ?? '' });
      const body = request.headers['x-amz-target']?.startsWith('TrentService') ? '{"Keys":[],"Truncated":false}' : '{"QueueUrls":[]}';
      return { response: { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: Readable.from([Buffer.from(body)]) } };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
    destroy() {},
  };
  const transport = new SdkTransport({ credentials, maxAttempts: 1, requestTimeoutMs: 5000, connectionTimeoutMs: 1000, requestHandler, env: {} });
  try {
    for (const region of ['eu-west-1', 'us-east-2']) {
      await transport.send({ service: 'kms', region, operation: 'ListKeys', input: {} });
      await transport.send({ service: 'sqs', region, operation: 'ListQueues', input: {} });
    }
  } finally {
    transport.destroy();
  }
  return seen;
}

describe('settings shared by every client of a transport', () => {
  it('are the SDK defaults when the environment sets nothing', async () => {
    for (const name of VARIABLES) delete process.env[name];
    const seen = await sendSome();
    expect(seen.map((r) => r.host)).toEqual(['kms.eu-west-1.amazonaws.com', 'sqs.eu-west-1.amazonaws.com', 'kms.us-east-2.amazonaws.com', 'sqs.us-east-2.amazonaws.com']);
    expect(seen.every((r) => !r.userAgent.includes('app/'))).toBe(true);
  });

  it('follow AWS_USE_FIPS_ENDPOINT and AWS_SDK_UA_APP_ID in every client', async () => {
    process.env.AWS_USE_FIPS_ENDPOINT = 'true';
    process.env.AWS_SDK_UA_APP_ID = 'posture-ci';
    const seen = await sendSome();
    expect(seen.map((r) => r.host)).toEqual(['kms-fips.eu-west-1.amazonaws.com', 'sqs-fips.eu-west-1.amazonaws.com', 'kms-fips.us-east-2.amazonaws.com', 'sqs-fips.us-east-2.amazonaws.com']);
    expect(seen.every((r) => r.userAgent.includes('app/posture-ci'))).toBe(true);
  });

  it('follow AWS_USE_DUALSTACK_ENDPOINT', async () => {
    process.env.AWS_USE_DUALSTACK_ENDPOINT = 'true';
    const seen = await sendSome();
    expect(seen.map((r) => r.host)).toEqual(['kms.eu-west-1.api.aws', 'sqs.eu-west-1.api.aws', 'kms.us-east-2.api.aws', 'sqs.us-east-2.api.aws']);
  });
});
