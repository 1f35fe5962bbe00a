import type { NetworkAcl, NetworkAclEntry } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { decidingEntry, describeOpening, internetOpenings } from '../../../src/checks/lib/network-acls.js';

const entry = (RuleNumber: number, RuleAction: 'allow' | 'deny', Protocol: string, cidr: string, ports?: [number, number], Egress = false): NetworkAclEntry => ({
  RuleNumber,
  RuleAction,
  Protocol,
  Egress,
  ...(cidr.includes(':') ? { Ipv6CidrBlock: cidr } : { CidrBlock: cidr }),
  ...(ports ? { PortRange: { From: ports[0], To: ports[1] } } : {}),
});
const acl = (...Entries: NetworkAclEntry[]): NetworkAcl => ({ NetworkAclId: 'acl-1', VpcId: 'vpc-1', IsDefault: false, Entries });
const finalDeny = entry(32767, 'deny', '-1', '0.0.0.0/0');

describe('network ACL rule order', () => {
  it('a default ACL (rule 100 allows all) opens 22 and 3389', () => {
    const openings = internetOpenings(acl(entry(100, 'allow', '-1', '0.0.0.0/0'), finalDeny), [22, 3389]);
    expect(openings.map(describeOpening)).toEqual([
      'port 22 from 0.0.0.0/0 (rule 100 allows all traffic)',
      'port 3389 from 0.0.0.0/0 (rule 100 allows all traffic)',
    ]);
  });

  it('near miss: deny 22 at rule 90 and allow all at 100 leave 3389 open', () => {
    const a = acl(entry(100, 'allow', '-1', '0.0.0.0/0'), entry(90, 'deny', '6', '0.0.0.0/0', [22, 22]), finalDeny);
    expect(decidingEntry(a, 22, 'ipv4')?.RuleNumber).toBe(90);
    expect(decidingEntry(a, 3389, 'ipv4')?.RuleNumber).toBe(100);
    expect(internetOpenings(a, [22, 3389]).map((o) => o.port)).toEqual([3389]);
  });

  it('a deny of all traffic below the allow closes both ports', () => {
    const a = acl(entry(100, 'allow', '-1', '0.0.0.0/0'), entry(50, 'deny', '-1', '0.0.0.0/0'), finalDeny);
    expect(internetOpenings(a, [22, 3389])).toEqual([]);
  });

  it('entries with narrower CIDRs decide nothing for the internet', () => {
    const a = acl(entry(10, 'deny', '6', '0.0.0.0/1', [22, 22]), entry(20, 'allow', '6', '0.0.0.0/0', [0, 1024]), finalDeny);
    expect(internetOpenings(a, [22, 3389]).map((o) => o.port)).toEqual([22]);
  });

  it('outbound entries are ignored', () => {
    expect(internetOpenings(acl(entry(100, 'allow', '-1', '0.0.0.0/0', undefined, true), finalDeny), [22])).toEqual([]);
  });

  it('without a matching entry the final deny closes the port', () => {
    expect(internetOpenings(acl(entry(100, 'allow', '6', '0.0.0.0/0', [443, 443]), finalDeny), [22, 3389])).toEqual([]);
  });

  it('evaluates ::/0 on its own', () => {
    const a = acl(entry(90, 'deny', '-1', '0.0.0.0/0'), entry(101, 'allow', '-1', '::/0'), finalDeny, entry(32768, 'deny', '-1', '::/0'));
    expect(internetOpenings(a, [22]).map(describeOpening)).toEqual(['port 22 from ::/0 (rule 101 allows all traffic)']);
  });

  it('a UDP allow covering the port decides like a TCP one', () => {
    expect(internetOpenings(acl(entry(100, 'allow', '17', '0.0.0.0/0', [3389, 3389]), finalDeny), [22, 3389]).map(describeOpening)).toEqual([
      'port 3389 from 0.0.0.0/0 (rule 100 allows UDP 3389)',
    ]);
  });

  it('ICMP entries open no port', () => {
    expect(internetOpenings(acl(entry(100, 'allow', '1', '0.0.0.0/0'), finalDeny), [22])).toEqual([]);
  });
});

describe('network ACL decisions per transport', () => {
  it('near miss: a UDP deny below an allow-all decides UDP only; TCP 22 stays open', () => {
    const a = acl(entry(90, 'deny', '17', '0.0.0.0/0', [22, 22]), entry(100, 'allow', '-1', '0.0.0.0/0'), finalDeny);
    expect(decidingEntry(a, 22, 'ipv4', 'tcp')?.RuleNumber).toBe(100);
    expect(decidingEntry(a, 22, 'ipv4', 'udp')?.RuleNumber).toBe(90);
    expect(internetOpenings(a, [22]).map(describeOpening)).toEqual(['port 22 from 0.0.0.0/0 (rule 100 allows all traffic)']);
  });

  it('an explicit UDP allow ahead of a UDP deny opens the port; behind one it does not', () => {
    const open = acl(entry(80, 'allow', '17', '0.0.0.0/0', [3389, 3389]), entry(90, 'deny', '-1', '0.0.0.0/0'), finalDeny);
    expect(internetOpenings(open, [3389]).map(describeOpening)).toEqual(['port 3389 from 0.0.0.0/0 (rule 80 allows UDP 3389)']);
    const closed = acl(entry(70, 'deny', '17', '0.0.0.0/0', [0, 65535]), entry(80, 'allow', '17', '0.0.0.0/0', [3389, 3389]), finalDeny);
    expect(internetOpenings(closed, [3389])).toEqual([]);
  });
});
