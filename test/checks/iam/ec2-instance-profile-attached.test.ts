import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/ec2-instance-profile-attached.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const instance = (id: string, state: string, profile?: string) => ({
  InstanceId: id,
  State: { Name: state },
  ...(profile ? { IamInstanceProfile: { Arn: `arn:aws:iam::123456789012:instance-profile/${profile}`, Id: 'AIPAEXAMPLE' } } : {}),
});

describe('ec2-instance-profile-attached', () => {
  it('passes a running instance with an instance profile', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0web', 'running', 'web-app-profile')] });
    expect(verdicts(findings)).toEqual([['PASS', 'i-0web']]);
    expect(findings[0]!.message).toBe('Instance i-0web has the instance profile arn:aws:iam::123456789012:instance-profile/web-app-profile attached.');
  });

  it('fails a running instance without an instance profile', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0bare', 'running')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'i-0bare']]);
    expect(findings[0]!.message).toBe('Instance i-0bare (running) has no IAM instance profile attached.');
  });

  it('near miss: a stopped instance counts, a pending or terminated one does not', () => {
    const findings = evaluate(check, {
      'ec2.instances': [instance('i-0stopped', 'stopped'), instance('i-0pending', 'pending'), instance('i-0gone', 'terminated')],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'i-0stopped']]);
  });

  it('reports ERROR naming the denied action when the instances cannot be listed', async () => {
    const findings = await run(check, { 'ec2.instances': awsError('UnauthorizedOperation', 'ec2:DescribeInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('ec2:DescribeInstances');
  });
});

describe('ec2-instance-profile-attached on partial answers', () => {
  it('judges an instance that reports no state instead of dropping it, and says nothing about the state', () => {
    const findings = evaluate(check, { 'ec2.instances': [{ InstanceId: 'i-0zzz' }] });
    expect(verdicts(findings)).toEqual([['FAIL', 'i-0zzz']]);
    expect(findings[0]!.message).toBe('Instance i-0zzz has no IAM instance profile attached.');
  });
});
