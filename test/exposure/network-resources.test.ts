// Resources of the path model: an instance's interfaces (listing and answer merged), a DB instance
// by its subnet group, load balancers, and the targets reachable through them.
import { describe, expect, it } from 'vitest';
import { NetworkIndex } from '../../src/exposure/network/paths.js';
import {
  evaluateDbInstance,
  evaluateInstance,
  evaluateLoadBalancer,
  interfacesOf,
  throughLoadBalancers,
  type LoadBalancerReach,
} from '../../src/exposure/network/resources.js';
import type { DBInstance, LoadBalancer } from '../../src/exposure/network/types.js';
import { ACCOUNT_ID, eni, instance, network, ok, perm, PRIVATE_SUBNET, PUBLIC_SUBNET, refused, securityGroup, SG, SSH_WORLD, VPC } from '../fixtures/exposure-network.js';

const index = (net = network()) => new NetworkIndex(net);
const ports = (reach: { protocol: string; from: number; to: number; family: string }[]) => reach.map((r) => `${r.family} ${r.protocol} ${r.from}-${r.to}`);

describe('instances', () => {
  it('merges the interface listing with the instance answer: the public IP may be on either', () => {
    const listed = eni('eni-1', { instance: 'i-1' });
    const embedded = { ...eni('eni-1', { publicIp: '54.1.2.3' }), SubnetId: undefined, Groups: undefined };
    const [merged] = interfacesOf(instance('i-1', { enis: [embedded] }), [listed]);
    expect(merged).toMatchObject({ id: 'eni-1', subnetId: PUBLIC_SUBNET, groupIds: [SG], v4: ['54.1.2.3'] });
  });

  it('judges every interface of every network card, and names the address in the path', () => {
    const enis = [eni('eni-1', { instance: 'i-1', subnet: PRIVATE_SUBNET }), eni('eni-2', { instance: 'i-1', publicIp: '54.1.2.3', deviceIndex: 1 })];
    const r = evaluateInstance(index(), instance('i-1', { enis }), ok(enis));
    expect(ports(r.reach)).toEqual(['ipv4 tcp 22-22']);
    expect(r.reach[0]!.path[0]).toEqual({ kind: 'public-ip', id: 'eni-2', arn: `arn:aws:ec2:us-east-1:${ACCOUNT_ID}:network-interface/eni-2`, detail: 'public IP 54.1.2.3' });
  });

  it('reaches IPv6 addresses, which are all public', () => {
    const enis = [eni('eni-1', { instance: 'i-1', ipv6: '2600:1f18::10' })];
    expect(ports(evaluateInstance(index(), instance('i-1', { enis }), ok(enis)).reach)).toEqual(['ipv6 tcp 22-22']);
  });

  it('without a public address nothing is reachable, whatever the rules', () => {
    const enis = [eni('eni-1', { instance: 'i-1' })];
    expect(evaluateInstance(index(), instance('i-1', { enis }), ok(enis))).toMatchObject({ reach: [], missing: [], reason: 'it has no public IPv4 address and no IPv6 address' });
  });

  it('falls back on the instance answer when the interface listing cannot be read', () => {
    const enis = [eni('eni-1', { instance: 'i-1', publicIp: '54.1.2.3' })];
    expect(ports(evaluateInstance(index(), instance('i-1', { enis }), refused('ec2:DescribeNetworkInterfaces')).reach)).toEqual(['ipv4 tcp 22-22']);
  });

  it('is unknown when neither the listing nor the answer gives the subnet and groups', () => {
    const enis = [{ ...eni('eni-1', { publicIp: '54.1.2.3' }), SubnetId: undefined, Groups: undefined }];
    const bare = { ...instance('i-1', { enis }), SubnetId: undefined };
    expect(evaluateInstance(index(), bare, refused('ec2:DescribeNetworkInterfaces')).missing[0]).toMatchObject({ what: 'the subnet and security groups of eni-1', error: { action: 'ec2:DescribeNetworkInterfaces' } });
  });
});

