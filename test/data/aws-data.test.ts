import { DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient, ListPoliciesCommand } from '@aws-sdk/client-iam';
import { GetBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AwsCallError, type AwsRequest } from '../../src/aws/errors.js';
import { SdkTransport } from '../../src/aws/sdk-transport.js';
import type { InFlightSlot } from '../../src/aws/transport.js';
import { AwsData, SERVICE_LIMITS } from '../../src/data/aws-data.js';
import { DatasetLoader, defineDataset, dependentDepths, priorityOf, type AnyDataset } from '../../src/data/dataset.js';
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

/** A transport whose requests stay in flight until released, recording what was sent and when. */
function heldTransport() {
  const inFlight = new Map<string, number>();
  const peak = new Map<string, number>();
  const order: string[] = [];
  const waiting: Array<() => void> = [];
  const scopeOf = (req: AwsRequest) => (req.service === 'iam' ? 'iam' : `${req.service}@${req.region}`);
  const bump = (key: string, by: number) => {
    inFlight.set(key, (inFlight.get(key) ?? 0) + by);
    peak.set(key, Math.max(peak.get(key) ?? 0, inFlight.get(key)!));
  };
  return {
    order,
    peak,
    get waiting() {
      return waiting.length;
    },
    transport: {
      send: (req: AwsRequest) =>
        new Promise<Record<string, unknown>>((resolve) => {
          order.push(`${req.service}:${req.operation}:${JSON.stringify(req.input)}`);
          bump(scopeOf(req), 1);
          bump('all', 1);
          waiting.push(() => {
            bump(scopeOf(req), -1);
            bump('all', -1);
            resolve({});
          });
        }),
    },
    /** Lets every request sent so far finish, then lets the scheduler send the next ones. */
    async releaseAll() {
      for (const release of waiting.splice(0)) release();
      await new Promise((r) => setImmediate(r));
    },
  };
}

const ask = (service: AwsRequest['service'], operation: string, region: string, i: number): AwsRequest => ({
  service,
  operation,
  region,
  input: { Id: `${i}` },
});

