import type { IpPermission } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-sg-no-admin-ports-from-ipv4-internet.js';
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

describe('ec2-sg-no-admin-ports-from-ipv4-internet', () => {
  it('passes a group that opens only 443 to the internet and 22 to a private range', () => {
    const findings = evaluate(check, {
      'ec2.securityGroups': [sg('sg-0web', 'prod-web-sg', [rule('tcp', [443, 443], ['0.0.0.0/0']), rule('tcp', [22, 22], ['10.0.0.0/8'])])],
      'ec2.networkInterfaces': [],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'sg-0web']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:security-group/sg-0web');
  });

  it('fails a group with SSH open to 0.0.0.0/0 and says how many interfaces use it', () => {
    const findings = evaluate(check, {
      'ec2.securityGroups': [sg('sg-0bast', 'bastion-sg', [rule('tcp', [22, 22], ['0.0.0.0/0'])])],
      'ec2.networkInterfaces': [eni('eni-1', 'sg-0bast')],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0bast']]);
    expect(findings[0]!.message).toBe(
      'Security group bastion-sg (sg-0bast) in vpc-0a1b2c3d allows ingress from 0.0.0.0/0 to port 22 or 3389 over TCP, UDP or all traffic: TCP 22 from 0.0.0.0/0. It is used by 1 network interface.',
    );
  });

  it('fails all traffic from 0.0.0.0/0 and says when the group is unused', () => {
    const findings = evaluate(check, { 'ec2.securityGroups': [sg('sg-0any', 'legacy-any', [rule('-1', undefined, ['0.0.0.0/0'])])], 'ec2.networkInterfaces': [] });
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0any']]);
    expect(findings[0]!.message).toContain('all traffic from 0.0.0.0/0 (opens 22, 3389)');
    expect(findings[0]!.message).toContain('It is unused: no network interface uses it.');
  });

  it('near miss: FromPort 0, ToPort 1024 covers 22', () => {
    const findings = evaluate(check, { 'ec2.securityGroups': [sg('sg-0rng', 'range-sg', [rule('tcp', [0, 1024], ['0.0.0.0/0'])])], 'ec2.networkInterfaces': [] });
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0rng']]);
    expect(findings[0]!.message).toContain('TCP 0-1024 from 0.0.0.0/0 (opens 22)');
  });

  it('near miss: UDP 3389 counts as an admin port', () => {
    const findings = evaluate(check, { 'ec2.securityGroups': [sg('sg-0rdp', 'rdp-udp', [rule('17', [3389, 3389], ['0.0.0.0/0'])])], 'ec2.networkInterfaces': [] });
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0rdp']]);
  });

  it('near miss: ::/0 and 0.0.0.0/1 are not the IPv4 internet for this control', () => {
    const findings = evaluate(check, {
      'ec2.securityGroups': [sg('sg-0v6', 'v6-ssh', [rule('tcp', [22, 22], ['0.0.0.0/1', '128.0.0.0/1'], ['::/0'])])],
      'ec2.networkInterfaces': [],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'sg-0v6']]);
  });

  it('leaves out groups shared from another account', () => {
    const findings = evaluate(check, { 'ec2.securityGroups': [sg('sg-0shr', 'shared', [rule('tcp', [22, 22], ['0.0.0.0/0'])], '999988887777')], 'ec2.networkInterfaces': [] });
    expect(findings).toEqual([]);
  });

  it('reports ERROR naming the denied action when the groups cannot be listed', async () => {
    const findings = await run(check, { 'ec2.securityGroups': awsError('UnauthorizedOperation', 'ec2:DescribeSecurityGroups'), 'ec2.networkInterfaces': [] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('ec2:DescribeSecurityGroups');
  });
});
