import { DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient, ListPoliciesCommand } from '@aws-sdk/client-iam';
import { GetBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { AwsCallError } from '../../src/aws/errors.js';
import { SdkTransport } from '../../src/aws/sdk-transport.js';
import { AwsData } from '../../src/data/aws-data.js';
import { Recorder, ReplayTransport, type InventoryFile } from '../../src/data/inventory.js';

const credentials = async () => ({ accessKeyId: 'AKIAEXAMPLEEXAMPLE12', secretAccessKey: 'secret-example' });
const transport = () => new SdkTransport({ credentials, maxAttempts: 1, requestTimeoutMs: 1000, connectionTimeoutMs: 1000 });
const ec2 = mockClient(EC2Client);
const iam = mockClient(IAMClient);
const s3 = mockClient(S3Client);

afterEach(() => {
  ec2.reset();
  iam.reset();
  s3.reset();
});

const sgRequest = { service: 'ec2' as const, operation: 'DescribeSecurityGroups', region: 'eu-west-1', input: {} };

describe('AwsData', () => {
  it('pages an EC2 listing to the end, following NextToken', async () => {
    ec2
      .on(DescribeSecurityGroupsCommand, {})
      .resolves({ SecurityGroups: [{ GroupId: 'sg-1' }], NextToken: 't1' })
      .on(DescribeSecurityGroupsCommand, { NextToken: 't1' })
      .resolves({ SecurityGroups: [{ GroupId: 'sg-2' }], NextToken: 't2' })
      .on(DescribeSecurityGroupsCommand, { NextToken: 't2' })
      .resolves({ SecurityGroups: [{ GroupId: 'sg-3' }] });
    const aws = new AwsData(transport(), { concurrency: 4 });
    const groups = await aws.list<{ GroupId: string }>(sgRequest, 'SecurityGroups');
    expect(groups.map((g) => g.GroupId)).toEqual(['sg-1', 'sg-2', 'sg-3']);
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)).toHaveLength(3);
  });

  it('stops IAM paging when IsTruncated is false even if a Marker is present', async () => {
    iam.on(ListPoliciesCommand).resolves({ Policies: [{ PolicyName: 'p' }], IsTruncated: false, Marker: 'stale' });
    const aws = new AwsData(transport(), { concurrency: 4 });
    const policies = await aws.list({ service: 'iam', operation: 'ListPolicies', region: 'us-east-1', input: {} }, 'Policies');
    expect(policies).toHaveLength(1);
    expect(iam.commandCalls(ListPoliciesCommand)).toHaveLength(1);
  });

  it('sends each distinct request once, however many callers ask, whatever the key order', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
    const aws = new AwsData(transport(), { concurrency: 4 });
    await Promise.all([
      aws.list({ ...sgRequest, input: { Filters: [{ Name: 'a', Values: ['1'] }], DryRun: false } }, 'SecurityGroups'),
      aws.list({ ...sgRequest, input: { DryRun: false, Filters: [{ Values: ['1'], Name: 'a' }] } }, 'SecurityGroups'),
      aws.list({ ...sgRequest, input: { DryRun: false, Filters: [{ Values: ['1'], Name: 'a' }] } }, 'SecurityGroups'),
    ]);
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)).toHaveLength(1);
    expect(aws.stats).toMatchObject({ sent: 1, reused: 2 });
  });

  it('sends the same operation again for another region', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
    const aws = new AwsData(transport(), { concurrency: 4 });
    await aws.list(sgRequest, 'SecurityGroups');
    await aws.list({ ...sgRequest, region: 'us-east-1' }, 'SecurityGroups');
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)).toHaveLength(2);
  });

  it('turns AccessDenied into an error naming the IAM action that was refused', async () => {
    const denied = Object.assign(new Error('User: arn:aws:iam::123456789012:user/a is not authorized to perform: ec2:DescribeSecurityGroups'), {
      name: 'UnauthorizedOperation',
      $metadata: { httpStatusCode: 403 },
    });
    ec2.on(DescribeSecurityGroupsCommand).rejects(denied);
    const aws = new AwsData(transport(), { concurrency: 4 });
    const err = await aws.list(sgRequest, 'SecurityGroups').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AwsCallError);
    expect((err as AwsCallError).info).toMatchObject({
      code: 'UnauthorizedOperation',
      kind: 'access-denied',
      action: 'ec2:DescribeSecurityGroups',
      region: 'eu-west-1',
    });
  });

  it('maps S3 operation names to their IAM action names', async () => {
    s3.on(GetBucketPolicyCommand).rejects(Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }));
    const aws = new AwsData(transport(), { concurrency: 4 });
    const err = (await aws.call({ service: 's3', operation: 'GetBucketPolicy', region: 'us-east-1', input: { Bucket: 'b' } }).catch((e: unknown) => e)) as AwsCallError;
    expect(err.info.action).toBe('s3:GetBucketPolicy');
  });

  it('reads "not configured" error codes as absent data', async () => {
    s3.on(GetBucketPolicyCommand).rejects(Object.assign(new Error('The bucket policy does not exist'), { name: 'NoSuchBucketPolicy', $metadata: { httpStatusCode: 404 } }));
    const aws = new AwsData(transport(), { concurrency: 4 });
    const out = await aws.call({ service: 's3', operation: 'GetBucketPolicy', region: 'us-east-1', input: { Bucket: 'b' } }, { absent: ['NoSuchBucketPolicy'] });
    expect(out).toBeUndefined();
  });

  it('fails the whole listing when a later page fails: never a partial list', async () => {
    ec2
      .on(DescribeSecurityGroupsCommand, {})
      .resolves({ SecurityGroups: [{ GroupId: 'sg-1' }], NextToken: 't1' })
      .on(DescribeSecurityGroupsCommand, { NextToken: 't1' })
      .rejects(Object.assign(new Error('Rate exceeded'), { name: 'RequestLimitExceeded', $metadata: { httpStatusCode: 503 } }));
    const aws = new AwsData(transport(), { concurrency: 4 });
    const err = (await aws.list(sgRequest, 'SecurityGroups').catch((e: unknown) => e)) as AwsCallError;
    expect(err.info).toMatchObject({ code: 'RequestLimitExceeded', kind: 'throttled' });
  });

  it('refuses operations outside the catalogue and operations that are not read-only', async () => {
    const aws = new AwsData(transport(), { concurrency: 4 });
    await expect(aws.call({ service: 'ec2', operation: 'TerminateInstances', region: 'us-east-1', input: {} })).rejects.toThrow(/not in the operation catalogue/);
    expect(ec2.calls()).toHaveLength(0);
  });

  it('bounds the requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const slow = {
      send: async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return {};
      },
    };
    const aws = new AwsData(slow, { concurrency: 3 });
    await Promise.all(Array.from({ length: 20 }, (_, i) => aws.call({ ...sgRequest, input: { GroupIds: [`sg-${i}`] } })));
    expect(peak).toBe(3);
  });

  it('records every outcome and replays them with the same answers, dates and bytes included', async () => {
    const created = new Date('2025-02-03T04:05:06Z');
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [{ GroupId: 'sg-1', Tags: [{ Key: 'when', Value: created.toISOString() }] }] });
    s3.on(GetBucketPolicyCommand).rejects(Object.assign(new Error('no policy'), { name: 'NoSuchBucketPolicy', $metadata: { httpStatusCode: 404 } }));
    const recorder = new Recorder();
    const live = new AwsData(transport(), { concurrency: 2, recorder });
    const listed = await live.list(sgRequest, 'SecurityGroups');
    await live.call({ service: 's3', operation: 'GetBucketPolicy', region: 'us-east-1', input: { Bucket: 'b' } }, { absent: ['NoSuchBucketPolicy'] });
    const byteRecorder = new Recorder();
    byteRecorder.record({ service: 'iam', operation: 'GetCredentialReport', region: 'us-east-1', input: {} }, { output: { Content: new Uint8Array([104, 105]), GeneratedTime: created } });

    const inventory: InventoryFile = {
      format: 'aws-posture-inventory',
      version: 1,
      tool: { name: 'aws-posture', version: 'test' },
      recordedAt: created.toISOString(),
      account: { id: '123456789012', principalArn: 'arn:aws:iam::123456789012:user/a', partition: 'aws' },
      regions: ['eu-west-1'],
      calls: [...recorder.entries(), ...byteRecorder.entries()],
    };
    const replay = new AwsData(new ReplayTransport(JSON.parse(JSON.stringify(inventory)) as InventoryFile), { concurrency: 2 });
    expect(await replay.list(sgRequest, 'SecurityGroups')).toEqual(listed);
    expect(await replay.call({ service: 's3', operation: 'GetBucketPolicy', region: 'us-east-1', input: { Bucket: 'b' } }, { absent: ['NoSuchBucketPolicy'] })).toBeUndefined();
    const report = await replay.call({ service: 'iam', operation: 'GetCredentialReport', region: 'us-east-1', input: {} });
    expect(report).toEqual({ Content: new Uint8Array([104, 105]), GeneratedTime: created });
    const missing = (await replay.call({ ...sgRequest, region: 'ap-south-1' }).catch((e: unknown) => e)) as AwsCallError;
    expect(missing.info.kind).toBe('not-recorded');
  });
});
