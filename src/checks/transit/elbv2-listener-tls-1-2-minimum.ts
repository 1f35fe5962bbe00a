import { judgeSslPolicy } from '../lib/elbv2-ssl-policy.js';
import { listenerLabel, listenerRef, loadBalancerRef } from '../lib/elbv2-load-balancers.js';
import { defineCheck } from '../define.js';
import type { Finding } from '../../model.js';

const ENCRYPTED_PROTOCOLS = new Set(['HTTPS', 'TLS']);

/**
 * ELB.17's fixed allow-list (Security Hub ELB controls page). ELBSecurityPolicy-TLS13-1-2-2021-06,
 * the console default, is not in it: it passes this check and fails ELB.17.
 */
const ELB17_ALLOWED: ReadonlySet<string> = new Set(
  [
    'TLS13-1-3-2021-06',
    'TLS13-1-3-FIPS-2023-04',
    'TLS13-1-2-Res-2021-06',
    'TLS13-1-2-Res-FIPS-2023-04',
    'TLS13-1-2-Res-PQ-2025-09',
    'TLS13-1-3-PQ-2025-09',
    'TLS13-1-2-Res-FIPS-PQ-2025-09',
    'TLS13-1-3-FIPS-PQ-2025-09',
  ].map((suffix) => `ELBSecurityPolicy-${suffix}`),
);

export default defineCheck({
  id: 'elbv2-listener-tls-1-2-minimum',
  title: 'HTTPS and TLS listeners use a security policy with TLS 1.2 or later only',
  pillar: 'transit',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
  description:
    "For each HTTPS (ALB) or TLS (NLB) listener, its security policy offers no protocol older than TLS 1.2 (SSLv3, TLSv1, TLSv1.1), as the region's DescribeSSLPolicies lists it. Security Hub's ELB.17 checks against a fixed allow-list (ELBSecurityPolicy-TLS13-1-3-2021-06, TLS13-1-3-FIPS-2023-04, TLS13-1-2-Res-2021-06, TLS13-1-2-Res-FIPS-2023-04 and the 2025-09 PQ policies), which leaves out the console default ELBSecurityPolicy-TLS13-1-2-2021-06 and ELBSecurityPolicy-TLS-1-2-2017-01: such a listener passes here, the message says ELB.17 fails it, and the PASS does not count for ELB.17 in the FSBP view.",
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
                  : passUnlessOutsideElb17(ctx.pass(resource, `${label} uses security policy ${name}, which offers nothing older than TLS 1.2.`), name);
              case 'name':
                return verdict.offersLegacy
                  ? ctx.fail(resource, `${label} uses security policy ${name}, which by its name offers protocols older than TLS 1.2 (the region's policy list does not give its protocols).`)
                  : passUnlessOutsideElb17(
                      ctx.pass(resource, `${label} uses security policy ${name}, which by its name offers nothing older than TLS 1.2 (the region's policy list does not give its protocols).`),
                      name,
                    );
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

/** A PASS on a policy outside ELB.17's allow-list says so and does not count for ELB.17. */
function passUnlessOutsideElb17(finding: Finding, policy: string): Finding {
  if (ELB17_ALLOWED.has(policy)) return finding;
  return { ...finding, message: `${finding.message} It is not in ELB.17's allow-list, so Security Hub ELB.17 fails it.`, controls: [] };
}
