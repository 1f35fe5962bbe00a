import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-ami-not-public.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const image = (id: string, extra: Record<string, unknown>) => ({
  ImageId: id,
  Name: 'web-base-2026-10-01',
  OwnerId: '123456789012',
  State: 'available',
  ImageType: 'machine',
  VirtualizationType: 'hvm',
  CreationDate: '2026-10-01T03:00:00.000Z',
  ...extra,
});

describe('ec2-ami-not-public', () => {
  it('passes a private AMI', () => {
    const findings = evaluate(check, { 'ec2.images': [image('ami-0aaa', { Public: false })] });
    expect(verdicts(findings)).toEqual([['PASS', 'ami-0aaa']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1::image/ami-0aaa');
    expect(findings[0]!.message).toBe('AMI ami-0aaa (web-base-2026-10-01) is not public.');
  });

  it('fails a public AMI', () => {
    const findings = evaluate(check, { 'ec2.images': [image('ami-0bbb', { Public: true })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'ami-0bbb']]);
    expect(findings[0]!.message).toContain('is public');
  });

  it('near miss: an AMI public before image block public access was enabled is still public', () => {
    // DescribeImages keeps reporting Public true: the block stops only new public sharing.
    const findings = evaluate(check, { 'ec2.images': [image('ami-0ccc', { Public: true })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'ami-0ccc']]);
  });

  it('reports ERROR naming the denied action when the images cannot be listed', async () => {
    const findings = await run(check, { 'ec2.images': awsError('UnauthorizedOperation', 'ec2:DescribeImages') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('ec2:DescribeImages');
  });
});

describe('ec2-ami-not-public on partial answers', () => {
  it('reports ERROR, never PASS, for an AMI whose answer leaves out the Public flag', () => {
    const findings = evaluate(check, { 'ec2.images': [image('ami-0ddd', {})] });
    expect(verdicts(findings)).toEqual([['ERROR', 'ami-0ddd']]);
    expect(findings[0]!.message).toBe('AMI ami-0ddd (web-base-2026-10-01) reports no Public flag, so whether any AWS account can launch it is unknown.');
  });
});
