// SQS requests that name a queue go to the endpoint the scan was given, never to the host of the
// queue URL an answer carried (the SQS client's default when the endpoint comes from the environment).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SdkTransport } from '../../src/aws/sdk-transport.js';
import { AwsData } from '../../src/data/aws-data.js';
import { json, startFakeAws, type FakeAws } from '../helpers/fake-aws-server.js';

const credentials = async () => ({ accessKeyId: 'AKIASQSENDPOINTTEST1', secretAccessKey: 'sqs-endpoint-secret' });
let fake: FakeAws;

beforeAll(async () => {
  fake = await startFakeAws({}, { fallback: () => json({ Attributes: { QueueArn: 'arn:aws:sqs:eu-west-1:123456789012:orders', SqsManagedSseEnabled: 'true' } }) });
});
afterAll(() => fake.close());

describe('SQS queue URLs', () => {
  it.each([
    ['AWS_ENDPOINT_URL', { env: { AWS_ENDPOINT_URL: 'FAKE' } }],
    ['AWS_ENDPOINT_URL_SQS', { env: { AWS_ENDPOINT_URL_SQS: 'FAKE' } }],
    ['--endpoint-url', { endpointUrl: 'FAKE' }],
  ])('with %s, GetQueueAttributes of an AWS-style queue URL is sent to the endpoint', async (name, raw) => {
    const options = JSON.parse(JSON.stringify(raw).replaceAll('FAKE', fake.url)) as { env?: Record<string, string>; endpointUrl?: string };
    const before = fake.requests.length;
    // The SDK reads the endpoint variables from the process environment itself.
    const saved = { ...process.env };
    Object.assign(process.env, options.env ?? {});
    try {
      const aws = new AwsData(new SdkTransport({ credentials, maxAttempts: 1, requestTimeoutMs: 5000, connectionTimeoutMs: 1000, ...options }), { concurrency: 1 });
      const out = await aws.call({
        service: 'sqs',
        operation: 'GetQueueAttributes',
        region: 'eu-west-1',
        input: { QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/orders', AttributeNames: ['All'] },
      });
      expect(out, name).toMatchObject({ Attributes: { SqsManagedSseEnabled: 'true' } });
    } finally {
      for (const key of Object.keys(options.env ?? {})) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
    const seen = fake.requests.slice(before);
    expect(seen.map((r) => [r.operation, r.host, r.signedService, r.signedRegion])).toEqual([['GetQueueAttributes', new URL(fake.url).host, 'sqs', 'eu-west-1']]);
  });
});