const db = (o: Partial<DBInstance> = {}): DBInstance => ({
  DBInstanceIdentifier: 'orders',
  DBInstanceArn: `arn:aws:rds:us-east-1:${ACCOUNT_ID}:db:orders`,
  Engine: 'postgres',
  PubliclyAccessible: true,
  Endpoint: { Address: 'orders.abc.us-east-1.rds.amazonaws.com', Port: 5432 },
  VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-db', Status: 'active' }],
  DBSubnetGroup: { DBSubnetGroupName: 'db', VpcId: VPC, Subnets: [{ SubnetIdentifier: PRIVATE_SUBNET }, { SubnetIdentifier: PUBLIC_SUBNET }] },
  ...o,
});
const dbNetwork = () => network({ securityGroups: ok([securityGroup('sg-db', [perm('tcp', [5432, 5432], { v4: ['0.0.0.0/0'] })])]) });

describe('DB instances', () => {
  it('a publicly accessible instance with a subnet of its group routed to the gateway is reachable on its port', () => {
    const r = evaluateDbInstance(index(dbNetwork()), db(), undefined, 'arn');
    expect(ports(r.reach)).toEqual(['ipv4 tcp 5432-5432']);
    expect(r.reach[0]!.path[0]!.detail).toBe(`publicly accessible endpoint orders.abc.us-east-1.rds.amazonaws.com in ${PUBLIC_SUBNET}`);
  });

  it('near miss: not publicly accessible is not reachable, whatever the rules', () => {
    expect(evaluateDbInstance(index(dbNetwork()), db({ PubliclyAccessible: false }), undefined, 'arn')).toMatchObject({ reach: [], reason: 'it is not publicly accessible' });
  });

  it('near miss: a group of private subnets only is not reachable', () => {
    const r = evaluateDbInstance(index(dbNetwork()), db({ DBSubnetGroup: { VpcId: VPC, Subnets: [{ SubnetIdentifier: PRIVATE_SUBNET }] } }), undefined, 'arn');
    expect(r.reach).toEqual([]);
  });

  it('its interfaces, when listed, narrow the group to the subnets in use', () => {
    const rds = { ...eni('eni-rds', { subnet: PRIVATE_SUBNET, groups: ['sg-db'], publicIp: '3.3.3.3' }), RequesterId: 'amazon-rds', Description: 'RDSNetworkInterface' };
    expect(evaluateDbInstance(index(dbNetwork()), db(), ok([rds]), 'arn').reach).toEqual([]);
  });

  it('is unknown without PubliclyAccessible or subnets', () => {
    expect(evaluateDbInstance(index(dbNetwork()), db({ PubliclyAccessible: undefined }), undefined, 'arn').missing).toHaveLength(1);
    expect(evaluateDbInstance(index(dbNetwork()), db({ DBSubnetGroup: { VpcId: VPC, Subnets: [] } }), undefined, 'arn').missing).toHaveLength(1);
  });
});

