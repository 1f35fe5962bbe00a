// The path model hop by hop: each test changes one hop of a public subnet that lets the internet in.
import { describe, expect, it } from 'vitest';
import { describeSources } from '../../src/exposure/network/addresses.js';
import { NetworkIndex, type Location, type RegionNetwork } from '../../src/exposure/network/paths.js';
import {
  ACCOUNT_ID,
  ALLOW_ALL_IN,
  ALLOW_ALL_OUT,
  entry,
  IGW,
  NAT,
  network,
  networkAcl,
  ok,
  perm,
  PRIVATE_SUBNET,
  PUBLIC_SUBNET,
  refused,
  route,
  routeTable,
  securityGroup,
  SG,
  VPC,
} from '../fixtures/exposure-network.js';

const at = (net: RegionNetwork, location: Partial<Location> = {}) =>
  new NetworkIndex(net).evaluate({ vpcId: VPC, subnetId: PUBLIC_SUBNET, groupIds: [SG], families: ['ipv4'], ...location });

/** `tcp 22 0.0.0.0/0` per reachable entry. */
function summary(net: RegionNetwork, location: Partial<Location> = {}): string[] {
  const result = at(net, location);
  if (!result.ok) throw new Error(`unknown: ${result.missing.map((m) => m.what).join('; ')}`);
  return result.reach.map((r) => `${r.family} ${r.protocol} ${r.from === r.to ? r.from : `${r.from}-${r.to}`} ${describeSources(r.sources, r.family)}`);
}

function reason(net: RegionNetwork, location: Partial<Location> = {}): string {
  const result = at(net, location);
  if (!result.ok) throw new Error('unknown');
  expect(result.reach).toEqual([]);
  return result.reason;
}

const tables = (...t: ReturnType<typeof routeTable>[]) => ({ routeTables: ok(t) });
const acls = (...a: ReturnType<typeof networkAcl>[]) => ({ networkAcls: ok(a) });
const groups = (...g: ReturnType<typeof securityGroup>[]) => ({ securityGroups: ok(g) });

describe('path model: a public subnet', () => {
  it('reaches TCP 22 from the whole internet, with the proof path hop by hop', () => {
    const result = at(network());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reach).toHaveLength(1);
    const [r] = result.reach;
    expect(r).toMatchObject({ family: 'ipv4', protocol: 'tcp', from: 22, to: 22 });
    expect(r!.path.map((h) => [h.kind, h.id])).toEqual([
      ['internet-gateway', IGW],
      ['route-table', 'rtb-0a1b2c3d4e5f60001'],
      ['network-acl', 'acl-0a1b2c3d4e5f60001'],
      ['security-group', SG],
    ]);
    expect(r!.path[1]!.detail).toBe(`route 0.0.0.0/0 -> ${IGW} (main route table of ${VPC})`);
    expect(r!.path[2]!.detail).toBe('inbound rule 100 allows all traffic from 0.0.0.0/0; reply: outbound rule 100 allows all traffic to 0.0.0.0/0');
    expect(r!.path[3]!.detail).toBe('inbound TCP 22 from 0.0.0.0/0 (ssh-world)');
    expect(r!.path[0]!.arn).toBe(`arn:aws:ec2:us-east-1:${ACCOUNT_ID}:internet-gateway/${IGW}`);
  });

  it('reaches IPv6 too when the interface has an IPv6 address', () => {
    expect(summary(network(), { families: ['ipv4', 'ipv6'] })).toEqual(['ipv4 tcp 22 0.0.0.0/0', 'ipv6 tcp 22 ::/0']);
  });

  it('reaches nothing without a public address', () => {
    expect(reason(network(), { families: [] })).toBe('it has no public IPv4 address and no IPv6 address');
  });
});

