import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/ec2-ebs-volume-encrypted.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const volume = (id: string, extra: Record<string, unknown>) => ({
  VolumeId: id,
  Size: 100,
  VolumeType: 'gp3',
  CreateTime: new Date('2025-03-01T08:00:00Z'),
  AvailabilityZone: 'us-east-1a',
  ...extra,
});
const attached = (instanceId: string) => ({
  State: 'in-use',
  Attachments: [{ VolumeId: 'x', InstanceId: instanceId, Device: '/dev/xvda', State: 'attached', AttachTime: new Date('2025-03-01T08:01:00Z') }],
});

describe('ec2-ebs-volume-encrypted', () => {
  it('passes an encrypted volume and names its key and instance', () => {
    const key = 'arn:aws:kms:us-east-1:123456789012:key/1111aaaa-22bb-33cc-44dd-5555eeee6666';
    const findings = evaluate(check, { 'ec2.volumes': [volume('vol-0a1b2c3d4e5f60001', { Encrypted: true, KmsKeyId: key, ...attached('i-0123456789abcdef0') })] });
    expect(verdicts(findings)).toEqual([['PASS', 'vol-0a1b2c3d4e5f60001']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:volume/vol-0a1b2c3d4e5f60001');
    expect(findings[0]!.message).toBe(`Volume vol-0a1b2c3d4e5f60001 is encrypted with ${key}; it is attached to i-0123456789abcdef0.`);
  });

  it('fails an unencrypted attached volume', () => {
    const findings = evaluate(check, {
      'ec2.volumes': [volume('vol-0a1b2c3d4e5f60002', { Encrypted: false, Tags: [{ Key: 'Name', Value: 'legacy-db-data' }], ...attached('i-0123456789abcdef1') })],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'vol-0a1b2c3d4e5f60002']]);
    expect(findings[0]!.message).toBe('Volume vol-0a1b2c3d4e5f60002 (legacy-db-data) is not encrypted; it is attached to i-0123456789abcdef1.');
    expect(findings[0]!.controls).toBeUndefined();
  });

  it('near miss: an unattached (available) unencrypted volume still fails, and says it is not attached', () => {
    const findings = evaluate(check, { 'ec2.volumes': [volume('vol-0a1b2c3d4e5f60003', { Encrypted: false, State: 'available', Attachments: [] })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'vol-0a1b2c3d4e5f60003']]);
    expect(findings[0]!.message).toContain('not attached to any instance (state available)');
    expect(findings[0]!.controls).toEqual([]);
  });

  it('reports ERROR naming the denied action when the volumes cannot be listed', async () => {
    const findings = await run(check, { 'ec2.volumes': awsError('UnauthorizedOperation', 'ec2:DescribeVolumes') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('ec2:DescribeVolumes');
  });
});

describe('ec2-ebs-volume-encrypted on partial answers', () => {
  it('reports ERROR, not FAIL, for a volume whose answer leaves out the Encrypted flag', () => {
    const findings = evaluate(check, { 'ec2.volumes': [volume('vol-0eee', attached('i-0abc'))] });
    expect(verdicts(findings)).toEqual([['ERROR', 'vol-0eee']]);
    expect(findings[0]!.message).toBe('Volume vol-0eee reports no Encrypted flag, so whether it is encrypted is unknown; it is attached to i-0abc.');
  });
});
