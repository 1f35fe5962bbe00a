import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-instance-single-eni.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const eni = (id: string, index: number, privateIps = 1) => ({
  NetworkInterfaceId: id,
  Attachment: { DeviceIndex: index, Status: 'attached' },
  PrivateIpAddresses: Array.from({ length: privateIps }, (_, i) => ({ PrivateIpAddress: `10.0.1.${10 + i}`, Primary: i === 0 })),
});
const instance = (id: string, enis: unknown[], state = 'running') => ({ InstanceId: id, State: { Name: state }, NetworkInterfaces: enis });

describe('ec2-instance-single-eni', () => {
  it('passes an instance with one network interface', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0one', [eni('eni-0a', 0)])] });
    expect(verdicts(findings)).toEqual([['PASS', 'i-0one']]);
    expect(findings[0]!.message).toBe('Instance i-0one has one network interface (eni-0a) attached.');
  });

  it('fails an instance with two network interfaces', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0two', [eni('eni-0a', 0), eni('eni-0b', 1)])] });
    expect(verdicts(findings)).toEqual([['FAIL', 'i-0two']]);
    expect(findings[0]!.message).toBe('Instance i-0two has 2 network interfaces attached (eni-0a, eni-0b).');
  });

  it('near miss: several private addresses on one interface are still one interface', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0multi', [eni('eni-0a', 0, 3)])] });
    expect(verdicts(findings)).toEqual([['PASS', 'i-0multi']]);
  });

  it('reports ERROR naming the denied action when the instances cannot be listed', async () => {
    const findings = await run(check, { 'ec2.instances': awsError('UnauthorizedOperation', 'ec2:DescribeInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('ec2-instance-single-eni on partial answers', () => {
  it('reports ERROR, never PASS, for an instance whose answer leaves out its network interfaces', () => {
    const findings = evaluate(check, { 'ec2.instances': [{ InstanceId: 'i-0zzz', State: { Name: 'running' } }] });
    expect(verdicts(findings)).toEqual([['ERROR', 'i-0zzz']]);
    expect(findings[0]!.message).toBe('Instance i-0zzz reports no network interface list, so how many interfaces it has is unknown.');
  });
});
