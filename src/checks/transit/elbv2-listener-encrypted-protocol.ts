import type { Listener } from '@aws-sdk/client-elastic-load-balancing-v2';
import { listenerLabel, listenerRef, loadBalancerRef, loadBalancerType } from '../lib/elbv2-load-balancers.js';
import { defineCheck } from '../define.js';

/** The encrypted protocol each load balancer type offers; Gateway Load Balancers (GENEVE) are not evaluated. */
const ENCRYPTED: Readonly<Record<string, string>> = { application: 'HTTPS', network: 'TLS' };

/**
 * The encrypted protocol a listener should use when the load balancer's answer leaves out its Type
 * (some endpoints do): ALB listeners speak HTTP or HTTPS, NLB listeners TCP, TLS, UDP or TCP_UDP.
 */
function expectedFromProtocol(protocol: string | undefined): string | undefined {
  if (protocol === 'HTTP' || protocol === 'HTTPS') return 'HTTPS';
  if (protocol === 'TCP' || protocol === 'TLS' || protocol === 'UDP' || protocol === 'TCP_UDP' || protocol === 'QUIC' || protocol === 'TCP_QUIC') return 'TLS';
  return undefined;
}

const redirectsOnly = (listener: Listener) =>
  (listener.DefaultActions ?? []).length > 0 &&
  (listener.DefaultActions ?? []).every((a) => a.Type === 'redirect' && a.RedirectConfig?.Protocol?.toUpperCase() === 'HTTPS');

export default defineCheck({
  id: 'elbv2-listener-encrypted-protocol',
  title: 'Load balancer listeners use an encrypted protocol (HTTPS on ALBs, TLS on NLBs)',
  pillar: 'transit',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
  description:
    'Each listener of an Application Load Balancer uses HTTPS and each listener of a Network Load Balancer uses TLS; HTTP, TCP, UDP and TCP_UDP listeners fail. This reads ELB.18 literally: an HTTP listener that only redirects to HTTPS passes elbv2-alb-http-redirects-to-https and fails here. Gateway Load Balancer listeners are not evaluated.',
  risk: 'A listener on a clear-text protocol lets anyone on the network path read or alter the traffic between clients and the load balancer.',
  remediation: {
    text: 'Replace clear-text listeners with HTTPS (ALB) or TLS (NLB) listeners that carry a certificate; on an ALB keep an HTTP listener only if policy allows redirect-only listeners.',
    console: 'EC2 > Load Balancers > the load balancer > Listeners > Add listener (HTTPS or TLS), then delete the clear-text listener.',
    cli: 'aws elbv2 create-listener --load-balancer-arn <lb-arn> --protocol HTTPS --port 443 --certificates CertificateArn=<acm-arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06 --default-actions Type=forward,TargetGroupArn=<tg-arn>',
  },
  references: {
    securityHub: { ids: ['ELB.18'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/create-tls-listener.html',
    ],
  },
  reads: ['elbv2.listeners'],
  evaluate({ 'elbv2.listeners': perLb }, ctx) {
    return perLb.flatMap(({ loadBalancer, result }) => {
      // Gateway Load Balancers (GENEVE) are not evaluated, as ELB.18 says.
      const type = loadBalancerType(loadBalancer);
      if (type === 'gateway') return [];
      const declared = ENCRYPTED[type ?? ''];
      if (type && !declared) {
        return [ctx.undetermined(loadBalancerRef(loadBalancer), `Load balancer ${loadBalancerRef(loadBalancer).id} is of type ${type}, which this check does not know, so whether its listeners are encrypted is unknown.`)];
      }
      if (!result.ok) return [ctx.error(loadBalancerRef(loadBalancer), result.error, `the listeners of ${loadBalancerRef(loadBalancer).id}`)];
      return result.value.map((listener) => {
        const resource = listenerRef(loadBalancer, listener);
        const expected = declared ?? expectedFromProtocol(listener.Protocol);
        if (!expected) {
          return ctx.undetermined(resource, `${listenerLabel(loadBalancer, listener)} belongs to a load balancer whose type was not reported, and its protocol ${listener.Protocol ?? '(none)'} does not tell it, so whether it is encrypted is unknown.`);
        }
        return listener.Protocol === expected
          ? ctx.pass(resource, `${listenerLabel(loadBalancer, listener)} is encrypted.`)
          : ctx.fail(
              resource,
              `${listenerLabel(loadBalancer, listener)} is not encrypted: it should use ${expected}.${redirectsOnly(listener) ? ' It only redirects to HTTPS, which ELB.18 still counts as a clear-text listener.' : ''}`,
            );
      });
    });
  },
});
