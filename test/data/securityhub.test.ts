// The Security Hub datasets against recorded answers: "not subscribed" and "not found" are data,
// a refusal is an error, and the standards are read only where Security Hub CSPM is on.
import { describe, expect, it } from 'vitest';
import { replayLoader } from '../helpers/replay-loader.js';
import { answer, refused } from '../helpers/recorded.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
const NOT_SUBSCRIBED = 'Account 123456789012 is not subscribed to AWS Security Hub';

describe('securityhub datasets', () => {
  it('reads the hub, the newer hub and every page of the enabled standards where CSPM is on', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('securityhub', 'us-east-1', 'DescribeHub', {}, { HubArn: 'arn:aws:securityhub:us-east-1:123456789012:hub/default', SubscribedAt: '2024-02-06T14:03:11.212Z', AutoEnableControls: true }),
        refused('securityhub', 'us-east-1', 'DescribeSecurityHubV2', {}, 'ResourceNotFoundException', 'Security Hub is not enabled', 404),
        answer('securityhub', 'us-east-1', 'GetEnabledStandards', {}, { StandardsSubscriptions: [{ StandardsArn: 'arn:a/standards/one' }], NextToken: 't2' }),
        answer('securityhub', 'us-east-1', 'GetEnabledStandards', { NextToken: 't2' }, { StandardsSubscriptions: [{ StandardsArn: 'arn:a/standards/two' }] }),
      ],
      REGIONS,
    );
    const hub = await loader.load('securityhub.hub', 'us-east-1');
    expect(hub.cspm).toEqual({ ok: true, value: { on: true, arn: 'arn:aws:securityhub:us-east-1:123456789012:hub/default', subscribedAt: '2024-02-06T14:03:11.212Z' } });
    expect(hub.v2).toEqual({ ok: true, value: { on: false, reason: 'no Security Hub (DescribeSecurityHubV2: ResourceNotFoundException)' } });
    expect(hub.standards?.ok && hub.standards.value.map((s) => s.StandardsArn)).toEqual(['arn:a/standards/one', 'arn:a/standards/two']);
    expect(sent.map((r) => r.operation).sort()).toEqual(['DescribeHub', 'DescribeSecurityHubV2', 'GetEnabledStandards', 'GetEnabledStandards']);
  });

  it('reads InvalidAccessException "not subscribed" as off and does not ask for standards', async () => {
    const { loader, sent } = replayLoader(
      [
        refused('securityhub', 'eu-west-1', 'DescribeHub', {}, 'InvalidAccessException', NOT_SUBSCRIBED, 401),
        refused('securityhub', 'eu-west-1', 'DescribeSecurityHubV2', {}, 'ResourceNotFoundException', 'not found', 404),
      ],
      REGIONS,
    );
    const hub = await loader.load('securityhub.hub', 'eu-west-1');
    expect(hub.cspm).toEqual({ ok: true, value: { on: false, reason: `not subscribed to Security Hub CSPM (${NOT_SUBSCRIBED})` } });
    expect(hub.standards).toBeUndefined();
    expect(sent.some((r) => r.operation === 'GetEnabledStandards')).toBe(false);
  });

  it('keeps a refusal as an error, never as off, even when its code is InvalidAccessException with HTTP 403', async () => {
    const { loader } = replayLoader(
      [
        refused('securityhub', 'eu-west-1', 'DescribeHub', {}, 'InvalidAccessException', 'not authorized', 403),
        refused('securityhub', 'eu-west-1', 'DescribeSecurityHubV2', {}, 'AccessDeniedException', 'User is not authorized'),
      ],
      REGIONS,
    );
    const hub = await loader.load('securityhub.hub', 'eu-west-1');
    expect(hub.cspm.ok).toBe(false);
    expect(hub.v2).toMatchObject({ ok: false, error: { code: 'AccessDeniedException', action: 'securityhub:DescribeSecurityHubV2' } });
  });

  it('reads an endpoint that does not offer DescribeSecurityHubV2 as the newer Security Hub being off', async () => {
    const { loader } = replayLoader(
      [
        refused('securityhub', 'eu-west-1', 'DescribeHub', {}, 'InvalidAccessException', NOT_SUBSCRIBED, 401),
        refused('securityhub', 'eu-west-1', 'DescribeSecurityHubV2', {}, 'UnknownOperationException', 'unknown operation', 400),
      ],
      REGIONS,
    );
    const hub = await loader.load('securityhub.hub', 'eu-west-1');
    expect(hub.v2).toEqual({ ok: true, value: { on: false, reason: 'the newer Security Hub is not offered there (DescribeSecurityHubV2: UnknownOperationException)' } });
  });

  it('reads an endpoint that says DescribeSecurityHubV2 is not implemented as the newer Security Hub being off', async () => {
    // What AWS-compatible endpoints answer for an operation they lack (HTTP 501, a generic code).
    const { loader } = replayLoader(
      [
        refused('securityhub', 'eu-west-1', 'DescribeHub', {}, 'InvalidAccessException', NOT_SUBSCRIBED, 401),
        refused('securityhub', 'eu-west-1', 'DescribeSecurityHubV2', {}, 'InternalFailure', "API action 'DescribeSecurityHubV2' for service 'securityhub' not yet implemented", 501),
      ],
      REGIONS,
    );
    const hub = await loader.load('securityhub.hub', 'eu-west-1');
    expect(hub.v2).toEqual({ ok: true, value: { on: false, reason: 'the newer Security Hub is not offered there (DescribeSecurityHubV2: InternalFailure)' } });
  });
});
