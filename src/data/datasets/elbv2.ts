import type { Certificate, Listener, LoadBalancer, LoadBalancerAttribute, Rule, SslPolicy } from '@aws-sdk/client-elastic-load-balancing-v2';
import { defineDataset, type Fetched } from '../dataset.js';

export interface PerLoadBalancer<T> {
  loadBalancer: LoadBalancer;
  result: Fetched<T>;
}

export interface PerListener<T> {
  loadBalancer: LoadBalancer;
  listener: Listener;
  result: Fetched<T>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'elbv2.loadBalancers': LoadBalancer[];
    'elbv2.listeners': PerLoadBalancer<Listener[]>[];
    'elbv2.listenerRules': PerListener<Rule[]>[];
    'elbv2.attributes': PerLoadBalancer<Record<string, string>>[];
    'elbv2.sslPolicies': SslPolicy[];
    /** Certificates of every HTTPS and TLS listener, as DescribeListenerCertificates lists them. */
    'elbv2.listenerCertificates': PerListener<Certificate[]>[];
    /** Every target group of the region, attached to a load balancer or not. */
  }
}

const LB_GONE = ['LoadBalancerNotFound', 'LoadBalancerNotFoundException'] as const;
const LISTENER_GONE = ['ListenerNotFound', 'ListenerNotFoundException'] as const;

export const loadBalancers = defineDataset({
  id: 'elbv2.loadBalancers',
  scope: 'regional',
  operations: ['elbv2:DescribeLoadBalancers'],
  fetch: (ctx) => ctx.list<LoadBalancer>('elbv2:DescribeLoadBalancers', {}, 'LoadBalancers'),
});

export const listeners = defineDataset({
  id: 'elbv2.listeners',
  scope: 'regional',
  operations: ['elbv2:DescribeListeners'],
  deps: ['elbv2.loadBalancers'],
  async fetch(ctx) {
    const lbs = await ctx.get('elbv2.loadBalancers');
    const read = await ctx.perItem(
      lbs.filter((lb) => lb.LoadBalancerArn),
      (lb) => ctx.list<Listener>('elbv2:DescribeListeners', { LoadBalancerArn: lb.LoadBalancerArn }, 'Listeners'),
      LB_GONE,
    );
    return read.map(({ item, result }) => ({ loadBalancer: item, result }));
  },
});

/** Rules of every HTTP listener (the ones a redirect check has to look into). */
export const listenerRules = defineDataset({
  id: 'elbv2.listenerRules',
  scope: 'regional',
  operations: ['elbv2:DescribeRules'],
  deps: ['elbv2.listeners'],
  async fetch(ctx) {
    const perLb = await ctx.get('elbv2.listeners');
    const httpListeners = perLb.flatMap(({ loadBalancer, result }) =>
      result.ok ? result.value.filter((l) => l.Protocol === 'HTTP' && l.ListenerArn).map((listener) => ({ loadBalancer, listener })) : [],
    );
    const read = await ctx.perItem(
      httpListeners,
      ({ listener }) => ctx.list<Rule>('elbv2:DescribeRules', { ListenerArn: listener.ListenerArn }, 'Rules'),
      LISTENER_GONE,
    );
    return read.map(({ item, result }) => ({ ...item, result }));
  },
});

export const attributes = defineDataset({
  id: 'elbv2.attributes',
  scope: 'regional',
  operations: ['elbv2:DescribeLoadBalancerAttributes'],
  deps: ['elbv2.loadBalancers'],
  async fetch(ctx) {
    const lbs = await ctx.get('elbv2.loadBalancers');
    const read = await ctx.perItem(
      lbs.filter((lb) => lb.LoadBalancerArn),
      async (lb) => {
        const out = await ctx.call<{ Attributes?: LoadBalancerAttribute[] }>('elbv2:DescribeLoadBalancerAttributes', { LoadBalancerArn: lb.LoadBalancerArn });
        return Object.fromEntries((out?.Attributes ?? []).filter((a) => a.Key).map((a) => [a.Key!, a.Value ?? '']));
      },
      LB_GONE,
    );
    return read.map(({ item, result }) => ({ loadBalancer: item, result }));
  },
});

/** Every predefined SSL policy of the region, with the protocols each one offers. */
export const sslPolicies = defineDataset({
  id: 'elbv2.sslPolicies',
  scope: 'regional',
  operations: ['elbv2:DescribeSSLPolicies'],
  fetch: (ctx) => ctx.list<SslPolicy>('elbv2:DescribeSSLPolicies', {}, 'SslPolicies'),
});

/**
 * The certificates of each HTTPS (ALB) and TLS (NLB) listener: DescribeListenerCertificates lists
 * the default certificate (IsDefault true) and the additional SNI certificates.
 */
export const listenerCertificates = defineDataset({
  id: 'elbv2.listenerCertificates',
  scope: 'regional',
  operations: ['elbv2:DescribeListenerCertificates'],
  deps: ['elbv2.listeners'],
  async fetch(ctx) {
    const perLb = await ctx.get('elbv2.listeners');
    const encrypted = perLb.flatMap(({ loadBalancer, result }) =>
      result.ok ? result.value.filter((l) => (l.Protocol === 'HTTPS' || l.Protocol === 'TLS') && l.ListenerArn).map((listener) => ({ loadBalancer, listener })) : [],
    );
    const read = await ctx.perItem(
      encrypted,
      ({ listener }) => ctx.list<Certificate>('elbv2:DescribeListenerCertificates', { ListenerArn: listener.ListenerArn }, 'Certificates'),
      LISTENER_GONE,
    );
    return read.map(({ item, result }) => ({ ...item, result }));
  },
});

export default [loadBalancers, listeners, listenerRules, attributes, sslPolicies, listenerCertificates];
