import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-instance-imdsv2-required.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const instance = (id: string, state: string, metadata: Record<string, unknown> | undefined) => ({
  InstanceId: id,
  InstanceType: 't3.micro',
  State: { Code: 16, Name: state },
  LaunchTime: new Date('2026-01-10T09:00:00Z'),
  ...(metadata ? { MetadataOptions: { State: 'applied', HttpPutResponseHopLimit: 2, ...metadata } } : {}),
});

describe('ec2-instance-imdsv2-required', () => {
  it('passes an instance that requires IMDSv2', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0aaa', 'running', { HttpTokens: 'required', HttpEndpoint: 'enabled' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'i-0aaa']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:instance/i-0aaa');
  });

  it('fails an instance with HttpTokens optional', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0bbb', 'stopped', { HttpTokens: 'optional', HttpEndpoint: 'enabled' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'i-0bbb']]);
    expect(findings[0]!.message).toBe('Instance i-0bbb allows IMDSv1: HttpTokens is optional and the metadata endpoint is enabled.');
  });

  it('near miss: HttpTokens optional with the metadata endpoint disabled passes', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0ccc', 'running', { HttpTokens: 'optional', HttpEndpoint: 'disabled' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'i-0ccc']]);
    expect(findings[0]!.message).toContain('metadata endpoint disabled');
  });

  it('near miss: terminated and shutting-down instances are skipped, whatever their settings', () => {
    const findings = evaluate(check, {
      'ec2.instances': [
        instance('i-0ddd', 'terminated', { HttpTokens: 'optional', HttpEndpoint: 'enabled' }),
        instance('i-0eee', 'shutting-down', { HttpTokens: 'optional', HttpEndpoint: 'enabled' }),
        instance('i-0fff', 'pending', { HttpTokens: 'optional', HttpEndpoint: 'enabled' }),
      ],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'i-0fff']]);
  });

  it('reports ERROR, not PASS, for an instance without metadata options', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0abc', 'running', undefined)] });
    expect(verdicts(findings)).toEqual([['ERROR', 'i-0abc']]);
  });

  it('reports ERROR naming the denied action when the instances cannot be listed', async () => {
    const findings = await run(check, { 'ec2.instances': awsError('UnauthorizedOperation', 'ec2:DescribeInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.message).toContain('ec2:DescribeInstances');
  });
});
