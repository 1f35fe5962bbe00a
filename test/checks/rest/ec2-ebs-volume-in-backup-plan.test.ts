import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/ec2-ebs-volume-in-backup-plan.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { cond, OPTED_IN, plan, selection } from '../../fixtures/backup.js';

const volume = (id: string, extra: Record<string, unknown> = {}) => ({
  VolumeId: id,
  Size: 100,
  VolumeType: 'gp3',
  AvailabilityZone: 'us-east-1a',
  CreateTime: new Date('2025-03-01T08:00:00Z'),
  Encrypted: true,
  State: 'in-use',
  Attachments: [{ VolumeId: id, InstanceId: `i-${id.slice(4)}`, Device: '/dev/xvda', State: 'attached', AttachTime: new Date('2025-03-01T08:01:00Z') }],
  Tags: [{ Key: 'Name', Value: `${id}-name` }],
  ...extra,
});
const byTag = plan('prod-daily', [selection('prod-volumes', { Resources: ['arn:aws:ec2:*:*:volume/*'], Conditions: { StringEquals: [cond('backup', 'daily')] } })]);

describe('ec2-ebs-volume-in-backup-plan', () => {
  it('passes an attached volume that a plan selects by resource type and tag', () => {
    const findings = evaluate(check, {
      'ec2.volumes': [volume('vol-0001', { Tags: [{ Key: 'backup', Value: 'daily' }] })],
      'backup.planSelections': [byTag],
      'backup.regionSettings': OPTED_IN,
    });
    expect(verdicts(findings)).toEqual([['PASS', 'vol-0001']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:volume/vol-0001');
    expect(findings[0]!.message).toBe(
      'EBS volume vol-0001 attached to i-0001 is protected by AWS Backup: backup plan "prod-daily" (selection "prod-volumes") selects it.',
    );
  });

  it('fails an attached volume without the tag, and leaves volumes that are not in use out', () => {
    const findings = evaluate(check, {
      'ec2.volumes': [volume('vol-0002'), volume('vol-0003', { State: 'available', Attachments: [] })],
      'backup.planSelections': [byTag],
      'backup.regionSettings': OPTED_IN,
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'vol-0002']]);
    expect(findings[0]!.message).toContain('it does not meet StringEquals aws:ResourceTag/backup "daily"');
  });

  it('near miss: a tag value differing only in case does not select the volume', () => {
    const findings = evaluate(check, {
      'ec2.volumes': [volume('vol-0004', { Tags: [{ Key: 'backup', Value: 'Daily' }] })],
      'backup.planSelections': [byTag],
      'backup.regionSettings': OPTED_IN,
    });
    expect(findings[0]!.status).toBe('FAIL');
  });

  it('near miss: selected while AWS Backup is not opted in for EBS fails', () => {
    const findings = evaluate(check, {
      'ec2.volumes': [volume('vol-0005', { Tags: [{ Key: 'backup', Value: 'daily' }] })],
      'backup.planSelections': [byTag],
      'backup.regionSettings': { ok: true, value: { EBS: false } },
    });
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain("opt-in for EBS is off");
  });

  it('reports ERROR when the opt-in setting decides and could not be read, and when the volumes cannot be listed', async () => {
    const findings = evaluate(check, {
      'ec2.volumes': [volume('vol-0006', { Tags: [{ Key: 'backup', Value: 'daily' }] })],
      'backup.planSelections': [byTag],
      'backup.regionSettings': { ok: false, error: awsError('AccessDeniedException', 'backup:DescribeRegionSettings') },
    });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('backup:DescribeRegionSettings');
    const listing = await run(check, { 'ec2.volumes': awsError('UnauthorizedOperation', 'ec2:DescribeVolumes'), 'backup.planSelections': [], 'backup.regionSettings': OPTED_IN });
    expect(listing.map((f) => f.status)).toEqual(['ERROR']);
  });
});
