import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-subnet-no-auto-public-ip.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const subnet = (SubnetId: string, MapPublicIpOnLaunch: boolean, extra: Record<string, unknown> = {}) => ({
  SubnetId,
  SubnetArn: `arn:aws:ec2:us-east-1:123456789012:subnet/${SubnetId}`,
  VpcId: 'vpc-0prod',
  OwnerId: '123456789012',
  State: 'available',
  CidrBlock: '10.0.1.0/24',
  AvailabilityZone: 'us-east-1a',
  DefaultForAz: false,
  MapPublicIpOnLaunch,
  ...extra,
});

describe('ec2-subnet-no-auto-public-ip', () => {
  it('passes a private subnet', () => {
    const findings = evaluate(check, { 'ec2.subnets': [subnet('subnet-0priv', false)] });
    expect(verdicts(findings)).toEqual([['PASS', 'subnet-0priv']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:subnet/subnet-0priv');
  });

  it('fails a subnet that maps public IPs on launch', () => {
    const findings = evaluate(check, { 'ec2.subnets': [subnet('subnet-0pub', true)] });
    expect(verdicts(findings)).toEqual([['FAIL', 'subnet-0pub']]);
    expect(findings[0]!.message).toBe('Subnet subnet-0pub in vpc-0prod assigns a public IPv4 address to every network interface launched in it (MapPublicIpOnLaunch is true).');
  });

  it('near miss: default subnets map public IPs and fail like any other', () => {
    const findings = evaluate(check, { 'ec2.subnets': [subnet('subnet-0def', true, { DefaultForAz: true })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'subnet-0def']]);
    expect(findings[0]!.message).toContain('(default for its zone)');
  });

  it('near miss: a subnet shared from another account is judged in its owner account', () => {
    expect(evaluate(check, { 'ec2.subnets': [subnet('subnet-0shr', true, { OwnerId: '999988887777' })] })).toEqual([]);
  });

  it('reports ERROR when the subnets cannot be listed', async () => {
    const findings = await run(check, { 'ec2.subnets': awsError('UnauthorizedOperation', 'ec2:DescribeSubnets') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('ec2:DescribeSubnets');
  });
});

describe('ec2-subnet-no-auto-public-ip on partial answers', () => {
  it('reports ERROR, not FAIL, for a subnet whose answer leaves out MapPublicIpOnLaunch (its default depends on the subnet)', () => {
    const { MapPublicIpOnLaunch: _, ...partial } = subnet('subnet-0zzz', false);
    const findings = evaluate(check, { 'ec2.subnets': [partial] });
    expect(verdicts(findings)).toEqual([['ERROR', 'subnet-0zzz']]);
    expect(findings[0]!.message).toBe(
      'Subnet subnet-0zzz in vpc-0prod reports no MapPublicIpOnLaunch setting, so whether it assigns public IPv4 addresses on launch is unknown.',
    );
  });
});
