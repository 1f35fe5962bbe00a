import type { IpPermission } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-sg-no-rdp-from-internet.js';
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

describe('ec2-sg-no-rdp-from-internet', () => {
  it('passes a group that opens only HTTPS to the internet', () => {
    expect(verdicts(evaluate(check, groups(sg('sg-0a', 'web', [rule('tcp', [443, 443], ['0.0.0.0/0'])]))))).toEqual([['PASS', 'sg-0a']]);
  });

  it('fails RDP from 0.0.0.0/0', () => {
    const findings = evaluate(check, groups(sg('sg-0b', 'windows-admin', [rule('tcp', [3389, 3389], ['0.0.0.0/0'])])));
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0b']]);
    expect(findings[0]!.message).toContain('to TCP port 3389: TCP 3389 from 0.0.0.0/0.');
  });

  it('near miss: all traffic from ::/0 opens RDP', () => {
    expect(verdicts(evaluate(check, groups(sg('sg-0c', 'any-v6', [rule('-1', undefined, [], ['::/0'])]))))).toEqual([['FAIL', 'sg-0c']]);
  });

  it('near miss: TCP 3000-3388 stops one port short of RDP', () => {
    expect(verdicts(evaluate(check, groups(sg('sg-0d', 'dev-ports', [rule('tcp', [3000, 3388], ['0.0.0.0/0'])]))))).toEqual([['PASS', 'sg-0d']]);
  });

  it('reports ERROR when the groups cannot be listed', async () => {
    expect((await listingDenied()).map((f) => f.status)).toEqual(['ERROR']);
  });
});
