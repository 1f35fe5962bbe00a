import type { IpPermission } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-sg-default-restricts-all-traffic.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const selfRef = (groupId: string): IpPermission => ({
  IpProtocol: '-1',
  IpRanges: [],
  Ipv6Ranges: [],
  PrefixListIds: [],
  UserIdGroupPairs: [{ GroupId: groupId, UserId: '123456789012' }],
});
const allOut: IpPermission = { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] };
const sg = (id: string, name: string, vpc: string, ingress: IpPermission[], egress: IpPermission[]) => ({
  GroupId: id,
  GroupName: name,
  Description: name === 'default' ? 'default VPC security group' : name,
  OwnerId: '123456789012',
  VpcId: vpc,
  SecurityGroupArn: `arn:aws:ec2:us-east-1:123456789012:security-group/${id}`,
  IpPermissions: ingress,
  IpPermissionsEgress: egress,
});

describe('ec2-sg-default-restricts-all-traffic', () => {
  it('passes a default group with no rules and ignores other groups', () => {
    const findings = evaluate(check, {
      'ec2.securityGroups': [sg('sg-0def', 'default', 'vpc-0prod', [], []), sg('sg-0web', 'prod-web-sg', 'vpc-0prod', [], [allOut])],
      'ec2.networkInterfaces': [],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'sg-0def']]);
    expect(findings[0]!.message).toBe('Default security group sg-0def of vpc-0prod has no inbound and no outbound rules.');
  });

  it('fails a default group with the stock rules, in use', () => {
    const findings = evaluate(check, {
      'ec2.securityGroups': [sg('sg-0stk', 'default', 'vpc-0dev', [selfRef('sg-0stk')], [allOut])],
      'ec2.networkInterfaces': [{ NetworkInterfaceId: 'eni-1', Groups: [{ GroupId: 'sg-0stk', GroupName: 'default' }] }],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0stk']]);
    expect(findings[0]!.message).toBe(
      'Default security group sg-0stk of vpc-0dev has 1 inbound rule (all traffic from sg-0stk) and 1 outbound rule (all traffic to 0.0.0.0/0). It is used by 1 network interface.',
    );
  });

  it('near miss: an unused default group with only an outbound rule still fails', () => {
    const findings = evaluate(check, { 'ec2.securityGroups': [sg('sg-0out', 'default', 'vpc-0qa', [], [allOut])], 'ec2.networkInterfaces': [] });
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0out']]);
    expect(findings[0]!.message).toContain('It is unused: no network interface uses it.');
  });

  it('near miss: a group named "default-web" is not the default group', () => {
    const findings = evaluate(check, { 'ec2.securityGroups': [sg('sg-0dw', 'default-web', 'vpc-0qa', [selfRef('sg-0dw')], [allOut])], 'ec2.networkInterfaces': [] });
    expect(findings).toEqual([]);
  });

  it('reports ERROR when the groups cannot be listed', async () => {
    const findings = await run(check, { 'ec2.securityGroups': awsError('UnauthorizedOperation', 'ec2:DescribeSecurityGroups'), 'ec2.networkInterfaces': [] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('ec2:DescribeSecurityGroups');
  });
});