describe('AwsData per-service limits', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds IAM to its own limit across the account, whatever the global concurrency', async () => {
    const held = heldTransport();
    const aws = new AwsData(held.transport, { concurrency: 16 });
    const all = Array.from({ length: 20 }, (_, i) => aws.call(ask('iam', 'GetPolicyVersion', i % 2 ? 'us-east-1' : 'eu-west-1', i)));
    await new Promise((r) => setImmediate(r));
    expect(held.peak.get('iam')).toBe(SERVICE_LIMITS.iam!.concurrency);
    while (held.waiting > 0) await held.releaseAll();
    await Promise.all(all);
    expect(held.order).toHaveLength(20);
    expect(held.peak.get('iam')).toBe(4);
  });

  it('counts a regional service per Region, and never exceeds the global concurrency', async () => {
    const held = heldTransport();
    const aws = new AwsData(held.transport, { concurrency: 16 });
    const all = ['eu-west-1', 'us-east-1', 'ap-south-1'].flatMap((region) => Array.from({ length: 10 }, (_, i) => aws.call(ask('ec2', 'DescribeSnapshotAttribute', region, i))));
    await new Promise((r) => setImmediate(r));
    expect(held.peak.get('ec2@eu-west-1')).toBe(8);
    expect(held.peak.get('ec2@us-east-1')).toBe(8);
    expect(held.peak.get('all')).toBe(16);
    while (held.waiting > 0) await held.releaseAll();
    await Promise.all(all);
    expect(held.peak.get('all')).toBe(16);
  });

  it('lets other services through while one waits for its limit', async () => {
    const held = heldTransport();
    const aws = new AwsData(held.transport, { concurrency: 16 });
    const iam = Array.from({ length: 10 }, (_, i) => aws.call(ask('iam', 'GetPolicyVersion', 'us-east-1', i)));
    const kms = Array.from({ length: 6 }, (_, i) => aws.call(ask('kms', 'DescribeKey', 'us-east-1', i)));
    await new Promise((r) => setImmediate(r));
    expect(held.peak.get('iam')).toBe(4);
    expect(held.peak.get('kms@us-east-1')).toBe(6);
    while (held.waiting > 0) await held.releaseAll();
    await Promise.all([...iam, ...kms]);
  });

  it("keeps within EC2's token bucket for an action, without holding back its other actions", async () => {
    vi.useFakeTimers();
    const sent: string[] = [];
    const instant = {
      send: async (req: AwsRequest) => {
        sent.push(req.operation);
        return {};
      },
    };
    const aws = new AwsData(instant, { concurrency: 16, clock: () => Date.now() });
    const { capacity, refillPerSecond } = SERVICE_LIMITS.ec2!.bucket!;
    const attributes = Array.from({ length: capacity + 2 * refillPerSecond + 5 }, (_, i) => aws.call(ask('ec2', 'DescribeSnapshotAttribute', 'eu-west-1', i)));
    const volumes = aws.call({ service: 'ec2', operation: 'DescribeVolumes', region: 'eu-west-1', input: {} });
    const described = () => sent.filter((op) => op === 'DescribeSnapshotAttribute').length;
    await vi.advanceTimersByTimeAsync(0);
    expect(described()).toBe(capacity);
    await volumes;
    expect(sent).toContain('DescribeVolumes');
    await vi.advanceTimersByTimeAsync(1000);
    expect(described()).toBeGreaterThanOrEqual(capacity + refillPerSecond - 1);
    expect(described()).toBeLessThanOrEqual(capacity + refillPerSecond + 1);
    await vi.advanceTimersByTimeAsync(1600);
    await Promise.all(attributes);
    expect(described()).toBe(attributes.length);
  });

  it('shares one ELB token bucket between all Describe actions of a Region', async () => {
    vi.useFakeTimers();
    const sent: string[] = [];
    const instant = { send: async (req: AwsRequest) => (sent.push(`${req.region}:${req.operation}`), {}) };
    const aws = new AwsData(instant, { concurrency: 16, clock: () => Date.now() });
    const { capacity, refillPerSecond } = SERVICE_LIMITS.elbv2!.bucket!;
    const all = [
      ...Array.from({ length: capacity }, (_, i) => aws.call(ask('elbv2', 'DescribeListeners', 'eu-west-1', i))),
      ...Array.from({ length: refillPerSecond }, (_, i) => aws.call(ask('elbv2', 'DescribeLoadBalancerAttributes', 'eu-west-1', i))),
      ...Array.from({ length: 3 }, (_, i) => aws.call(ask('elbv2', 'DescribeListeners', 'us-east-1', i))),
    ];
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.filter((s) => s.startsWith('eu-west-1'))).toHaveLength(capacity);
    expect(sent.filter((s) => s.startsWith('us-east-1'))).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1100);
    await Promise.all(all);
    expect(sent).toHaveLength(all.length);
  });

  it("paces an operation with a bucket of its own (API Gateway's GetResources) by that bucket alone", async () => {
    vi.useFakeTimers();
    const sent: string[] = [];
    const instant = { send: async (req: AwsRequest) => (sent.push(req.operation), {}) };
    const aws = new AwsData(instant, { concurrency: 16, clock: () => Date.now() });
    const own = SERVICE_LIMITS.apigateway!.operationBuckets!.GetResources!;
    const shared = SERVICE_LIMITS.apigateway!.bucket!;
    expect(own.refillPerSecond).toBeLessThan(2.5);
    const resources = Array.from({ length: own.capacity + 2 * own.refillPerSecond }, (_, i) => aws.call(ask('apigateway', 'GetResources', 'eu-west-1', i)));
    const stages = Array.from({ length: shared.capacity }, (_, i) => aws.call(ask('apigateway', 'GetStages', 'eu-west-1', i)));
    const count = (op: string) => sent.filter((s) => s === op).length;
    await vi.advanceTimersByTimeAsync(0);
    // GetResources waits for its own tokens; GetStages, in the service's bucket, is not held back by it.
    expect(count('GetResources')).toBe(own.capacity);
    await Promise.all(stages);
    expect(count('GetStages')).toBe(shared.capacity);
    expect(count('GetResources')).toBeLessThanOrEqual(own.capacity + 1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(count('GetResources')).toBeLessThanOrEqual(own.capacity + own.refillPerSecond + 1);
    await vi.advanceTimersByTimeAsync(1600);
    await Promise.all(resources);
    expect(count('GetResources')).toBe(resources.length);
  });

  it('sends the highest priority first, and equal priorities in the order asked', async () => {
    const held = heldTransport();
    const aws = new AwsData(held.transport, { concurrency: 1 });
    const first = aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', 0));
    const later = [
      aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', 1), {}, { priority: 0 }),
      aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', 2), {}, { priority: 0 }),
      aws.pages(ask('s3', 'ListBuckets', 'us-east-1', 3), { priority: 3 }),
      aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', 4), {}, { priority: 1 }),
    ];
    while (held.waiting > 0) await held.releaseAll();
    await Promise.all([first, ...later]);
    expect(held.order.map((o) => JSON.parse(o.slice(o.indexOf('{'))).Id)).toEqual(['0', '3', '4', '1', '2']);
  });

  it('between equal priorities, serves a service held below the global limit before one that is not', async () => {
    const held = heldTransport();
    const aws = new AwsData(held.transport, { concurrency: 2, serviceLimits: { iam: { concurrency: 1, scope: 'account' } } });
    const all = [
      aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', 0)),
      aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', 1)),
      aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', 2)),
      aws.call(ask('iam', 'GetPolicyVersion', 'us-east-1', 3)),
    ];
    while (held.waiting > 0) await held.releaseAll();
    await Promise.all(all);
    // IAM asked last but goes before S3's waiting request: its one slot must not sit idle.
    expect(held.order.map((o) => JSON.parse(o.slice(o.indexOf('{'))).Id)).toEqual(['0', '1', '3', '2']);
  });

  it('applies no per-service limit or token bucket when not pacing (an inventory replay)', async () => {
    const held = heldTransport();
    const aws = new AwsData(held.transport, { concurrency: 16, paced: false });
    const all = Array.from({ length: 12 }, (_, i) => aws.call(ask('iam', 'GetPolicyVersion', 'us-east-1', i)));
    await new Promise((r) => setImmediate(r));
    expect(held.peak.get('iam')).toBe(12);
    while (held.waiting > 0) await held.releaseAll();
    await Promise.all(all);
  });
});

