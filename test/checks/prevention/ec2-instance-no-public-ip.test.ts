import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-instance-no-public-ip.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const instance = (id: string, state: string, extra: Record<string, unknown> = {}) => ({
  InstanceId: id,
  State: { Name: state },
  PrivateIpAddress: '10.0.1.15',
  ...extra,
});
const withPublicIp = (ip: string, owner: string) => ({
  PublicIpAddress: ip,
  NetworkInterfaces: [{ NetworkInterfaceId: 'eni-0aaa', Association: { PublicIp: ip, IpOwnerId: owner, PublicDnsName: 'ec2-x.compute-1.amazonaws.com' } }],
});

describe('ec2-instance-no-public-ip', () => {
  it('passes an instance without a public IPv4 address', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0private', 'running', { Tags: [{ Key: 'Name', Value: 'app-worker' }] })] });
    expect(verdicts(findings)).toEqual([['PASS', 'i-0private']]);
    expect(findings[0]!.message).toBe('Instance i-0private (app-worker) has no public IPv4 address.');
  });

  it('fails an instance with an auto-assigned public IPv4 address', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0public', 'running', withPublicIp('203.0.113.10', 'amazon'))] });
    expect(verdicts(findings)).toEqual([['FAIL', 'i-0public']]);
    expect(findings[0]!.message).toBe('Instance i-0public has the public IPv4 address 203.0.113.10.');
  });

  it('near miss: an Elastic IP is a public IPv4 address too, even on a stopped instance', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0eip', 'stopped', withPublicIp('198.51.100.7', '123456789012'))] });
    expect(verdicts(findings)).toEqual([['FAIL', 'i-0eip']]);
    expect(findings[0]!.message).toContain('198.51.100.7 (an Elastic IP)');
  });

  it('near miss: an IPv6 address alone is not part of EC2.9', () => {
    const findings = evaluate(check, {
      'ec2.instances': [instance('i-0ipv6', 'running', { Ipv6Address: '2001:db8::10', NetworkInterfaces: [{ Ipv6Addresses: [{ Ipv6Address: '2001:db8::10' }] }] })],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'i-0ipv6']]);
  });

  it('skips terminated instances', () => {
    expect(evaluate(check, { 'ec2.instances': [instance('i-0gone', 'terminated')] })).toEqual([]);
  });

  it('reports ERROR naming the denied action when the instances cannot be listed', async () => {
    const findings = await run(check, { 'ec2.instances': awsError('UnauthorizedOperation', 'ec2:DescribeInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
