// Properties of the path model over random networks: adding an allow rule never removes
// reachability, a blackhole route always removes it, and the order in which rules are listed does
// not change the result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrSet, intersect, isEmpty, parseCidr, type Family } from '../../src/exposure/network/addresses.js';
import { NetworkIndex, type RegionNetwork } from '../../src/exposure/network/paths.js';
import type { IpPermission, NetworkAclEntry, Route } from '../../src/exposure/network/types.js';
import { IGW, NAT, network, networkAcl, ok, perm, PUBLIC_SUBNET, route, routeTable, securityGroup, SG, VPC } from '../fixtures/exposure-network.js';

const V4 = ['0.0.0.0/0', '0.0.0.0/1', '128.0.0.0/1', '203.0.113.0/24', '198.51.100.0/24', '10.0.0.0/8', '8.0.0.0/7', '192.0.0.0/2'];
const V6 = ['::/0', '2000::/3', '2001:db8::/32'];
const PORTS: Array<[number, number]> = [[22, 22], [0, 65535], [80, 443], [1024, 65535], [3389, 3389], [20, 30]];

const permission = fc.record({
  protocol: fc.constantFrom('tcp', 'udp', '-1', 'icmp', '6'),
  ports: fc.constantFrom(...PORTS),
  v4: fc.subarray(V4, { maxLength: 3 }),
  v6: fc.subarray(V6, { maxLength: 2 }),
}).map((p): IpPermission => perm(p.protocol, p.protocol === '-1' || p.protocol === 'icmp' ? undefined : p.ports, { v4: p.v4, v6: p.v6 }));

const aclEntry = (rule: number) =>
  fc.record({
    action: fc.constantFrom('allow', 'deny'),
    protocol: fc.constantFrom('-1', '6', '17', '1'),
    cidr: fc.constantFrom(...V4, ...V6),
    ports: fc.constantFrom(...PORTS),
    egress: fc.boolean(),
  }).map((e): NetworkAclEntry => ({
    RuleNumber: rule,
    RuleAction: e.action,
    Protocol: e.protocol,
    Egress: e.egress,
    ...(e.cidr.includes(':') ? { Ipv6CidrBlock: e.cidr } : { CidrBlock: e.cidr }),
    ...(e.protocol === '6' || e.protocol === '17' ? { PortRange: { From: e.ports[0], To: e.ports[1] } } : {}),
  }));

const entries = fc.uniqueArray(fc.integer({ min: 1, max: 300 }), { maxLength: 7 }).chain((rules) => (rules.length ? fc.tuple(...rules.map(aclEntry)) : fc.constant([] as NetworkAclEntry[])));

const routeArb = fc.record({
  dest: fc.constantFrom('0.0.0.0/0', '0.0.0.0/1', '128.0.0.0/1', '8.0.0.0/7', '192.0.0.0/2', '::/0', '2000::/3'),
  target: fc.constantFrom('igw', 'nat', 'blackhole'),
}).map((r): Route => (r.target === 'nat' ? route(r.dest, r.dest.includes(':') ? 'eigw-0a1b' : NAT) : route(r.dest, IGW, r.target === 'blackhole' ? 'blackhole' : 'active')));

// Most random networks block everything; an allow-all after the random entries and a default route to
// the gateway (both usually present) keep the properties from holding only vacuously.
const ALLOW_REST: NetworkAclEntry[] = ['0.0.0.0/0', '::/0'].flatMap((cidr) =>
  [false, true].map((Egress) => ({ RuleNumber: 1000, RuleAction: 'allow', Protocol: '-1', Egress, ...(cidr.includes(':') ? { Ipv6CidrBlock: cidr } : { CidrBlock: cidr }) })),
);
const scenario = fc.record({
  perms: fc.array(permission, { minLength: 1, maxLength: 4 }),
  acl: fc.tuple(entries, fc.boolean(), fc.boolean()).map(([e, rest, v6]) => [...e, ...(rest || v6 ? ALLOW_REST : [])]),
  routes: fc.tuple(fc.uniqueArray(routeArb, { maxLength: 3, selector: (r) => r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock }), fc.boolean()).map(([routes, main]) =>
    main && !routes.some((r) => r.DestinationCidrBlock === '0.0.0.0/0') ? [...routes, route('0.0.0.0/0', IGW)] : routes,
  ),
});
type Scenario = { perms: IpPermission[]; acl: NetworkAclEntry[]; routes: Route[] };

