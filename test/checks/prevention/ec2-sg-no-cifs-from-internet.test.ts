import type { IpPermission } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-sg-no-cifs-from-internet.js';
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

describe('ec2-sg-no-cifs-from-internet', () => {
  it('passes SMB from a private range only', () => {
    expect(verdicts(evaluate(check, groups(sg('sg-0a', 'fileshare', [rule('tcp', [445, 445], ['10.20.0.0/16'])]))))).toEqual([['PASS', 'sg-0a']]);
  });

  it('fails TCP 445 from 0.0.0.0/0', () => {
    const findings = evaluate(check, groups(sg('sg-0b', 'legacy-smb', [rule('tcp', [445, 445], ['0.0.0.0/0'])])));
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0b']]);
    expect(findings[0]!.message).toContain('to TCP port 445 or 139: TCP 445 from 0.0.0.0/0.');
  });

  it('near miss: NetBIOS 139 inside a range counts too', () => {
    const findings = evaluate(check, groups(sg('sg-0c', 'netbios', [rule('tcp', [135, 139], [], ['::/0'])])));
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0c']]);
    expect(findings[0]!.message).toContain('TCP 135-139 from ::/0 (opens 139)');
  });

  it('near miss: UDP 137-139 is not CIFS over TCP', () => {
    expect(verdicts(evaluate(check, groups(sg('sg-0d', 'nbns', [rule('udp', [137, 139], ['0.0.0.0/0'])]))))).toEqual([['PASS', 'sg-0d']]);
  });

  it('reports ERROR when the groups cannot be listed', async () => {
    expect((await listingDenied()).map((f) => f.status)).toEqual(['ERROR']);
  });
});
