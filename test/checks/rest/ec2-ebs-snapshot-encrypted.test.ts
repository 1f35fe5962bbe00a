import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/ec2-ebs-snapshot-encrypted.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const snapshot = (id: string, extra: Record<string, unknown>) => ({
  SnapshotId: id,
  VolumeId: 'vol-0a1b2c3d4e5f60001',
  OwnerId: '123456789012',
  State: 'completed',
  StartTime: new Date('2026-10-01T02:00:00Z'),
  VolumeSize: 100,
  ...extra,
});

describe('ec2-ebs-snapshot-encrypted', () => {
  it('passes an encrypted snapshot', () => {
    const findings = evaluate(check, { 'ec2.snapshots': [snapshot('snap-0aaa', { Encrypted: true, KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abc' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'snap-0aaa']]);
    // Snapshot ARNs carry no account id.
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1::snapshot/snap-0aaa');
  });

  it('fails an unencrypted snapshot and names its volume', () => {
    const findings = evaluate(check, { 'ec2.snapshots': [snapshot('snap-0bbb', { Encrypted: false, Tags: [{ Key: 'Name', Value: 'nightly-db' }] })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'snap-0bbb']]);
    expect(findings[0]!.message).toBe('Snapshot snap-0bbb (nightly-db) of volume vol-0a1b2c3d4e5f60001 is not encrypted.');
  });

  it('near miss: a KmsKeyId without the Encrypted flag is not taken as encryption: ERROR, never PASS', () => {
    const findings = evaluate(check, { 'ec2.snapshots': [snapshot('snap-0ccc', { KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abc' })] });
    expect(verdicts(findings)).toEqual([['ERROR', 'snap-0ccc']]);
    expect(findings[0]!.message).toContain('reports no Encrypted flag, so whether it is encrypted is unknown');
  });

  it('fails a snapshot that reports Encrypted false', () => {
    const findings = evaluate(check, { 'ec2.snapshots': [snapshot('snap-0ddd', { Encrypted: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'snap-0ddd']]);
  });

  it('reports ERROR naming the denied action when the snapshots cannot be listed', async () => {
    const findings = await run(check, { 'ec2.snapshots': awsError('UnauthorizedOperation', 'ec2:DescribeSnapshots') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('ec2:DescribeSnapshots');
  });
});
