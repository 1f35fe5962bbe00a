// The SQS dataset against recorded answers: what it asks for in which region, paging to the end,
// queues deleted meanwhile and refused reads; and the demo account replayed through the SQS checks.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { queueNameOf } from '../../src/data/datasets/sqs.js';
import { type RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
// @ts-expect-error -- plain ESM script without type declarations
import demo from '../../scripts/demo/sqs.mjs';
import { replayLoader } from '../helpers/replay-loader.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
const call = (region: string, operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service: 'sqs', region, operation, input, output });
const refused = (region: string, operation: string, input: Record<string, unknown>, code: string, httpStatus = 400): RecordedCall => ({
  service: 'sqs',
  region,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});
const url = (region: string, name: string) => `https://sqs.${region}.amazonaws.com/123456789012/${name}`;
const attrs = (region: string, name: string) => ({ QueueUrl: url(region, name), AttributeNames: ['All'] });

describe('sqs datasets', () => {
  it('lists with MaxResults (without it SQS never pages), follows NextToken to the end, and reads every attribute of each queue in its region', async () => {
    const region = 'eu-west-1';
    const { loader, sent } = replayLoader(
      [
        call(region, 'ListQueues', { MaxResults: 1000 }, { QueueUrls: [url(region, 'a')], NextToken: 'page-2' }),
        call(region, 'ListQueues', { MaxResults: 1000, NextToken: 'page-2' }, { QueueUrls: [url(region, 'b.fifo')] }),
        call(region, 'GetQueueAttributes', attrs(region, 'a'), { Attributes: { QueueArn: 'arn:aws:sqs:eu-west-1:123456789012:a', SqsManagedSseEnabled: 'true' } }),
        call(region, 'GetQueueAttributes', attrs(region, 'b.fifo'), { Attributes: { QueueArn: 'arn:aws:sqs:eu-west-1:123456789012:b.fifo', FifoQueue: 'true', Policy: '{"Statement":[]}' } }),
      ],
      REGIONS,
    );
    const queues = await loader.load('sqs.queues', region);
    expect(queues.map((q) => [q.name, q.attributes.ok && q.attributes.value.QueueArn])).toEqual([
      ['a', 'arn:aws:sqs:eu-west-1:123456789012:a'],
      ['b.fifo', 'arn:aws:sqs:eu-west-1:123456789012:b.fifo'],
    ]);
    expect(sent.map((r) => [r.region, r.operation])).toEqual([
      [region, 'ListQueues'],
      [region, 'ListQueues'],
      [region, 'GetQueueAttributes'],
      [region, 'GetQueueAttributes'],
    ]);
  });

  it('drops a queue deleted since the listing (either protocol\'s code) and keeps a refused read as that queue\'s error', async () => {
    const region = 'us-east-1';
    const { loader } = replayLoader(
      [
        call(region, 'ListQueues', { MaxResults: 1000 }, { QueueUrls: [url(region, 'gone'), url(region, 'gone-query'), url(region, 'hidden'), url(region, 'plain')] }),
        refused(region, 'GetQueueAttributes', attrs(region, 'gone'), 'QueueDoesNotExist'),
        refused(region, 'GetQueueAttributes', attrs(region, 'gone-query'), 'AWS.SimpleQueueService.NonExistentQueue'),
        refused(region, 'GetQueueAttributes', attrs(region, 'hidden'), 'AccessDenied', 403),
        // An answer without Attributes: no attribute is set (an emulator's minimal queue).
        call(region, 'GetQueueAttributes', attrs(region, 'plain'), {}),
      ],
      REGIONS,
    );
    const queues = await loader.load('sqs.queues', region);
    expect(queues.map((q) => [q.name, q.attributes.ok ? q.attributes.value : q.attributes.error.code])).toEqual([
      ['hidden', 'AccessDenied'],
      ['plain', {}],
    ]);
  });

  it('keeps attribute values as text when a recording has booleans or numbers', async () => {
    const region = 'us-east-1';
    const { loader } = replayLoader(
      [call(region, 'ListQueues', { MaxResults: 1000 }, { QueueUrls: [url(region, 'q')] }), call(region, 'GetQueueAttributes', attrs(region, 'q'), { Attributes: { SqsManagedSseEnabled: true, DelaySeconds: 0 } })],
      REGIONS,
    );
    const [queue] = await loader.load('sqs.queues', region);
    expect(queue!.attributes).toEqual({ ok: true, value: { SqsManagedSseEnabled: 'true', DelaySeconds: '0' } });
  });

  it('takes the queue name from the URL', () => {
    expect(queueNameOf('https://sqs.eu-west-1.amazonaws.com/123456789012/orders.fifo')).toBe('orders.fifo');
    expect(queueNameOf('http://localhost:4566/000000000000/local-queue/')).toBe('local-queue');
  });
});

describe('the demo account replayed through the SQS checks', () => {
  const checks = CHECKS.filter((c) => c.service === 'sqs');
  let result: Awaited<ReturnType<typeof runChecks>>;
  beforeAll(async () => {
    const { loader } = replayLoader(demo as RecordedCall[], REGIONS);
    result = await runChecks({ checks, datasets: DATASETS, loader, scope: { regions: REGIONS, homeRegion: 'us-east-1', account: ACCOUNT }, now: NOW });
  });

  it('covers the 2 SQS checks', () => expect(checks).toHaveLength(2));

  it('has no ERROR', () => {
    expect(result.findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
  });

  it.for(checks.map((c) => c.id))('%s has a PASS and a FAIL', (id) => {
    const summary = result.checks.find((s) => s.checkId === id)!;
    expect(summary.pass, 'pass').toBeGreaterThan(0);
    expect(summary.fail, 'fail').toBeGreaterThan(0);
  });
});