describe('route tables', () => {
  it('uses the explicit association before the main table', () => {
    expect(reason(network(), { subnetId: PRIVATE_SUBNET })).toContain(`0.0.0.0/0 -> ${NAT}`);
  });

  it('falls back to the main table of the VPC', () => {
    const net = network(tables(routeTable('rtb-main', { main: true, routes: [route('0.0.0.0/0', IGW)] })));
    expect(summary(net)).toEqual(['ipv4 tcp 22 0.0.0.0/0']);
  });

  it('takes the longest prefix: a more specific route elsewhere carves its sources out', () => {
    const net = network(tables(routeTable('rtb-main', { main: true, routes: [route('0.0.0.0/0', IGW), route('0.0.0.0/1', NAT)] })));
    expect(summary(net)).toEqual(['ipv4 tcp 22 128.0.0.0/1']);
  });

  it('reaches only the sources a narrower route sends to the gateway', () => {
    const net = network(tables(routeTable('rtb-main', { main: true, routes: [route('0.0.0.0/0', NAT), route('198.51.100.0/24', IGW)] })));
    expect(summary(net)).toEqual(['ipv4 tcp 22 198.51.100.0/24']);
  });

  it('a blackhole route removes the path', () => {
    const net = network(tables(routeTable('rtb-main', { main: true, routes: [route('0.0.0.0/0', IGW, 'blackhole')] })));
    expect(reason(net)).toContain(`0.0.0.0/0 -> ${IGW} (blackhole)`);
  });

  it('a gateway not attached to the VPC is no path', () => {
    const net = network({ internetGateways: ok([{ InternetGatewayId: IGW, Attachments: [{ VpcId: 'vpc-other', State: 'available' }] }]) });
    expect(reason(net)).toContain('not attached');
  });

  it('an egress-only gateway admits nothing inbound', () => {
    const net = network(tables(routeTable('rtb-main', { main: true, routes: [route('::/0', 'eigw-0a1b2c3d4e5f60001')] })));
    expect(reason(net, { families: ['ipv6'] })).toContain('sends no internet traffic');
  });

  it('a transit gateway, a peering or a firewall endpoint route is no path', () => {
    for (const target of ['tgw-0a1b', 'pcx-0a1b', 'vpce-0a1b', 'vgw-0a1b']) {
      const net = network(tables(routeTable('rtb-main', { main: true, routes: [route('0.0.0.0/0', target)] })));
      expect(reason(net), target).toContain('sends no internet traffic');
    }
  });

  it('resolves a customer-managed prefix list destination', () => {
    const net = network({
      ...tables(routeTable('rtb-main', { main: true, routes: [route('pl-0a1b2c3d4e5f60001', IGW)] })),
      prefixLists: ok([{ list: { PrefixListId: 'pl-0a1b2c3d4e5f60001', PrefixListName: 'partners', OwnerId: ACCOUNT_ID }, entries: ok([{ Cidr: '203.0.113.0/24' }, { Cidr: '198.51.100.0/25' }]) }]),
    });
    expect(summary(net)).toEqual(['ipv4 tcp 22 198.51.100.0/25, 203.0.113.0/24']);
  });

  it('a prefix list that could not be read matters only when its route leads to the gateway', () => {
    const unreadable = ok([{ list: { PrefixListId: 'pl-0a1b2c3d4e5f60002', OwnerId: ACCOUNT_ID }, entries: refused('ec2:GetManagedPrefixListEntries') }]);
    const toEndpoint = network({ prefixLists: unreadable, ...tables(routeTable('rtb-main', { main: true, routes: [route('0.0.0.0/0', IGW), route('pl-0a1b2c3d4e5f60002', 'vpce-0a1b2c3d4e5f60002')] })) });
    expect(summary(toEndpoint)).toEqual(['ipv4 tcp 22 0.0.0.0/0']);
    const toGateway = network({ prefixLists: unreadable, ...tables(routeTable('rtb-main', { main: true, routes: [route('pl-0a1b2c3d4e5f60002', IGW)] })) });
    expect(at(toGateway)).toMatchObject({ ok: false, missing: [{ what: 'the entries of prefix list pl-0a1b2c3d4e5f60002 (a route destination of rtb-main)' }] });
  });

  it('names inspection when ingress routing sends the subnet through a firewall endpoint', () => {
    const net = network(
      tables(
        routeTable('rtb-main', { main: true, routes: [route('0.0.0.0/0', IGW)] }),
        routeTable('rtb-edge', { gateway: IGW, routes: [route('10.0.1.0/24', 'vpce-0a1b2c3d4e5f60009')] }),
      ),
    );
    const result = at(net);
    expect(result.ok && result.reach[0]!.path[0]!.detail).toContain('inspected: ingress routing sends the traffic through vpce-0a1b2c3d4e5f60009');
  });

  it('is unknown when the route tables cannot be read', () => {
    const result = at(network({ routeTables: refused('ec2:DescribeRouteTables') }));
    expect(result).toMatchObject({ ok: false, missing: [{ what: 'the route tables', error: { action: 'ec2:DescribeRouteTables' } }] });
  });

  it('is unknown when the internet gateways cannot be read', () => {
    expect(at(network({ internetGateways: refused('ec2:DescribeInternetGateways') }))).toMatchObject({ ok: false, missing: [{ what: 'the internet gateways' }] });
  });
});

