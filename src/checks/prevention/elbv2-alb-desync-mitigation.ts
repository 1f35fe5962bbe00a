import { judgeAttributes } from '../lib/elbv2-load-balancers.js';
import { defineCheck } from '../define.js';

const ATTRIBUTE = 'routing.http.desync_mitigation_mode';
const SAFE_MODES = new Set(['defensive', 'strictest']);

export default defineCheck({
  id: 'elbv2-alb-desync-mitigation',
  title: 'Application Load Balancers use defensive or strictest HTTP desync mitigation',
  pillar: 'prevention',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  description: `Each Application Load Balancer has the attribute ${ATTRIBUTE} set to "defensive" or "strictest"; "monitor" fails.`,
  risk: 'In monitor mode the load balancer forwards ambiguous requests as they are, leaving the targets open to HTTP desync (request smuggling) attacks that poison queues and caches or hijack other users\' requests.',
  remediation: {
    text: 'Set the desync mitigation mode to defensive (the default) or strictest.',
    console: 'EC2 > Load Balancers > the ALB > Attributes > Edit > Packet handling: Desync mitigation mode.',
    cli: `aws elbv2 modify-load-balancer-attributes --load-balancer-arn <alb-arn> --attributes Key=${ATTRIBUTE},Value=defensive`,
  },
  references: {
    securityHub: { ids: ['ELB.12'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#desync-mitigation-mode'],
  },
  reads: ['elbv2.attributes'],
  evaluate({ 'elbv2.attributes': perLb }, ctx) {
    return judgeAttributes(perLb, ctx, { albOnly: true }, (attributes, resource, label) => {
      const mode = attributes[ATTRIBUTE];
      if (mode === undefined) return ctx.undetermined(resource, `${label} reports no ${ATTRIBUTE} attribute, so its desync mitigation mode is unknown.`);
      return SAFE_MODES.has(mode)
        ? ctx.pass(resource, `${label} uses desync mitigation mode ${mode}.`)
        : ctx.fail(resource, `${label} uses desync mitigation mode ${mode || '(empty)'}, which forwards ambiguous requests; use defensive or strictest.`);
    });
  },
});
