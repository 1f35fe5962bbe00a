// How ELBv2 checks name load balancers and listeners in findings.

import type { Listener, LoadBalancer, TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { CheckContext, ResourceRef } from '../define.js';
import type { PerLoadBalancer } from '../../data/datasets/elbv2.js';
import type { Finding } from '../../model.js';

const KIND: Readonly<Record<string, string>> = {
  application: 'Application Load Balancer',
  network: 'Network Load Balancer',
  gateway: 'Gateway Load Balancer',
};

const TYPE_OF_ARN: Readonly<Record<string, string>> = { app: 'application', net: 'network', gwy: 'gateway' };

/**
 * The load balancer's type: `Type`, or, when an answer leaves it out (some endpoints do), the kind
 * its ARN names (`loadbalancer/app/...`, `net/`, `gwy/`).
 */
export function loadBalancerType(lb: LoadBalancer): string | undefined {
  if (lb.Type) return lb.Type;
  const kind = /:loadbalancer\/(app|net|gwy)\//.exec(lb.LoadBalancerArn ?? '')?.[1];
  return kind ? TYPE_OF_ARN[kind] : undefined;
}

export const isApplicationLoadBalancer = (lb: LoadBalancer) => loadBalancerType(lb) === 'application';

export function loadBalancerRef(lb: LoadBalancer): ResourceRef {
  return { id: lb.LoadBalancerName ?? lb.LoadBalancerArn ?? 'unknown', arn: lb.LoadBalancerArn ?? '' };
}

/** e.g. "Application Load Balancer prod-web". */
export function loadBalancerLabel(lb: LoadBalancer): string {
  return `${KIND[loadBalancerType(lb) ?? ''] ?? 'Load balancer'} ${loadBalancerRef(lb).id}`;
}

/** A listener is named by its load balancer, protocol and port, unique within the load balancer. */
export function listenerRef(lb: LoadBalancer, listener: Listener): ResourceRef {
  return { id: `${loadBalancerRef(lb).id}/${listener.Protocol ?? '?'}:${listener.Port ?? '?'}`, arn: listener.ListenerArn ?? '' };
}

/** e.g. "HTTPS listener on port 443 of Application Load Balancer prod-web". */
export function listenerLabel(lb: LoadBalancer, listener: Listener): string {
  return `${listener.Protocol ?? 'Unknown-protocol'} listener on port ${listener.Port ?? '?'} of ${loadBalancerLabel(lb)}`;
}

/**
 * One result per load balancer (only ALBs when `albOnly`) from its attributes: ERROR when they
 * could not be read, otherwise the verdict.
 */
export function judgeAttributes(
  perLb: readonly PerLoadBalancer<Record<string, string>>[],
  ctx: CheckContext,
  options: { albOnly: boolean },
  verdict: (attributes: Record<string, string>, resource: ResourceRef, label: string) => Finding,
): Finding[] {
  return perLb
    .filter(({ loadBalancer }) => !options.albOnly || isApplicationLoadBalancer(loadBalancer))
    .map(({ loadBalancer, result }) => {
      const resource = loadBalancerRef(loadBalancer);
      return ctx.judge(resource, result, (attributes) => verdict(attributes, resource, loadBalancerLabel(loadBalancer)));
    });
}

export function targetGroupRef(group: TargetGroup): ResourceRef {
  return { id: group.TargetGroupName ?? group.TargetGroupArn ?? 'unknown', arn: group.TargetGroupArn ?? '' };
}

/** e.g. "Target group api (instance targets, unattached)". */
export function targetGroupLabel(group: TargetGroup): string {
  const attached = group.LoadBalancerArns?.length ? '' : ', unattached';
  return `Target group ${targetGroupRef(group).id} (${group.TargetType ?? 'unknown'} targets${attached})`;
}
