// Through the real SDK stack (serialisation, signing, HTTP, parsing) against a loopback endpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsCallError } from '../../src/aws/errors.js';
import { SdkTransport } from '../../src/aws/sdk-transport.js';
import { AwsData } from '../../src/data/aws-data.js';
import { ACCOUNT_HANDLERS, startFakeAws, type FakeAws } from '../helpers/fake-aws-server.js';

const credentials = async () => ({ accessKeyId: 'AKIAWIRETESTWIRETEST', secretAccessKey: 'wire-secret' });
let fake: FakeAws;

beforeAll(async () => {
  fake = await startFakeAws(ACCOUNT_HANDLERS);
});
afterAll(() => fake.close());

function data(options: { endpointUrl?: string; env?: NodeJS.ProcessEnv }) {
  return new AwsData(new SdkTransport({ credentials, maxAttempts: 1, requestTimeoutMs: 5000, connectionTimeoutMs: 1000, ...options }), { concurrency: 4 });
}

describe('requests on the wire', () => {
  it('honours AWS_ENDPOINT_URL for every service, signed for the right service and region', async () => {
    const before = fake.requests.length;
    const aws = data({ env: { AWS_ENDPOINT_URL: fake.url } });
    // The SDK reads AWS_ENDPOINT_URL from the process environment itself.
    process.env.AWS_ENDPOINT_URL = fake.url;
    try {
      const out = await aws.call({ service: 'sts', operation: 'GetCallerIdentity', region: 'us-east-1', input: {} });
      expect(out).toMatchObject({ Account: '111122223333' });
      const groups = await aws.list({ service: 'ec2', operation: 'DescribeSecurityGroups', region: 'eu-west-1', input: {} }, 'SecurityGroups');
      expect(groups).toMatchObject([{ GroupId: 'sg-0openeu', IpPermissions: [{ FromPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }]);
    } finally {
      delete process.env.AWS_ENDPOINT_URL;
    }
    const seen = fake.requests.slice(before);
    expect(seen.map((r) => [r.service, r.operation, r.signedService, r.signedRegion])).toEqual([
      ['sts', 'GetCallerIdentity', 'sts', 'us-east-1'],
      ['ec2', 'DescribeSecurityGroups', 'ec2', 'eu-west-1'],
    ]);
  });

  it('addresses S3 path-style and S3 Control at the endpoint host when --endpoint-url is set', async () => {
    const before = fake.requests.length;
    const aws = data({ endpointUrl: fake.url });
    const buckets = await aws.list<{ Name: string }>({ service: 's3', operation: 'ListBuckets', region: 'us-east-1', input: {} }, 'Buckets');
    expect(buckets.map((b) => b.Name)).toEqual(['wire-logs']);
    const location = await aws.call({ service: 's3', operation: 'GetBucketLocation', region: 'us-east-1', input: { Bucket: 'wire-logs' } });
    expect(location).toMatchObject({ LocationConstraint: 'eu-west-1' });
    const policy = await aws.call({ service: 's3', operation: 'GetBucketPolicy', region: 'eu-west-1', input: { Bucket: 'wire-logs' } }, { absent: ['NoSuchBucketPolicy'] });
    expect(policy).toBeUndefined();
    const pab = await aws.call({ service: 's3control', operation: 'GetPublicAccessBlock', region: 'us-east-1', input: { AccountId: '111122223333' } });
    expect(pab).toMatchObject({ PublicAccessBlockConfiguration: { BlockPublicAcls: true, RestrictPublicBuckets: true } });
    const seen = fake.requests.slice(before);
    const host = new URL(fake.url).host;
    expect(seen.every((r) => r.host === host)).toBe(true);
    expect(seen.find((r) => r.operation === 'GetBucketPolicy')?.path).toMatch(/^\/wire-logs\/?$/);
    expect(seen.find((r) => r.service === 's3control')?.signedService).toBe('s3');
  });

  it('reads a JSON-protocol service (KMS) and a query error code (IAM NoSuchEntity)', async () => {
    const aws = data({ endpointUrl: fake.url });
    expect(await aws.list({ service: 'kms', operation: 'ListKeys', region: 'eu-west-1', input: {} }, 'Keys')).toEqual([]);
    const err = (await aws.call({ service: 'iam', operation: 'GetAccountPasswordPolicy', region: 'us-east-1', input: {} }).catch((e: unknown) => e)) as AwsCallError;
    expect(err).toBeInstanceOf(AwsCallError);
    expect(err.info).toMatchObject({ code: 'NoSuchEntity', action: 'iam:GetAccountPasswordPolicy' });
  });

  it('reports an unreachable endpoint as a network error, not a result', async () => {
    const aws = data({ endpointUrl: 'http://127.0.0.1:9' });
    const err = (await aws.call({ service: 'sts', operation: 'GetCallerIdentity', region: 'us-east-1', input: {} }).catch((e: unknown) => e)) as AwsCallError;
    expect(err).toBeInstanceOf(AwsCallError);
    expect(err.info.kind).toBe('network');
  });
});
