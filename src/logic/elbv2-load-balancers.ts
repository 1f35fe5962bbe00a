// How ELBv2 checks name load balancers and listeners in findings.

import type { Listener, LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { ResourceRef } from '../checks/define.js';

const KIND: Readonly<Record<string, string>> = {
  application: 'Application Load Balancer',
  network: 'Network Load Balancer',
  gateway: 'Gateway Load Balancer',
};

export const isApplicationLoadBalancer = (lb: LoadBalancer) => lb.Type === 'application';

export function loadBalancerRef(lb: LoadBalancer): ResourceRef {
  return { id: lb.LoadBalancerName ?? lb.LoadBalancerArn ?? 'unknown', arn: lb.LoadBalancerArn ?? '' };
}

/** e.g. "Application Load Balancer prod-web". */
export function loadBalancerLabel(lb: LoadBalancer): string {
  return `${KIND[lb.Type ?? ''] ?? 'Load balancer'} ${loadBalancerRef(lb).id}`;
}

/** A listener is named by its load balancer, protocol and port, unique within the load balancer. */
export function listenerRef(lb: LoadBalancer, listener: Listener): ResourceRef {
  return { id: `${loadBalancerRef(lb).id}/${listener.Protocol ?? '?'}:${listener.Port ?? '?'}`, arn: listener.ListenerArn ?? '' };
}

/** e.g. "HTTPS listener on port 443 of Application Load Balancer prod-web". */
export function listenerLabel(lb: LoadBalancer, listener: Listener): string {
  return `${listener.Protocol ?? 'Unknown-protocol'} listener on port ${listener.Port ?? '?'} of ${loadBalancerLabel(lb)}`;
}
