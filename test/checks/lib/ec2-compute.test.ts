import type { Instance } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { ec2Ref, instancesIn, labelled, launchTemplateLabel, regionSettingRef, stoppedAt } from '../../../src/checks/lib/ec2-compute.js';
import { ACCOUNT } from '../../helpers/check-harness.js';

const scope = { region: 'eu-west-1', regions: ['eu-west-1'], homeRegion: 'us-east-1', account: ACCOUNT };

describe('stoppedAt', () => {
  it('reads the GMT time EC2 writes into StateTransitionReason', () => {
    expect(stoppedAt('User initiated (2025-01-31 10:00:00 GMT)')).toEqual(new Date('2025-01-31T10:00:00Z'));
  });

  it('reads service-initiated stops the same way', () => {
    expect(stoppedAt('Service initiated (2026-03-09 23:59:59 GMT)')).toEqual(new Date('2026-03-09T23:59:59Z'));
  });

  it('near miss: a reason without a time, an impossible date or no reason at all is unknown', () => {
    expect(stoppedAt('Server.ScheduledStop')).toBeUndefined();
    expect(stoppedAt('User initiated')).toBeUndefined();
    expect(stoppedAt('User initiated (2025-02-30 10:00:00 GMT)')).toBeUndefined();
    expect(stoppedAt('User initiated (2025-01-31 10:00:00 UTC)')).toBeUndefined();
    expect(stoppedAt(undefined)).toBeUndefined();
  });
});

describe('instancesIn', () => {
  const at = (name: string) => ({ InstanceId: `i-${name}`, State: { Name: name } }) as Instance;
  const all = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated'].map(at);

  it('keeps instances that exist or are about to, by default', () => {
    expect(instancesIn(all).map((i) => i.State?.Name)).toEqual(['pending', 'running', 'stopping', 'stopped']);
  });

  it('takes an explicit set of states', () => {
    expect(instancesIn(all, ['running', 'stopped']).map((i) => i.State?.Name)).toEqual(['running', 'stopped']);
  });

  it('near miss: an instance whose state is not reported is kept, not silently dropped', () => {
    expect(instancesIn([{ InstanceId: 'i-x' }]).map((i) => i.InstanceId)).toEqual(['i-x']);
    expect(instancesIn([{ InstanceId: 'i-x' }], ['running']).map((i) => i.InstanceId)).toEqual(['i-x']);
  });
});

describe('resource references', () => {
  it('builds regional ARNs, with or without the account', () => {
    expect(ec2Ref(scope, 'volume', 'vol-1').arn).toBe('arn:aws:ec2:eu-west-1:123456789012:volume/vol-1');
    expect(ec2Ref(scope, 'image', 'ami-1', { account: false }).arn).toBe('arn:aws:ec2:eu-west-1::image/ami-1');
  });

  it('gives a region setting one stable resource per region', () => {
    expect(regionSettingRef(scope, 'ebs-encryption-by-default')).toEqual({
      id: '123456789012/eu-west-1',
      arn: 'arn:aws:ec2:eu-west-1:123456789012:ebs-encryption-by-default',
    });
  });

  it('labels resources with their Name tag when they have one', () => {
    expect(labelled('vol-1', [{ Key: 'env', Value: 'prod' }, { Key: 'Name', Value: 'db-data' }])).toBe('vol-1 (db-data)');
    expect(labelled('vol-1', undefined)).toBe('vol-1');
    expect(launchTemplateLabel({ LaunchTemplateId: 'lt-1', LaunchTemplateName: 'web', DefaultVersionNumber: 3 })).toBe('Launch template lt-1 (web) default version 3');
  });
});
