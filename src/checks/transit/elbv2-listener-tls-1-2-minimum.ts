import { judgeSslPolicy } from '../lib/elbv2-ssl-policy.js';
import { listenerLabel, listenerRef, loadBalancerRef } from '../lib/elbv2-load-balancers.js';
import { defineCheck } from '../define.js';

const ENCRYPTED_PROTOCOLS = new Set(['HTTPS', 'TLS']);

export default defineCheck({
  id: 'elbv2-listener-tls-1-2-minimum',
  title: 'HTTPS and TLS listeners use a security policy with TLS 1.2 or later only',
  pillar: 'transit',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
  description:
    "For each HTTPS (ALB) or TLS (NLB) listener, its security policy offers no protocol older than TLS 1.2 (SSLv3, TLSv1, TLSv1.1), as the region's DescribeSSLPolicies lists it. Security Hub's ELB.17 checks against an allow-list (by default the TLS 1.3 policies), so a listener on ELBSecurityPolicy-TLS-1-2-2017-01 passes here and may fail there: the policy name is in every message.",
  risk: 'TLS 1.0 and 1.1 have known weaknesses and lack modern cipher suites; a client or attacker can negotiate the listener down to them.',
  remediation: {
    text: 'Switch the listener to a policy that offers TLS 1.2 and later only, preferably one of the TLS 1.3 policies such as ELBSecurityPolicy-TLS13-1-2-2021-06.',
    console: 'EC2 > Load Balancers > the load balancer > Listeners > the listener > Edit listener > Security policy.',
    cli: 'aws elbv2 modify-listener --listener-arn <listener-arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06',
  },
  references: {
    securityHub: { ids: ['ELB.17'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html',
    ],
  },
  reads: ['elbv2.listeners', 'elbv2.sslPolicies'],
  evaluate({ 'elbv2.listeners': perLb, 'elbv2.sslPolicies': policies }, ctx) {
    return perLb
      .filter(({ loadBalancer }) => loadBalancer.Type !== 'gateway')
      .flatMap(({ loadBalancer, result }) => {
        if (!result.ok) return [ctx.error(loadBalancerRef(loadBalancer), result.error, `the listeners of ${loadBalancerRef(loadBalancer).id}`)];
        return result.value
          .filter((l) => ENCRYPTED_PROTOCOLS.has(l.Protocol ?? ''))
          .map((listener) => {
            const resource = listenerRef(loadBalancer, listener);
            const label = listenerLabel(loadBalancer, listener);
            const name = listener.SslPolicy ?? '';
            const verdict = judgeSslPolicy(name, policies);
            switch (verdict.source) {
              case 'listing':
                return verdict.legacy.length
                  ? ctx.fail(resource, `${label} uses security policy ${name}, which offers ${verdict.legacy.join(', ')}.`)
                  : ctx.pass(resource, `${label} uses security policy ${name}, which offers nothing older than TLS 1.2.`);
              case 'name':
                return verdict.offersLegacy
                  ? ctx.fail(resource, `${label} uses security policy ${name}, which by its name offers protocols older than TLS 1.2 (the region's policy list does not give its protocols).`)
                  : ctx.pass(resource, `${label} uses security policy ${name}, which by its name offers nothing older than TLS 1.2 (the region's policy list does not give its protocols).`);
              case 'unknown':
                // Neither AWS's list nor the known names say what the policy offers: unknown is never a pass.
                return ctx.undetermined(
                  resource,
                  `${label} uses security policy ${name || '(none reported)'}, whose protocols the region's policy list does not give and its name does not reveal, so whether it offers protocols older than TLS 1.2 is unknown.`,
                );
            }
          });
      });
  },
});