describe('VPC Block Public Access', () => {
  const blocking = (mode: string, exclusions: unknown[] = [], allowed = 'allowed') =>
    network({ blockPublicAccess: ok({ InternetGatewayBlockMode: mode, State: 'update-complete', ExclusionsAllowed: allowed }), blockPublicAccessExclusions: ok(exclusions as never[]) });
  const exclusion = (resource: string, mode = 'allow-bidirectional', state = 'create-complete') => ({
    ExclusionId: 'vpcbpa-exclude-0a1b2c3d4e5f60001',
    InternetGatewayExclusionMode: mode,
    ResourceArn: `arn:aws:ec2:us-east-1:${ACCOUNT_ID}:${resource.startsWith('vpc-') ? 'vpc' : 'subnet'}/${resource}`,
    State: state,
  });

  it('block-ingress and block-bidirectional block inbound internet traffic', () => {
    expect(reason(blocking('block-ingress'))).toContain('VPC Block Public Access (block-ingress)');
    expect(reason(blocking('block-bidirectional'))).toContain('block-bidirectional');
  });

  it('an allow-bidirectional exclusion of the subnet or the VPC lets it through, and says so', () => {
    for (const resource of [PUBLIC_SUBNET, VPC]) {
      const result = at(blocking('block-ingress', [exclusion(resource)]));
      expect(result.ok && result.reach[0]!.path.map((h) => h.kind)).toContain('vpc-block-public-access');
    }
  });

  it('near miss: an allow-egress exclusion, a deleted one, or exclusions not allowed keep it blocked', () => {
    expect(reason(blocking('block-ingress', [exclusion(PUBLIC_SUBNET, 'allow-egress')]))).toContain('blocks');
    expect(reason(blocking('block-ingress', [exclusion(PUBLIC_SUBNET, 'allow-bidirectional', 'delete-complete')]))).toContain('blocks');
    expect(reason(blocking('block-ingress', [exclusion(PUBLIC_SUBNET)], 'not-allowed'))).toContain('blocks');
  });

  it('is unknown when the options cannot be read, and off when the endpoint does not offer them', () => {
    expect(at(network({ blockPublicAccess: refused('ec2:DescribeVpcBlockPublicAccessOptions') })).ok).toBe(false);
    const unavailable = { ok: false as const, error: { ...refused('ec2:DescribeVpcBlockPublicAccessOptions').error, code: 'InvalidAction', kind: 'unavailable' as const } };
    expect(summary(network({ blockPublicAccess: unavailable }))).toEqual(['ipv4 tcp 22 0.0.0.0/0']);
  });
});

describe('network ACLs', () => {
  const withAcl = (inbound: ReturnType<typeof entry>[], outbound = ALLOW_ALL_OUT) => network(acls(networkAcl('acl-1', { isDefault: true, subnets: [PUBLIC_SUBNET], inbound, outbound })));

  it('a TCP deny before the allow closes the port', () => {
    expect(reason(withAcl([entry(90, 'deny', '6', '0.0.0.0/0', [22, 22]), ...ALLOW_ALL_IN]))).toContain('network ACL acl-1 admits none');
  });

  it('near miss: a UDP deny before an allow-all leaves TCP 22 open', () => {
    expect(summary(withAcl([entry(90, 'deny', '17', '0.0.0.0/0', [22, 22]), ...ALLOW_ALL_IN]))).toEqual(['ipv4 tcp 22 0.0.0.0/0']);
  });

  it('rule order decides, whatever order the entries are listed in', () => {
    expect(summary(withAcl([...ALLOW_ALL_IN, entry(90, 'deny', '6', '0.0.0.0/0', [22, 22])]))).toEqual([]);
    expect(summary(withAcl([entry(200, 'deny', '6', '0.0.0.0/0', [22, 22]), ...ALLOW_ALL_IN]))).toEqual(['ipv4 tcp 22 0.0.0.0/0']);
  });

  it('judges the internet as a set: a deny of part of it leaves the rest, allows of two halves make the whole', () => {
    expect(summary(withAcl([entry(90, 'deny', '-1', '0.0.0.0/1'), ...ALLOW_ALL_IN]))).toEqual(['ipv4 tcp 22 128.0.0.0/1']);
    expect(summary(withAcl([entry(90, 'allow', '6', '0.0.0.0/1', [0, 65535]), entry(91, 'allow', '6', '128.0.0.0/1', [0, 65535])]))).toEqual(['ipv4 tcp 22 0.0.0.0/0']);
    expect(summary(withAcl([entry(90, 'allow', '6', '203.0.113.0/24', [22, 22])]))).toEqual(['ipv4 tcp 22 203.0.113.0/24']);
  });

  it('the reply must leave: no outbound rule to the ephemeral ports means not reachable, and says so', () => {
    expect(reason(withAcl(ALLOW_ALL_IN, [entry(100, 'allow', '6', '0.0.0.0/0', [443, 443], true)]))).toContain('lets no reply out');
    expect(summary(withAcl(ALLOW_ALL_IN, [entry(100, 'allow', '6', '0.0.0.0/0', [1024, 65535], true)]))).toEqual(['ipv4 tcp 22 0.0.0.0/0']);
  });

  it('near miss: the reply rule must cover the same sources', () => {
    expect(summary(withAcl(ALLOW_ALL_IN, [entry(100, 'allow', '-1', '198.51.100.0/24', undefined, true)]))).toEqual(['ipv4 tcp 22 198.51.100.0/24']);
  });

  it('uses the VPC default ACL when no ACL is associated with the subnet', () => {
    const net = network(acls(networkAcl('acl-default', { isDefault: true, inbound: [entry(50, 'deny', '-1', '0.0.0.0/0')] })));
    expect(reason(net)).toContain('acl-default');
  });

  it('is unknown when the ACLs cannot be read, unless another hop already stops everything', () => {
    expect(at(network({ networkAcls: refused('ec2:DescribeNetworkAcls') })).ok).toBe(false);
    expect(at(network({ networkAcls: refused('ec2:DescribeNetworkAcls'), ...groups(securityGroup(SG, [])) })).ok).toBe(true);
  });
});

