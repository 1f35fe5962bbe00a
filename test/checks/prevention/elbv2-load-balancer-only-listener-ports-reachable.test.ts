import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/elbv2-load-balancer-only-listener-ports-reachable.js';
import { awsError, evaluate, evaluateWithNotes, run, verdicts } from '../../helpers/check-harness.js';
import { NetworkIndex } from '../../../src/exposure/network/paths.js';
import { evaluateLoadBalancer } from '../../../src/exposure/network/resources.js';
import type { Listener, LoadBalancer } from '../../../src/exposure/network/types.js';
import { entry, network, networkAcl, ok, perm, PUBLIC_SUBNET, refused, securityGroup, VPC } from '../../fixtures/exposure-network.js';

const lb = (o: Partial<LoadBalancer> = {}): LoadBalancer => ({
  LoadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188',
  LoadBalancerName: 'web',
  Scheme: 'internet-facing',
  Type: 'application',
  VpcId: VPC,
  IpAddressType: 'ipv4',
  SecurityGroups: ['sg-alb'],
  State: { Code: 'active' },
  AvailabilityZones: [{ ZoneName: 'us-east-1a', SubnetId: PUBLIC_SUBNET, LoadBalancerAddresses: [] }],
  ...o,
});
const https: Listener = { ListenerArn: 'arn:l/443', Port: 443, Protocol: 'HTTPS', DefaultActions: [{ Type: 'forward', TargetGroupArn: 'arn:tg' }] };
const withGroup = (...perms: ReturnType<typeof perm>[]) => network({ securityGroups: ok([securityGroup('sg-alb', perms, 'web-alb')]) });
const judge = (balancer: LoadBalancer, net: ReturnType<typeof network>, listeners: Parameters<typeof ok<Listener[]>>[0] | ReturnType<typeof refused> = [https]) => {
  const read = Array.isArray(listeners) ? ok(listeners) : listeners;
  return evaluate(check, { 'exposure.loadBalancers': [{ loadBalancer: balancer, listeners: read, ...evaluateLoadBalancer(new NetworkIndex(net), balancer) }] });
};

describe('elbv2-load-balancer-only-listener-ports-reachable', () => {
  it('passes an ALB whose group admits only its listener port', () => {
    const [f] = judge(lb(), withGroup(perm('tcp', [443, 443], { v4: ['0.0.0.0/0'] })));
    expect(f).toMatchObject({ status: 'PASS', resourceId: 'web' });
    expect(f!.message).toBe('Application Load Balancer web is reachable from the internet on no port beyond its listeners (TCP 443): only TCP 443 from 0.0.0.0/0 is reachable.');
  });

  it('fails an ALB whose group is open beyond its listeners, naming the ports', () => {
    const [f] = judge(lb(), withGroup(perm('tcp', [0, 65535], { v4: ['0.0.0.0/0'] })));
    expect(f!.status).toBe('FAIL');
    expect(f!.evidence!.reachable!.map((r) => r.ports)).toEqual(['0-442', '444-65535']);
  });

  it('fails an NLB without security groups whose network ACL lets everything in', () => {
    const [f] = judge(lb({ Type: 'network', SecurityGroups: undefined }), network(), [{ ...https, Protocol: 'TCP' }]);
    expect(f!.status).toBe('FAIL');
    expect(f!.message).toContain('Network Load Balancer web is reachable from the internet beyond its listeners (TCP 443)');
  });

  it('near miss: an NLB without security groups whose network ACL admits only the listener port passes', () => {
    const acl = networkAcl('acl-1', { isDefault: true, subnets: [PUBLIC_SUBNET], inbound: [entry(100, 'allow', '6', '0.0.0.0/0', [443, 443])] });
    expect(verdicts(judge(lb({ Type: 'network', SecurityGroups: undefined }), network({ networkAcls: ok([acl]) }), [{ ...https, Protocol: 'TLS' }]))).toEqual([['PASS', 'web']]);
  });

  it('near miss: a listener port nothing admits passes, and is named', () => {
    const [f] = judge(lb(), withGroup(perm('tcp', [443, 443], { v4: ['0.0.0.0/0'] })), [https, { ...https, Port: 80, Protocol: 'HTTP' }]);
    expect(f!.status).toBe('PASS');
    expect(f!.message).toContain('Nothing on the internet reaches TCP 80.');
  });

  it('leaves internal load balancers out', () => {
    const { findings, notInScope } = evaluateWithNotes(check, { 'exposure.loadBalancers': [{ loadBalancer: lb({ Scheme: 'internal' }), listeners: ok([https]), reach: [], missing: [], reason: '' }] });
    expect(findings).toEqual([]);
    expect(notInScope).toEqual(['no internet-facing Application or Network Load Balancer']);
  });

  it('reports ERROR when its listeners cannot be read', () => {
    const findings = judge(lb(), withGroup(), refused('elasticloadbalancing:DescribeListeners'));
    expect(verdicts(findings)).toEqual([['ERROR', 'web']]);
  });

  it('reports ERROR when the load balancers cannot be listed', async () => {
    expect((await run(check, { 'exposure.loadBalancers': awsError('AccessDenied', 'elasticloadbalancing:DescribeLoadBalancers') })).map((f) => f.status)).toEqual(['ERROR']);
  });
});
