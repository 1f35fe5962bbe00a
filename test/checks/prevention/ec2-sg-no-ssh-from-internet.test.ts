import type { IpPermission } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-sg-no-ssh-from-internet.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const rule = (IpProtocol: string, ports: [number, number] | undefined, cidrs: string[], cidrs6: string[] = []): IpPermission => ({
  IpProtocol,
  ...(ports ? { FromPort: ports[0], ToPort: ports[1] } : {}),
  IpRanges: cidrs.map((CidrIp) => ({ CidrIp })),
  Ipv6Ranges: cidrs6.map((CidrIpv6) => ({ CidrIpv6 })),
  PrefixListIds: [],
  UserIdGroupPairs: [],
});
const sg = (id: string, name: string, ingress: IpPermission[]) => ({
  GroupId: id,
  GroupName: name,
  Description: name,
  OwnerId: '123456789012',
  VpcId: 'vpc-0a1b2c3d',
  SecurityGroupArn: `arn:aws:ec2:us-east-1:123456789012:security-group/${id}`,
  IpPermissions: ingress,
  IpPermissionsEgress: [],
});
const groups = (...list: ReturnType<typeof sg>[]) => ({ 'ec2.securityGroups': list, 'ec2.networkInterfaces': [] });
const listingDenied = () => run(check, { 'ec2.securityGroups': awsError('UnauthorizedOperation', 'ec2:DescribeSecurityGroups'), 'ec2.networkInterfaces': [] });

describe('ec2-sg-no-ssh-from-internet', () => {
  it('passes SSH from a corporate range only', () => {
    expect(verdicts(evaluate(check, groups(sg('sg-0a', 'ops-ssh', [rule('tcp', [22, 22], ['203.0.113.0/24'])]))))).toEqual([['PASS', 'sg-0a']]);
  });

  it('fails SSH from ::/0 and from 0.0.0.0/0 in one finding', () => {
    const findings = evaluate(check, groups(sg('sg-0b', 'bastion-sg', [rule('tcp', [22, 22], ['0.0.0.0/0'], ['::/0'])])));
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0b']]);
    expect(findings[0]!.message).toBe(
      'Security group bastion-sg (sg-0b) in vpc-0a1b2c3d allows ingress from 0.0.0.0/0 or ::/0 to TCP port 22: TCP 22 from 0.0.0.0/0 and ::/0. It is unused: no network interface uses it.',
    );
  });

  it('near miss: UDP 22 is not SSH for EC2.13', () => {
    expect(verdicts(evaluate(check, groups(sg('sg-0c', 'udp-22', [rule('udp', [22, 22], ['0.0.0.0/0'])]))))).toEqual([['PASS', 'sg-0c']]);
  });

  it('near miss: TCP 0-1024 from 0.0.0.0/0 covers 22', () => {
    expect(verdicts(evaluate(check, groups(sg('sg-0d', 'wide', [rule('6', [0, 1024], ['0.0.0.0/0'])]))))).toEqual([['FAIL', 'sg-0d']]);
  });

  it('reports ERROR when the groups cannot be listed', async () => {
    expect((await listingDenied()).map((f) => f.status)).toEqual(['ERROR']);
  });
});
