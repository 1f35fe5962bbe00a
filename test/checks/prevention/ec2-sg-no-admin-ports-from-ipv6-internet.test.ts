import type { IpPermission } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-sg-no-admin-ports-from-ipv6-internet.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const rule = (IpProtocol: string, ports: [number, number] | undefined, cidrs: string[], cidrs6: string[] = []): IpPermission => ({
  IpProtocol,
  ...(ports ? { FromPort: ports[0], ToPort: ports[1] } : {}),
  IpRanges: cidrs.map((CidrIp) => ({ CidrIp })),
  Ipv6Ranges: cidrs6.map((CidrIpv6) => ({ CidrIpv6 })),
  PrefixListIds: [],
  UserIdGroupPairs: [],
});
const sg = (id: string, name: string, ingress: IpPermission[], OwnerId = '123456789012') => ({
  GroupId: id,
  GroupName: name,
  Description: name,
  OwnerId,
  VpcId: 'vpc-0a1b2c3d',
  SecurityGroupArn: `arn:aws:ec2:us-east-1:${OwnerId}:security-group/${id}`,
  IpPermissions: ingress,
  IpPermissionsEgress: [rule('-1', undefined, ['0.0.0.0/0'])],
});
const eni = (id: string, ...groups: string[]) => ({ NetworkInterfaceId: id, Groups: groups.map((GroupId) => ({ GroupId })) });

describe('ec2-sg-no-admin-ports-from-ipv6-internet', () => {
  it('passes a group that opens only 443 to ::/0', () => {
    const findings = evaluate(check, { 'ec2.securityGroups': [sg('sg-0web', 'prod-web-sg', [rule('tcp', [443, 443], [], ['::/0'])])], 'ec2.networkInterfaces': [] });
    expect(verdicts(findings)).toEqual([['PASS', 'sg-0web']]);
  });

  it('fails a group with RDP open to ::/0', () => {
    const findings = evaluate(check, {
      'ec2.securityGroups': [sg('sg-0win', 'windows-admin', [rule('tcp', [3389, 3389], [], ['::/0'])])],
      'ec2.networkInterfaces': [eni('eni-1', 'sg-0win'), eni('eni-2', 'sg-0win')],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0win']]);
    expect(findings[0]!.message).toBe(
      'Security group windows-admin (sg-0win) in vpc-0a1b2c3d allows ingress from ::/0 to port 22 or 3389 over TCP, UDP or all traffic: TCP 3389 from ::/0. It is used by 2 network interfaces.',
    );
  });

  it('near miss: 0.0.0.0/0 to port 22 is the IPv4 control, not this one', () => {
    const findings = evaluate(check, { 'ec2.securityGroups': [sg('sg-0v4', 'v4-ssh', [rule('tcp', [22, 22], ['0.0.0.0/0'])])], 'ec2.networkInterfaces': [] });
    expect(verdicts(findings)).toEqual([['PASS', 'sg-0v4']]);
  });

  it('near miss: a UDP range 0-65535 from ::/0 covers both admin ports', () => {
    const findings = evaluate(check, { 'ec2.securityGroups': [sg('sg-0udp', 'udp-all', [rule('udp', [0, 65535], [], ['::/0'])])], 'ec2.networkInterfaces': [eni('eni-9', 'sg-other')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0udp']]);
    expect(findings[0]!.message).toContain('UDP all ports from ::/0 (opens 22, 3389)');
    expect(findings[0]!.message).toContain('unused');
  });

  it('reports ERROR when the network interfaces cannot be listed', async () => {
    const findings = await run(check, { 'ec2.securityGroups': [], 'ec2.networkInterfaces': awsError('UnauthorizedOperation', 'ec2:DescribeNetworkInterfaces') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.message).toContain('access denied to ec2:DescribeNetworkInterfaces');
  });
});