function build(s: Scenario): RegionNetwork {
  return network({
    securityGroups: ok([securityGroup(SG, s.perms)]),
    networkAcls: ok([{ ...networkAcl('acl-1', { isDefault: true, subnets: [PUBLIC_SUBNET] }), Entries: s.acl }]),
    routeTables: ok([routeTable('rtb-1', { main: true, routes: s.routes })]),
  });
}

const POINTS: Array<{ family: Family; address: string; protocol: string; port: number }> = [];
for (const address of ['1.2.3.4', '8.8.8.8', '130.1.2.3', '203.0.113.9', '198.51.100.9', '200.0.0.1']) {
  for (const [protocol, port] of [['tcp', 22], ['tcp', 80], ['tcp', 443], ['tcp', 3389], ['tcp', 8080], ['tcp', 65535], ['udp', 53], ['udp', 3389], ['icmp', 0], ['other', 0]] as const) POINTS.push({ family: 'ipv4', address, protocol, port });
}
for (const address of ['2001:db8::1', '2a00::1']) for (const [protocol, port] of [['tcp', 22], ['udp', 53], ['icmpv6', 0]] as const) POINTS.push({ family: 'ipv6', address, protocol, port });

/** The sample points the internet reaches: `family protocol port address`. */
function reached(net: RegionNetwork): Set<string> {
  const result = new NetworkIndex(net).evaluate({ vpcId: VPC, subnetId: PUBLIC_SUBNET, groupIds: [SG], families: ['ipv4', 'ipv6'] });
  if (!result.ok) throw new Error('every input was readable');
  const out = new Set<string>();
  for (const p of POINTS) {
    const address = cidrSet(parseCidr(p.address)!);
    const hit = result.reach.some((r) => r.family === p.family && r.protocol === p.protocol && r.from <= p.port && p.port <= r.to && !isEmpty(intersect(r.sources, address)));
    if (hit) out.add(`${p.family} ${p.protocol} ${p.port} ${p.address}`);
  }
  return out;
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));
const RUNS = { numRuns: 120 };

describe('path model properties', () => {
  it('adding a security group rule never removes reachability', () => {
    fc.assert(
      fc.property(scenario, permission, (s, extra) => {
        expect(subset(reached(build(s)), reached(build({ ...s, perms: [...s.perms, extra] })))).toBe(true);
      }),
      RUNS,
    );
  });

  it('adding a network ACL allow entry, inbound or outbound, never removes reachability', () => {
    fc.assert(
      fc.property(scenario, aclEntry(0), fc.integer({ min: 1, max: 400 }), (s, extra, rule) => {
        fc.pre(!s.acl.some((e) => e.RuleNumber === rule && e.Egress === extra.Egress));
        const allow = { ...extra, RuleNumber: rule, RuleAction: 'allow' };
        expect(subset(reached(build(s)), reached(build({ ...s, acl: [...s.acl, allow] })))).toBe(true);
      }),
      RUNS,
    );
  });

  it('a blackhole route always removes the sources it covers', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom('1.2.0.0/16', '8.8.8.0/24', '130.1.0.0/16', '203.0.113.0/24', '2001:db8::/32'), (s, hole) => {
        const after = reached(build({ ...s, routes: [...s.routes, route(hole, IGW, 'blackhole')] }));
        const blocked = cidrSet(parseCidr(hole)!);
        for (const point of after) {
          const address = point.split(' ')[3]!;
          expect(isEmpty(intersect(cidrSet(parseCidr(address)!), blocked)), point).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order rules, entries and routes are listed in', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), (s, seed) => {
        const shuffle = <T>(items: T[]) => {
          const out = [...items];
          let x = seed >>> 0;
          for (let i = out.length - 1; i > 0; i--) {
            x = (Math.imul(x, 1103515245) + 12345) >>> 0;
            const j = x % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return out;
        };
        const shuffled = { perms: shuffle(s.perms).map((p) => ({ ...p, IpRanges: shuffle(p.IpRanges ?? []) })), acl: shuffle(s.acl), routes: shuffle(s.routes) };
        expect([...reached(build(shuffled))].sort()).toEqual([...reached(build(s))].sort());
      }),
      RUNS,
    );
  });
});
