import type { NetworkAclEntry } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-nacl-no-admin-ports-from-internet.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const entry = (RuleNumber: number, RuleAction: 'allow' | 'deny', Protocol: string, cidr: string, ports?: [number, number]): NetworkAclEntry => ({
  RuleNumber,
  RuleAction,
  Protocol,
  Egress: false,
  ...(cidr.includes(':') ? { Ipv6CidrBlock: cidr } : { CidrBlock: cidr }),
  ...(ports ? { PortRange: { From: ports[0], To: ports[1] } } : {}),
});
const stockEgress: NetworkAclEntry[] = [
  { RuleNumber: 100, RuleAction: 'allow', Protocol: '-1', Egress: true, CidrBlock: '0.0.0.0/0' },
  { RuleNumber: 32767, RuleAction: 'deny', Protocol: '-1', Egress: true, CidrBlock: '0.0.0.0/0' },
];
const acl = (id: string, IsDefault: boolean, entries: NetworkAclEntry[]) => ({
  NetworkAclId: id,
  VpcId: 'vpc-0prod',
  IsDefault,
  OwnerId: '123456789012',
  Associations: [{ NetworkAclAssociationId: `aclassoc-${id}`, NetworkAclId: id, SubnetId: 'subnet-0a' }],
  Entries: [...entries, entry(32767, 'deny', '-1', '0.0.0.0/0'), ...stockEgress],
});

describe('ec2-nacl-no-admin-ports-from-internet', () => {
  it('passes an ACL that allows only web ports from the internet and SSH from a private range', () => {
    const findings = evaluate(check, {
      'ec2.networkAcls': [acl('acl-0web', false, [entry(100, 'allow', '6', '0.0.0.0/0', [443, 443]), entry(110, 'allow', '6', '10.0.0.0/8', [22, 22])])],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'acl-0web']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:network-acl/acl-0web');
  });

  it('fails a default ACL whose rule 100 allows all traffic', () => {
    const findings = evaluate(check, { 'ec2.networkAcls': [acl('acl-0def', true, [entry(100, 'allow', '-1', '0.0.0.0/0')])] });
    expect(verdicts(findings)).toEqual([['FAIL', 'acl-0def']]);
    expect(findings[0]!.message).toBe(
      'Network ACL acl-0def (default) in vpc-0prod admits inbound traffic from the internet: port 22 from 0.0.0.0/0 (rule 100 allows all traffic); port 3389 from 0.0.0.0/0 (rule 100 allows all traffic).',
    );
  });

  it('near miss: deny 0.0.0.0/0 port 22 at rule 90, allow all at 100 leaves 3389 open', () => {
    const findings = evaluate(check, {
      'ec2.networkAcls': [acl('acl-0half', false, [entry(90, 'deny', '6', '0.0.0.0/0', [22, 22]), entry(100, 'allow', '-1', '0.0.0.0/0')])],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'acl-0half']]);
    expect(findings[0]!.message).toContain('port 3389 from 0.0.0.0/0 (rule 100 allows all traffic)');
    expect(findings[0]!.message).not.toContain('port 22');
  });

  it('near miss: denies at 80 and 90 below an allow-all close both ports', () => {
    const findings = evaluate(check, {
      'ec2.networkAcls': [
        acl('acl-0shut', false, [entry(80, 'deny', '6', '0.0.0.0/0', [22, 22]), entry(90, 'deny', '6', '0.0.0.0/0', [3389, 3389]), entry(100, 'allow', '-1', '0.0.0.0/0')]),
      ],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'acl-0shut']]);
  });

  it('near miss: an IPv4 deny does not close ::/0', () => {
    const findings = evaluate(check, {
      'ec2.networkAcls': [acl('acl-0v6', false, [entry(50, 'deny', '-1', '0.0.0.0/0'), entry(101, 'allow', '-1', '::/0'), entry(32768, 'deny', '-1', '::/0')])],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'acl-0v6']]);
    expect(findings[0]!.message).toContain('port 22 from ::/0 (rule 101 allows all traffic)');
  });

  it('reports ERROR when the network ACLs cannot be listed', async () => {
    const findings = await run(check, { 'ec2.networkAcls': awsError('UnauthorizedOperation', 'ec2:DescribeNetworkAcls') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('ec2:DescribeNetworkAcls');
  });
});

describe('ec2-nacl-no-admin-ports-from-internet, per transport', () => {
  it('near miss: a UDP-only deny of 22 at rule 90 does not close SSH (TCP) to the allow-all at 100', () => {
    const findings = evaluate(check, {
      'ec2.networkAcls': [acl('acl-0udp', false, [entry(90, 'deny', '17', '0.0.0.0/0', [22, 22]), entry(100, 'allow', '-1', '0.0.0.0/0')])],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'acl-0udp']]);
    expect(findings[0]!.message).toBe(
      'Network ACL acl-0udp in vpc-0prod admits inbound traffic from the internet: port 22 from 0.0.0.0/0 (rule 100 allows all traffic); port 3389 from 0.0.0.0/0 (rule 100 allows all traffic).',
    );
  });

  it('reads rule actions without regard to case (emulators)', () => {
    const upper = { ...entry(100, 'allow', '-1', '0.0.0.0/0'), RuleAction: 'ALLOW' } as unknown as NetworkAclEntry;
    expect(verdicts(evaluate(check, { 'ec2.networkAcls': [acl('acl-0up', false, [upper])] }))).toEqual([['FAIL', 'acl-0up']]);
  });
});
