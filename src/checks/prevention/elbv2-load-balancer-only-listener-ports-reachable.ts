import type { Finding } from '../../model.js';
import { defineCheck } from '../define.js';
import { loadBalancerLabel, loadBalancerRef } from '../lib/elbv2-load-balancers.js';
import { noteUnread, outside, portRanges, proof, toEvidence, trafficList, type PortRanges, unknownReach, withEvidence } from '../lib/exposure.js';
import { isInternetFacing, listenerTransports } from '../../exposure/network/resources.js';

export default defineCheck({
  id: 'elbv2-load-balancer-only-listener-ports-reachable',
  title: 'Internet-facing load balancers are reachable only on their listener ports',
  pillar: 'prevention',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  description:
    'Per internet-facing Application or Network Load Balancer: the TCP and UDP ports reachable from the internet by the path model (its subnets\' routes to an attached internet gateway, VPC Block Public Access, network ACLs inbound and reply, and its security groups; an NLB without security groups passes that step) are exactly its listener ports (HTTP, HTTPS, TCP and TLS listeners on TCP; UDP and QUIC on UDP; TCP_UDP on both). A security group or network ACL open beyond the listeners fails. Listener ports that nothing admits are named but do not fail. Internal and Gateway Load Balancers are not evaluated.',
  risk: 'Ports open beyond the listeners serve nothing today, but the next listener added, or a Network Load Balancer whose only filter is the network ACL, is exposed to the whole internet without anyone deciding it.',
  remediation: {
    text: 'Limit the load balancer\'s security group inbound rules to its listener ports; give Network Load Balancers a security group that admits only the listener ports.',
    console: 'EC2 > Load Balancers > select the load balancer > Security > Edit security groups (or the group\'s inbound rules).',
    cli: 'aws elbv2 set-security-groups --load-balancer-arn <arn> --security-groups <sg-id>',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-security-groups.html',
    ],
  },
  reads: ['exposure.loadBalancers'],
  evaluate({ 'exposure.loadBalancers': lbs }, ctx) {
    const facing = lbs.filter((l) => isInternetFacing(l.loadBalancer));
    if (!facing.length) return ctx.notInScope('no internet-facing Application or Network Load Balancer');
    return facing.map((l) => noteUnread(judge(l), l.unread));

    function judge(l: (typeof facing)[number]): Finding {
      const resource = loadBalancerRef(l.loadBalancer);
      const label = loadBalancerLabel(l.loadBalancer);
      if (!l.listeners) return ctx.undetermined(resource, `Could not evaluate ${label}: its listeners were not read.`);
      if (!l.listeners.ok) return ctx.error(resource, l.listeners.error, `the listeners of ${label}`);
      const ports: Record<'tcp' | 'udp', number[]> = { tcp: [], udp: [] };
      for (const listener of l.listeners.value) {
        if (listener.Port === undefined) continue;
        for (const t of listenerTransports(listener.Protocol)) ports[t].push(listener.Port);
      }
      const allowed: Record<string, PortRanges | 'all'> = { tcp: portRanges(ports.tcp), udp: portRanges(ports.udp), icmp: 'all', icmpv6: 'all', other: 'all' };
      const ported = l.reach.filter((r) => r.protocol === 'tcp' || r.protocol === 'udp');
      const extra = outside(ported, allowed).map(toEvidence);
      const listenerText = [...ports.tcp.map((p) => `TCP ${p}`), ...ports.udp.map((p) => `UDP ${p}`)];
      const listeners = listenerText.length ? `its listeners (${[...new Set(listenerText)].join(', ')})` : 'its listeners (it has none)';
      if (extra.length) return withEvidence(ctx.fail(resource, `${label} is reachable from the internet beyond ${listeners} on ${trafficList(extra)}: ${proof(extra)}.`), { reachable: extra });
      if (l.missing.length) return unknownReach(ctx, resource, label, l.missing);
      const reachable = ported.map(toEvidence);
      const closed = listenerText.filter((t) => !reachable.some((r) => `${r.protocol.toUpperCase()} ${r.ports}` === t || (r.protocol.toUpperCase() === t.split(' ')[0] && inRange(r.ports, Number(t.split(' ')[1])))));
      const note = closed.length ? ` Nothing on the internet reaches ${closed.join(', ')}.` : '';
      const why = reachable.length ? `only ${trafficList(reachable)} is reachable` : l.reason || 'nothing is reachable';
      return withEvidence(ctx.pass(resource, `${label} is reachable from the internet on no port beyond ${listeners}: ${why}.${note}`), { reachable });
    }
  },
});

function inRange(ports: string | null, port: number): boolean {
  if (!ports) return false;
  const [from, to = from] = ports.split('-').map(Number);
  return from! <= port && port <= to!;
}