const lb = (o: Partial<LoadBalancer> = {}): LoadBalancer => ({
  LoadBalancerArn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT_ID}:loadbalancer/app/web/0123456789abcdef`,
  LoadBalancerName: 'web',
  Scheme: 'internet-facing',
  Type: 'application',
  VpcId: VPC,
  IpAddressType: 'ipv4',
  SecurityGroups: ['sg-alb'],
  AvailabilityZones: [{ ZoneName: 'us-east-1a', SubnetId: PUBLIC_SUBNET, LoadBalancerAddresses: [] }],
  ...o,
});
const lbNetwork = () => network({ securityGroups: ok([SSH_WORLD, securityGroup('sg-alb', [perm('tcp', [443, 443], { v4: ['0.0.0.0/0'] })])]) });

describe('load balancers', () => {
  it('an internet-facing ALB is reachable where its security groups admit the internet', () => {
    expect(ports(evaluateLoadBalancer(index(lbNetwork()), lb()).reach)).toEqual(['ipv4 tcp 443-443']);
  });

  it('an NLB without security groups passes that step: only the network ACL filters', () => {
    expect(ports(evaluateLoadBalancer(index(lbNetwork()), lb({ Type: 'network', SecurityGroups: undefined })).reach)).toContain('ipv4 tcp 0-65535');
  });

  it('near miss: an internal load balancer is not reachable', () => {
    expect(evaluateLoadBalancer(index(lbNetwork()), lb({ Scheme: 'internal' })).reach).toEqual([]);
  });

  it('a dual-stack load balancer is reachable over IPv6 too', () => {
    const net = network({ securityGroups: ok([securityGroup('sg-alb', [perm('tcp', [443, 443], { v4: ['0.0.0.0/0'], v6: ['::/0'] })])]) });
    expect(ports(evaluateLoadBalancer(index(net), lb({ IpAddressType: 'dualstack' })).reach)).toEqual(['ipv4 tcp 443-443', 'ipv6 tcp 443-443']);
  });

  describe('targets reachable through it', () => {
    const tg = { TargetGroupArn: 'arn:tg/web', TargetGroupName: 'web', Port: 8080, Protocol: 'HTTP', VpcId: VPC, TargetType: 'instance', LoadBalancerArns: [lb().LoadBalancerArn!] };
    const listener = { ListenerArn: 'arn:l/443', Port: 443, Protocol: 'HTTPS', DefaultActions: [{ Type: 'forward', TargetGroupArn: 'arn:tg/web' }] };
    const reachOf = (listeners = [listener], health = ok([{ Target: { Id: 'i-target', Port: 8080 }, TargetHealth: { State: 'healthy' } }])): LoadBalancerReach => ({
      loadBalancer: lb(),
      listeners: ok(listeners),
      ...evaluateLoadBalancer(index(lbNetwork()), lb()),
    });

    it('a listener forwarding to the target group makes the target reachable on its port, through the load balancer', () => {
      const through = throughLoadBalancers([reachOf()], { targetGroups: ok([tg]), targetHealth: new Map([['arn:tg/web', ok([{ Target: { Id: 'i-target', Port: 8080 }, TargetHealth: { State: 'healthy' } }])]]), instanceOfIp: new Map() });
      const [r] = through.byInstance.get('i-target')!;
      expect(r).toMatchObject({ protocol: 'tcp', from: 8080, to: 8080 });
      expect(r!.path.at(-1)).toMatchObject({ kind: 'load-balancer', id: 'web', detail: 'listener HTTPS 443 forwards to target group web on port 8080' });
    });

    it('near miss: a listener port the load balancer is not reachable on makes nothing reachable', () => {
      const closed = { ...listener, Port: 8443 };
      const through = throughLoadBalancers([reachOf([closed])], { targetGroups: ok([tg]), targetHealth: new Map([['arn:tg/web', ok([{ Target: { Id: 'i-target' }, TargetHealth: { State: 'healthy' } }])]]), instanceOfIp: new Map() });
      expect(through.byInstance.get('i-target')).toBeUndefined();
    });

    it('resolves IP targets to the instance holding the address', () => {
      const ipGroup = { ...tg, TargetType: 'ip' };
      const through = throughLoadBalancers([reachOf()], { targetGroups: ok([ipGroup]), targetHealth: new Map([['arn:tg/web', ok([{ Target: { Id: '10.0.1.20', Port: 8080 }, TargetHealth: { State: 'healthy' } }])]]), instanceOfIp: new Map([[`${VPC}|10.0.1.20`, 'i-byip']]) });
      expect(through.byInstance.get('i-byip')).toHaveLength(1);
    });

    it('an endpoint that does not offer target groups routes to no target, and nothing is unknown', () => {
      const unavailable = { ok: false as const, error: { ...refused('elbv2:DescribeTargetGroups').error, code: 'InvalidAction', kind: 'unavailable' as const } };
      const through = throughLoadBalancers([reachOf()], { targetGroups: unavailable, targetHealth: new Map(), instanceOfIp: new Map() });
      expect([through.byInstance.size, through.missingByVpc.size, through.missingByInstance.size]).toEqual([0, 0, 0]);
    });

    it('is unknown for the VPC when the targets cannot be read', () => {
      const through = throughLoadBalancers([reachOf()], { targetGroups: ok([tg]), targetHealth: new Map([['arn:tg/web', refused('elbv2:DescribeTargetHealth')]]), instanceOfIp: new Map() });
      expect(through.missingByVpc.get(VPC)?.[0]?.what).toBe('the targets of target group web');
    });
  });
});
