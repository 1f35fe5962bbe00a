import { judgeAttributes } from '../lib/elbv2-load-balancers.js';
import { defineCheck } from '../define.js';

const ATTRIBUTE = 'deletion_protection.enabled';

export default defineCheck({
  id: 'elbv2-deletion-protection-enabled',
  title: 'Load balancers have deletion protection enabled',
  pillar: 'rest',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  description: `Each Application, Network and Gateway Load Balancer has the attribute ${ATTRIBUTE} set to "true".`,
  risk: 'A load balancer deleted by mistake or by an automation error takes the application offline, and its DNS name cannot be recovered.',
  remediation: {
    text: 'Enable deletion protection on the load balancer; it must then be turned off on purpose before the load balancer can be deleted.',
    console: 'EC2 > Load Balancers > the load balancer > Attributes > Edit > Deletion protection.',
    cli: `aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes Key=${ATTRIBUTE},Value=true`,
  },
  references: {
    securityHub: { ids: ['ELB.6'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection'],
  },
  reads: ['elbv2.attributes'],
  evaluate({ 'elbv2.attributes': perLb }, ctx) {
    return judgeAttributes(perLb, ctx, { albOnly: false }, (attributes, resource, label) =>
      attributes[ATTRIBUTE] === 'true'
        ? ctx.pass(resource, `${label} has deletion protection enabled.`)
        : ctx.fail(resource, `${label} does not have deletion protection enabled.`),
    );
  },
});
