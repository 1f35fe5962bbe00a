import type { IpPermission } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-sg-internet-ingress-only-authorized-ports.js';
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

describe('ec2-sg-internet-ingress-only-authorized-ports', () => {
  it('passes 80 and 443 from the internet, ICMP and narrower sources', () => {
    const findings = evaluate(
      check,
      groups(sg('sg-0a', 'prod-alb-sg', [rule('tcp', [80, 80], ['0.0.0.0/0']), rule('tcp', [443, 443], ['0.0.0.0/0'], ['::/0']), rule('icmp', [8, -1], ['0.0.0.0/0']), rule('tcp', [8443, 8443], ['10.0.0.0/8'])])),
    );
    expect(verdicts(findings)).toEqual([['PASS', 'sg-0a']]);
    expect(findings[0]!.message).toBe('Security group prod-alb-sg (sg-0a) in vpc-0a1b2c3d lets 0.0.0.0/0 and ::/0 reach no port other than TCP 80 and 443.');
  });

  it('fails TCP 8080 and UDP 443 from the internet and says the group is in use', () => {
    const findings = evaluate(check, {
      'ec2.securityGroups': [sg('sg-0b', 'app-sg', [rule('tcp', [8080, 8080], ['0.0.0.0/0']), rule('udp', [443, 443], [], ['::/0'])])],
      'ec2.networkInterfaces': [{ NetworkInterfaceId: 'eni-0a', Groups: [{ GroupId: 'sg-0b' }] }],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0b']]);
    expect(findings[0]!.message).toBe(
      'Security group app-sg (sg-0b) in vpc-0a1b2c3d lets the internet reach ports other than TCP 80 and 443: TCP 8080 from 0.0.0.0/0; UDP 443 from ::/0. It is used by 1 network interface.',
    );
  });

  it('near miss: TCP 80-443 spans unauthorized ports', () => {
    expect(verdicts(evaluate(check, groups(sg('sg-0c', 'web-range', [rule('tcp', [80, 443], ['0.0.0.0/0'])]))))).toEqual([['FAIL', 'sg-0c']]);
  });

  it('near miss: an unused group is evaluated and says "unused"', () => {
    const findings = evaluate(check, groups(sg('sg-0d', 'old-any', [rule('-1', undefined, ['0.0.0.0/0'])])));
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0d']]);
    expect(findings[0]!.message).toContain('all traffic from 0.0.0.0/0. It is unused: no network interface uses it.');
  });

  it('reports ERROR when the groups cannot be listed', async () => {
    expect((await listingDenied()).map((f) => f.status)).toEqual(['ERROR']);
  });
});
