// The Shield Advanced dataset against recorded answers: read in us-east-1, protections listed only
// when the account subscribes, "not subscribed" and "nothing protected" answered as errors read as data.
import { describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../src/data/inventory.js';
import { replayLoader } from '../helpers/replay-loader.js';

const HOME = 'us-east-1';
const answer = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service, region, operation, input, output });
const refused = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, code: string, httpStatus: number): RecordedCall => ({
  service,
  region,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});

describe('shield.advanced', () => {
  it('does not list protections without a subscription', async () => {
    const { loader, sent } = replayLoader([answer('shield', HOME, 'GetSubscriptionState', {}, { SubscriptionState: 'INACTIVE' })], ['eu-west-1'], 'eu-west-1');
    expect(await loader.load('shield.advanced', 'eu-west-1')).toEqual({ state: 'INACTIVE', protections: [] });
    expect(sent.map((r) => `${r.operation}@${r.region}`)).toEqual([`GetSubscriptionState@${HOME}`]);
  });

  it('reads ResourceNotFoundException from GetSubscriptionState as no subscription', async () => {
    const { loader } = replayLoader([refused('shield', HOME, 'GetSubscriptionState', {}, 'ResourceNotFoundException', 400)], [HOME]);
    expect((await loader.load('shield.advanced', HOME)).state).toBe('INACTIVE');
  });

  it('pages protections when subscribed, and reads ResourceNotFoundException from ListProtections as none', async () => {
    const paged = replayLoader(
      [
        answer('shield', HOME, 'GetSubscriptionState', {}, { SubscriptionState: 'ACTIVE' }),
        answer('shield', HOME, 'ListProtections', {}, { Protections: [{ Id: 'p1', Name: 'shop', ResourceArn: 'arn:aws:cloudfront::123456789012:distribution/E1' }], NextToken: 'n2' }),
        answer('shield', HOME, 'ListProtections', { NextToken: 'n2' }, { Protections: [{ Id: 'p2', Name: 'eip', ResourceArn: 'arn:aws:ec2:us-east-1:123456789012:eip-allocation/eipalloc-1' }] }),
      ],
      [HOME],
    );
    expect((await paged.loader.load('shield.advanced', HOME)).protections.map((p) => p.Id)).toEqual(['p1', 'p2']);
    const empty = replayLoader([answer('shield', HOME, 'GetSubscriptionState', {}, { SubscriptionState: 'ACTIVE' }), refused('shield', HOME, 'ListProtections', {}, 'ResourceNotFoundException', 400)], [HOME]);
    expect(await empty.loader.load('shield.advanced', HOME)).toEqual({ state: 'ACTIVE', protections: [] });
  });

  it('asks DescribeSubscription where GetSubscriptionState is not offered', async () => {
    const none = replayLoader([refused('shield', HOME, 'GetSubscriptionState', {}, 'InternalFailure', 501), refused('shield', HOME, 'DescribeSubscription', {}, 'ResourceNotFoundException', 400)], [HOME]);
    // InternalFailure alone is not "not offered": only with a message that says so.
    await expect(none.loader.load('shield.advanced', HOME)).rejects.toMatchObject({ info: { code: 'InternalFailure' } });
    const missing = (code: string, message: string): RecordedCall => ({ service: 'shield', region: HOME, operation: 'GetSubscriptionState', input: {}, error: { code, message, httpStatus: 501 } });
    const inactive = replayLoader([missing('InternalFailure', 'API action GetSubscriptionState not yet implemented'), refused('shield', HOME, 'DescribeSubscription', {}, 'ResourceNotFoundException', 400)], [HOME]);
    expect((await inactive.loader.load('shield.advanced', HOME)).state).toBe('INACTIVE');
    const active = replayLoader(
      [
        missing('UnknownOperationException', 'unknown'),
        answer('shield', HOME, 'DescribeSubscription', {}, { Subscription: { StartTime: new Date('2026-01-01T00:00:00Z'), AutoRenew: 'ENABLED', SubscriptionLimits: {} } }),
        answer('shield', HOME, 'ListProtections', {}, { Protections: [] }),
      ],
      [HOME],
    );
    expect(await active.loader.load('shield.advanced', HOME)).toEqual({ state: 'ACTIVE', protections: [] });
  });
});