describe('AwsData in-flight slots', () => {
  /** A transport whose requests the test answers by hand, releasing or keeping their slots. */
  function manualTransport() {
    const open: { req: AwsRequest; slot: InFlightSlot; answer: () => void }[] = [];
    const transport = {
      send: (req: AwsRequest, slot?: InFlightSlot) =>
        new Promise<Record<string, unknown>>((resolve) => {
          open.push({ req, slot: slot!, answer: () => resolve({}) });
        }),
    };
    return { transport, open };
  }
  const tick = () => new Promise((r) => setImmediate(r));

  it('starts the next request as soon as a transport hands its slot back, before its answer settles', async () => {
    const { transport, open } = manualTransport();
    const aws = new AwsData(transport, { concurrency: 1 });
    const first = aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', 0));
    const second = aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', 1));
    await tick();
    expect(open).toHaveLength(1);
    open[0]!.slot.release();
    await tick();
    expect(open).toHaveLength(2);
    open[0]!.slot.release(); // a second release changes nothing
    open.forEach((o) => o.answer());
    await Promise.all([first, second]);
  });

  it('keeps the slot until send settles when the transport does not hand it back', async () => {
    const { transport, open } = manualTransport();
    const aws = new AwsData(transport, { concurrency: 1 });
    const all = [0, 1].map((i) => aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', i)));
    await tick();
    expect(open).toHaveLength(1);
    open[0]!.answer();
    await tick();
    expect(open).toHaveLength(2);
    open[1]!.answer();
    await Promise.all(all);
  });

  it('takes the slot again for another attempt, ahead of requests asked later and within the limits', async () => {
    const { transport, open } = manualTransport();
    const aws = new AwsData(transport, { concurrency: 1 });
    const first = aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', 0));
    await tick();
    open[0]!.slot.release();
    const later = [1, 2].map((i) => aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', i)));
    await tick();
    expect(open).toHaveLength(2);
    let retried = false;
    void open[0]!.slot.acquire().then(() => (retried = true));
    await tick();
    expect(retried).toBe(false); // request 1 holds the only slot
    open[1]!.answer();
    await tick();
    expect(retried).toBe(true);
    expect(open).toHaveLength(2); // request 2 still waits: the retry took the slot first
    open[0]!.answer();
    await tick();
    expect(open).toHaveLength(3);
    open[2]!.answer();
    await Promise.all([first, ...later]);
  });

  it('refuses a slot asked for after its request settled, and takes one slot for two asks at once', async () => {
    const { transport, open } = manualTransport();
    const aws = new AwsData(transport, { concurrency: 1 });
    const first = aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', 0));
    const second = aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', 1));
    await tick();
    const { slot } = open[0]!;
    slot.release();
    await tick();
    expect(open).toHaveLength(2);
    const asks = [slot.acquire(), slot.acquire()];
    open[1]!.answer();
    await Promise.all(asks);
    // Request 0 holds the only slot once, not twice: answering it frees the line for nobody else waiting.
    open[0]!.answer();
    await Promise.all([first, second]);
    await expect(slot.acquire()).rejects.toThrow(/after its request settled/);
    const third = aws.call(ask('s3', 'GetBucketAcl', 'us-east-1', 2));
    await tick();
    expect(open).toHaveLength(3); // the slot came back: a leak would leave request 2 waiting
    open[2]!.answer();
    await third;
  });

  it('counts a released request out of its service limit too', async () => {
    const { transport, open } = manualTransport();
    const aws = new AwsData(transport, { concurrency: 16, serviceLimits: { iam: { concurrency: 1, scope: 'account' } } });
    const all = [0, 1].map((i) => aws.call(ask('iam', 'GetPolicyVersion', 'us-east-1', i)));
    await tick();
    expect(open).toHaveLength(1);
    open[0]!.slot.release();
    await tick();
    expect(open).toHaveLength(2);
    open.forEach((o) => o.answer());
    await Promise.all(all);
  });
});

describe('DatasetLoader priorities', () => {
  const spec = (id: string, deps: string[] = []) => defineDataset({ id: id as never, scope: 'regional', operations: [], deps: deps as never, fetch: async () => [] as never }) as AnyDataset;

  it('ranks a dataset by the longest chain of datasets waiting on it', () => {
    const registry = new Map<string, AnyDataset>(
      [spec('lbs'), spec('listeners', ['lbs']), spec('rules', ['listeners']), spec('attributes', ['lbs']), spec('alone')].map((d) => [d.id, d]),
    );
    const depths = dependentDepths(registry);
    expect(Object.fromEntries(depths)).toEqual({ lbs: 2, listeners: 1, rules: 0, attributes: 0, alone: 0 });
    expect(priorityOf(depths.get('lbs')!, 'listing')).toBeGreaterThan(priorityOf(depths.get('listeners')!, 'listing'));
    expect(priorityOf(depths.get('listeners')!, 'call')).toBeGreaterThan(priorityOf(depths.get('rules')!, 'listing'));
    expect(priorityOf(0, 'listing')).toBeGreaterThan(priorityOf(0, 'call'));
  });

  it('refuses datasets that depend on each other in a cycle', () => {
    const registry = new Map<string, AnyDataset>([spec('a', ['b']), spec('b', ['a'])].map((d) => [d.id, d]));
    expect(() => dependentDepths(registry)).toThrow(/cycle/);
  });
});

describe('DatasetLoader per-item reads', () => {
  it('reads at most a window of items at once (4 × --concurrency, at least 64), in order, dropping gone items', async () => {
    let reading = 0;
    let peak = 0;
    const transport = {
      send: async (req: AwsRequest) => {
        await new Promise((r) => setImmediate(r));
        const id = Number((req.input as { GroupIds: string[] }).GroupIds[0]!.slice(3));
        if (id % 50 === 7) throw Object.assign(new Error('gone'), { name: 'InvalidGroup.NotFound' });
        if (id % 50 === 9) throw Object.assign(new Error('denied'), { name: 'AccessDenied' });
        return { SecurityGroups: [{ GroupId: `sg-${id}` }] };
      },
    };
    const items = Array.from({ length: 300 }, (_, i) => `sg-${i}`);
    const dataset = defineDataset({
      id: 'ec2.securityGroups' as never,
      scope: 'regional',
      operations: ['ec2:DescribeSecurityGroups'],
      fetch: async (ctx) =>
        ctx.perItem(
          items,
          async (id) => {
            peak = Math.max(peak, ++reading);
            try {
              return await ctx.call('ec2:DescribeSecurityGroups', { GroupIds: [id] });
            } finally {
              reading--;
            }
          },
          ['InvalidGroup.NotFound'],
        ) as never,
    }) as AnyDataset;
    const scope = { regions: ['eu-west-1'], homeRegion: 'eu-west-1', account: { id: '123456789012', arn: 'arn:aws:iam::123456789012:root' } } as never;
    const load = async (concurrency: number) => {
      peak = 0;
      const loader = new DatasetLoader(new Map([[dataset.id, dataset]]), new AwsData(transport, { concurrency, paced: false }), scope);
      const read = (await loader.load(dataset.id as never, 'eu-west-1')) as unknown as { item: string; result: { ok: boolean } }[];
      expect(read.map((r) => r.item)).toEqual(items.filter((_, i) => i % 50 !== 7));
      expect(read.filter((r) => !r.result.ok).map((r) => r.item)).toEqual(items.filter((_, i) => i % 50 === 9));
      return peak;
    };
    expect(await load(8)).toBe(64);
    expect(await load(50)).toBe(200);
    expect(await load(100)).toBe(300);
  });

  it('starts no further item once a read fails with an error that is not an AWS error', async () => {
    let started = 0;
    const transport = { send: async () => ({}) };
    const items = Array.from({ length: 300 }, (_, i) => i);
    const dataset = defineDataset({
      id: 'ec2.securityGroups' as never,
      scope: 'regional',
      operations: ['ec2:DescribeSecurityGroups'],
      fetch: async (ctx) =>
        ctx.perItem(items, async (i) => {
          started++;
          await new Promise((r) => setImmediate(r));
          if (i === 10) throw new Error('a bug in a dataset');
          return i;
        }) as never,
    }) as AnyDataset;
    const scope = { regions: ['eu-west-1'], homeRegion: 'eu-west-1', account: { id: '123456789012', arn: 'arn:aws:iam::123456789012:root' } } as never;
    const loader = new DatasetLoader(new Map([[dataset.id, dataset]]), new AwsData(transport, { concurrency: 8, paced: false }), scope);
    await expect(loader.load(dataset.id as never, 'eu-west-1')).rejects.toThrow('a bug in a dataset');
    await new Promise((r) => setTimeout(r, 20));
    // The first window (64 items) had started; the failure stops the workers from taking more.
    expect(started).toBeLessThan(64 + 64);
    expect(started).toBeGreaterThanOrEqual(64);
  });
});
