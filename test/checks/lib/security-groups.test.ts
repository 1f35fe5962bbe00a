import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_AUTHORIZED_TCP_PORTS,
  describeProtocol,
  groupUsage,
  internetExposures,
  internetSources,
  opensPort,
  ruleCount,
  unauthorizedInternetIngress,
  usageSentence,
} from '../../../src/checks/lib/security-groups.js';

const rule = (IpProtocol: string, FromPort: number | undefined, ToPort: number | undefined, cidrs: string[] = [], cidrs6: string[] = []): IpPermission => ({
  IpProtocol,
  ...(FromPort === undefined ? {} : { FromPort, ToPort }),
  IpRanges: cidrs.map((CidrIp) => ({ CidrIp })),
  Ipv6Ranges: cidrs6.map((CidrIpv6) => ({ CidrIpv6 })),
  PrefixListIds: [],
  UserIdGroupPairs: [],
});
const group = (...IpPermissions: IpPermission[]): SecurityGroup => ({ GroupId: 'sg-0a1', GroupName: 'web', VpcId: 'vpc-1', IpPermissions, IpPermissionsEgress: [] });
const admin = { ports: [22, 3389], transports: ['tcp', 'udp'] as const, families: ['ipv4', 'ipv6'] as const };

describe('opensPort', () => {
  it('all traffic (-1) opens every port of every transport', () => {
    expect(opensPort(rule('-1', undefined, undefined), 22, ['tcp'])).toBe(true);
    expect(opensPort(rule('-1', undefined, undefined), 3389, ['udp'])).toBe(true);
  });

  it('reads protocol numbers like names', () => {
    expect(opensPort(rule('6', 22, 22), 22, ['tcp'])).toBe(true);
    expect(opensPort(rule('17', 3389, 3389), 3389, ['udp'])).toBe(true);
    expect(opensPort(rule('17', 3389, 3389), 3389, ['tcp'])).toBe(false);
  });

  it('near miss: FromPort 0, ToPort 1024 covers 22', () => {
    expect(opensPort(rule('tcp', 0, 1024), 22, ['tcp'])).toBe(true);
    expect(opensPort(rule('tcp', 0, 1024), 3389, ['tcp'])).toBe(false);
  });

  it('ICMP opens no port', () => {
    expect(opensPort(rule('icmp', -1, -1), 22, ['tcp', 'udp'])).toBe(false);
  });
});

describe('internetSources', () => {
  it('counts only exact /0 sources, per family', () => {
    const p = rule('tcp', 22, 22, ['0.0.0.0/0', '10.0.0.0/8'], ['::/0']);
    expect(internetSources(p)).toEqual(['0.0.0.0/0', '::/0']);
    expect(internetSources(p, ['ipv4'])).toEqual(['0.0.0.0/0']);
    expect(internetSources(p, ['ipv6'])).toEqual(['::/0']);
  });

  it('near miss: 0.0.0.0/1 and 128.0.0.0/1 together span the internet but are not /0', () => {
    expect(internetSources(rule('tcp', 22, 22, ['0.0.0.0/1', '128.0.0.0/1'], ['::/1']))).toEqual([]);
  });

  it('security group references and prefix lists are not internet sources', () => {
    const p: IpPermission = { IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-9' }], PrefixListIds: [{ PrefixListId: 'pl-1' }], IpRanges: [], Ipv6Ranges: [] };
    expect(internetSources(p)).toEqual([]);
  });
});

describe('internetExposures', () => {
  it('lists each offending permission with the ports it opens', () => {
    const g = group(rule('tcp', 0, 1024, ['0.0.0.0/0']), rule('tcp', 443, 443, ['0.0.0.0/0']), rule('-1', undefined, undefined, [], ['::/0']));
    const found = internetExposures(g, admin);
    expect(found.map((e) => [describeProtocol(e.permission), e.sources, e.ports])).toEqual([
      ['TCP 0-1024', ['0.0.0.0/0'], [22]],
      ['all traffic', ['::/0'], [22, 3389]],
    ]);
  });

  it('honours the address families asked for', () => {
    const g = group(rule('tcp', 22, 22, [], ['::/0']));
    expect(internetExposures(g, { ...admin, families: ['ipv4'] })).toEqual([]);
    expect(internetExposures(g, { ...admin, families: ['ipv6'] })).toHaveLength(1);
  });
});

describe('unauthorizedInternetIngress (EC2.18)', () => {
  const authorized = DEFAULT_AUTHORIZED_TCP_PORTS;

  it('accepts TCP 80 and 443 from the internet', () => {
    expect(unauthorizedInternetIngress(group(rule('tcp', 80, 80, ['0.0.0.0/0']), rule('tcp', 443, 443, [], ['::/0'])), authorized)).toEqual([]);
  });

  it('flags other TCP ports, any UDP port and all traffic', () => {
    const found = unauthorizedInternetIngress(
      group(rule('tcp', 8080, 8080, ['0.0.0.0/0']), rule('udp', 443, 443, ['0.0.0.0/0']), rule('-1', undefined, undefined, ['0.0.0.0/0'])),
      authorized,
    );
    expect(found.map((f) => describeProtocol(f.permission))).toEqual(['TCP 8080', 'UDP 443', 'all traffic']);
  });

  it('near miss: TCP 80-443 includes unauthorized ports between them', () => {
    expect(unauthorizedInternetIngress(group(rule('tcp', 80, 443, ['0.0.0.0/0'])), authorized)).toHaveLength(1);
  });

  it('ignores ICMP and rules from narrower sources', () => {
    expect(unauthorizedInternetIngress(group(rule('icmp', 8, -1, ['0.0.0.0/0']), rule('tcp', 22, 22, ['203.0.113.0/24'])), authorized)).toEqual([]);
  });
});

describe('usage and counts', () => {
  it('counts interfaces per group and says "unused" for none', () => {
    const usage = groupUsage([{ Groups: [{ GroupId: 'sg-0a1' }] }, { Groups: [{ GroupId: 'sg-0a1' }, { GroupId: 'sg-2' }] }]);
    expect(usageSentence(group(), usage)).toBe('It is used by 2 network interfaces.');
    expect(usageSentence({ GroupId: 'sg-3' }, usage)).toBe('It is unused: no network interface uses it.');
  });

  it('counts one rule per source', () => {
    expect(ruleCount([rule('tcp', 22, 22, ['1.2.3.4/32', '5.6.7.8/32'], ['::/0'])])).toBe(3);
    expect(ruleCount([])).toBe(0);
  });
});
