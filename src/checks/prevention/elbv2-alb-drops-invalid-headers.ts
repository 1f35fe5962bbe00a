import { judgeAttributes } from '../lib/elbv2-load-balancers.js';
import { defineCheck } from '../define.js';

const ATTRIBUTE = 'routing.http.drop_invalid_header_fields.enabled';

export default defineCheck({
  id: 'elbv2-alb-drops-invalid-headers',
  title: 'Application Load Balancers drop HTTP headers with invalid names',
  pillar: 'prevention',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  description: `Each Application Load Balancer has the attribute ${ATTRIBUTE} set to "true", so headers whose names do not match [-A-Za-z0-9]+ are removed before requests reach the targets.`,
  risk: 'Header names the targets parse differently from the load balancer open the way to HTTP request smuggling and header injection against the application.',
  remediation: {
    text: 'Turn on dropping of invalid header fields on the load balancer.',
    console: 'EC2 > Load Balancers > the ALB > Attributes > Edit > Packet handling: Drop invalid header fields.',
    cli: `aws elbv2 modify-load-balancer-attributes --load-balancer-arn <alb-arn> --attributes Key=${ATTRIBUTE},Value=true`,
  },
  references: {
    securityHub: { ids: ['ELB.4'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes'],
  },
  reads: ['elbv2.attributes'],
  evaluate({ 'elbv2.attributes': perLb }, ctx) {
    return judgeAttributes(perLb, ctx, { albOnly: true }, (attributes, resource, label) =>
      attributes[ATTRIBUTE] === 'true'
        ? ctx.pass(resource, `${label} drops HTTP headers with invalid names.`)
        : ctx.fail(resource, `${label} passes HTTP headers with invalid names on to its targets (${ATTRIBUTE} is ${attributes[ATTRIBUTE] ?? 'not set'}).`),
    );
  },
});
