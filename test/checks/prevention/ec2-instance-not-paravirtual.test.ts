import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-instance-not-paravirtual.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const instance = (id: string, type: string | undefined, state = 'running', instanceType = 't3.micro') => ({
  InstanceId: id,
  InstanceType: instanceType,
  State: { Name: state },
  ...(type ? { VirtualizationType: type } : {}),
});

describe('ec2-instance-not-paravirtual', () => {
  it('passes an HVM instance', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0hvm', 'hvm')] });
    expect(verdicts(findings)).toEqual([['PASS', 'i-0hvm']]);
  });

  it('fails a paravirtual instance', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0pv', 'paravirtual', 'running', 'm1.small')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'i-0pv']]);
    expect(findings[0]!.message).toBe('Instance i-0pv (m1.small) uses paravirtual virtualization.');
  });

  it('near miss: a stopped paravirtual instance still fails; a terminated one is skipped', () => {
    const findings = evaluate(check, {
      'ec2.instances': [instance('i-0pvstop', 'paravirtual', 'stopped', 'm1.small'), instance('i-0pvgone', 'paravirtual', 'terminated', 'm1.small')],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'i-0pvstop']]);
  });

  it('reports ERROR, not PASS, when the virtualization type is missing', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0unknown', undefined)] });
    expect(verdicts(findings)).toEqual([['ERROR', 'i-0unknown']]);
  });

  it('reports ERROR naming the denied action when the instances cannot be listed', async () => {
    const findings = await run(check, { 'ec2.instances': awsError('UnauthorizedOperation', 'ec2:DescribeInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
