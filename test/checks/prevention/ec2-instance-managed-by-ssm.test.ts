import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-instance-managed-by-ssm.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { instance, node } from '../../fixtures/ssm.js';

describe('ec2-instance-managed-by-ssm', () => {
  it('passes a running instance listed by DescribeInstanceInformation', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0aaa', 'running', [{ Key: 'Name', Value: 'web-1' }])], 'ssm.managedInstances': [node('i-0aaa')] });
    expect(verdicts(findings)).toEqual([['PASS', 'i-0aaa']]);
    expect(findings[0]!.message).toBe('Instance i-0aaa (web-1) is a Systems Manager managed node (PingStatus Online, agent 3.3.1142.0, Amazon Linux).');
  });

  it('passes a stopped instance that shows ConnectionLost', () => {
    expect(verdicts(evaluate(check, { 'ec2.instances': [instance('i-0bbb', 'stopped')], 'ssm.managedInstances': [node('i-0bbb', 'ConnectionLost')] }))).toEqual([['PASS', 'i-0bbb']]);
  });

  it('fails an instance Systems Manager does not list', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0ccc')], 'ssm.managedInstances': [node('i-0aaa')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'i-0ccc']]);
    expect(findings[0]!.message).toContain('Instance i-0ccc is not a Systems Manager managed node: DescribeInstanceInformation does not list this running instance.');
  });

  it('near miss: a hybrid node (mi-) of the same name does not make the instance managed', () => {
    const hybrid = { ...node('mi-0123456789abcdef0'), ResourceType: 'ManagedInstance' as const, ComputerName: 'i-0ccc' };
    expect(verdicts(evaluate(check, { 'ec2.instances': [instance('i-0ccc')], 'ssm.managedInstances': [hybrid] }))).toEqual([['FAIL', 'i-0ccc']]);
  });

  it('says an Elastic Disaster Recovery replication server fails by design', () => {
    const drs = instance('i-0ddd', 'running', [{ Key: 'AWSElasticDisasterRecoveryManaged', Value: 'drs.amazonaws.com' }]);
    expect(evaluate(check, { 'ec2.instances': [drs], 'ssm.managedInstances': [] })[0]!.message).toContain('Elastic Disaster Recovery replication server, which fails this control by design');
  });

  it('does not judge pending, stopping, shutting-down or terminated instances', () => {
    const findings = evaluate(check, { 'ec2.instances': ['pending', 'stopping', 'shutting-down', 'terminated'].map((s, i) => instance(`i-0e${i}`, s)), 'ssm.managedInstances': [] });
    expect(findings).toEqual([]);
  });

  it('reports ERROR for the region when the managed nodes cannot be listed', async () => {
    const findings = await run(check, { 'ec2.instances': [instance('i-0aaa')], 'ssm.managedInstances': awsError('AccessDeniedException', 'ssm:DescribeInstanceInformation') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'ssm:DescribeInstanceInformation']]);
  });
});
