import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-ebs-snapshot-not-public.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';

const snap = (id: string) => ({ SnapshotId: id, VolumeId: 'vol-1', OwnerId: '123456789012', Encrypted: false, State: 'completed' });
const shared = (id: string, permissions: Array<Record<string, string>>) => ({ snapshot: snap(id), createVolumePermissions: ok(permissions) });
const denied = awsError('UnauthorizedOperation', 'ec2:GetSnapshotBlockPublicAccessState');

describe('ec2-ebs-snapshot-not-public', () => {
  it('passes a private snapshot and one shared with a specific account', () => {
    const findings = evaluate(check, {
      'ec2.snapshotSharing': [shared('snap-0private', []), shared('snap-0partner', [{ UserId: '210987654321' }])],
      'ec2.snapshotBlockPublicAccess': ok({ State: 'unblocked' }),
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'snap-0private'],
      ['PASS', 'snap-0partner'],
    ]);
    expect(findings[1]!.message).toBe('Snapshot snap-0partner is not public; it is shared with 1 specific account(s).');
  });

  it('fails a snapshot whose createVolumePermission includes the group all', () => {
    const findings = evaluate(check, {
      'ec2.snapshotSharing': [shared('snap-0public', [{ Group: 'all' }])],
      'ec2.snapshotBlockPublicAccess': ok({ State: 'unblocked' }),
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'snap-0public']]);
    expect(findings[0]!.message).toContain('can be restored by anyone');
  });

  it('near miss: block-all-sharing makes a public grant private: PASS, and the message warns the grant is still there', () => {
    const findings = evaluate(check, {
      'ec2.snapshotSharing': [shared('snap-0public', [{ Group: 'all' }])],
      'ec2.snapshotBlockPublicAccess': ok({ State: 'block-all-sharing' }),
    });
    expect(verdicts(findings)).toEqual([['PASS', 'snap-0public']]);
    expect(findings[0]!.message).toContain('the grant returns to effect if the block is lifted');
  });

  it('near miss: block-new-sharing leaves an existing public snapshot public: FAIL', () => {
    const findings = evaluate(check, {
      'ec2.snapshotSharing': [shared('snap-0public', [{ Group: 'all' }])],
      'ec2.snapshotBlockPublicAccess': ok({ State: 'block-new-sharing' }),
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'snap-0public']]);
    expect(findings[0]!.message).toContain('block-new-sharing');
  });

  it('reports ERROR for a snapshot whose permissions cannot be read, and judges the others', () => {
    const findings = evaluate(check, {
      'ec2.snapshotSharing': [
        { snapshot: snap('snap-0hidden'), createVolumePermissions: failed(awsError('UnauthorizedOperation', 'ec2:DescribeSnapshotAttribute')) },
        shared('snap-0private', []),
      ],
      'ec2.snapshotBlockPublicAccess': ok({ State: 'unblocked' }),
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'snap-0hidden'],
      ['PASS', 'snap-0private'],
    ]);
    expect(findings[0]!.error?.action).toBe('ec2:DescribeSnapshotAttribute');
  });

  it('an unreadable block state turns only public grants to ERROR', () => {
    const findings = evaluate(check, {
      'ec2.snapshotSharing': [shared('snap-0public', [{ Group: 'all' }]), shared('snap-0private', [])],
      'ec2.snapshotBlockPublicAccess': failed(denied),
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'snap-0public'],
      ['PASS', 'snap-0private'],
    ]);
  });

  it('reports ERROR when the snapshots cannot be listed', async () => {
    const findings = await run(check, {
      'ec2.snapshotSharing': awsError('UnauthorizedOperation', 'ec2:DescribeSnapshots'),
      'ec2.snapshotBlockPublicAccess': ok({ State: 'unblocked' }),
    });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