describe('security groups', () => {
  it('unions the rules of every group of the interface', () => {
    const net = network(groups(securityGroup('sg-a', [perm('tcp', [22, 22], { v4: ['0.0.0.0/0'] })]), securityGroup('sg-b', [perm('tcp', [443, 443], { v4: ['0.0.0.0/0'] })])));
    expect(summary(net, { groupIds: ['sg-a', 'sg-b'] })).toEqual(['ipv4 tcp 22 0.0.0.0/0', 'ipv4 tcp 443 0.0.0.0/0']);
  });

  it('a rule referencing a security group admits no internet source', () => {
    expect(reason(network(groups(securityGroup(SG, [perm('-1', undefined, { groups: ['sg-alb'] })]))))).toContain('admit no internet source');
  });

  it('two halves of the internet are the whole internet', () => {
    expect(summary(network(groups(securityGroup(SG, [perm('tcp', [22, 22], { v4: ['0.0.0.0/1', '128.0.0.0/1'] })]))))).toEqual(['ipv4 tcp 22 0.0.0.0/0']);
  });

  it('all traffic opens TCP, UDP, ICMP and every other protocol', () => {
    expect(summary(network(groups(securityGroup(SG, [perm('-1', undefined, { v4: ['0.0.0.0/0'] })]))))).toEqual([
      'ipv4 icmp 0-65535 0.0.0.0/0',
      'ipv4 other 0-65535 0.0.0.0/0',
      'ipv4 tcp 0-65535 0.0.0.0/0',
      'ipv4 udp 0-65535 0.0.0.0/0',
    ]);
  });

  it('resolves customer-managed prefix lists; AWS-managed ones admit no general internet source', () => {
    const lists = ok([
      { list: { PrefixListId: 'pl-0customer', PrefixListName: 'office', OwnerId: ACCOUNT_ID }, entries: ok([{ Cidr: '198.51.100.0/24' }]) },
      { list: { PrefixListId: 'pl-0cloudfront', PrefixListName: 'com.amazonaws.global.cloudfront.origin-facing', OwnerId: 'AWS' }, entries: ok([]) },
    ]);
    expect(summary(network({ prefixLists: lists, ...groups(securityGroup(SG, [perm('tcp', [22, 22], { lists: ['pl-0customer'] })])) }))).toEqual(['ipv4 tcp 22 198.51.100.0/24']);
    expect(reason(network({ prefixLists: lists, ...groups(securityGroup(SG, [perm('tcp', [443, 443], { lists: ['pl-0cloudfront'] })])) }))).toContain('admit no internet source');
  });

  it('is unknown when a prefix list a rule uses cannot be read', () => {
    const lists = ok([{ list: { PrefixListId: 'pl-0customer', OwnerId: ACCOUNT_ID }, entries: refused('ec2:GetManagedPrefixListEntries') }]);
    const result = at(network({ prefixLists: lists, ...groups(securityGroup(SG, [perm('tcp', [22, 22], { lists: ['pl-0customer'] })])) }));
    expect(result).toMatchObject({ ok: false, missing: [{ what: 'the entries of prefix list pl-0customer' }] });
  });

  it('a Network Load Balancer without security groups passes the step', () => {
    expect(summary(network(), { groupIds: undefined })).toContain('ipv4 tcp 0-65535 0.0.0.0/0');
  });

  it('is unknown when the groups cannot be read or a group is missing from the listing', () => {
    expect(at(network({ securityGroups: refused('ec2:DescribeSecurityGroups') })).ok).toBe(false);
    expect(at(network(), { groupIds: ['sg-gone'] })).toMatchObject({ ok: false, missing: [{ what: 'security group sg-gone (not in the region\'s listing)' }] });
  });
});
