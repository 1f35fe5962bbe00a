import { judgeAttributes } from '../lib/elbv2-load-balancers.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'elbv2-alb-access-logging-enabled',
  title: 'Application Load Balancers write access logs to S3',
  pillar: 'detection',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  description:
    'Each Application Load Balancer has the attribute access_logs.s3.enabled set to "true". Network and Gateway Load Balancers are not evaluated (ELB.5 covers ALBs and Classic Load Balancers).',
  risk: 'Without access logs there is no record of the requests the application received: client addresses, paths, response codes and TLS details are lost for incident analysis.',
  remediation: {
    text: 'Enable access logs on the load balancer, delivering to an S3 bucket whose policy lets Elastic Load Balancing write to it.',
    console: 'EC2 > Load Balancers > the ALB > Attributes > Edit > Monitoring: Access logs, choose the S3 location.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <alb-arn> --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket>',
  },
  references: {
    securityHub: { ids: ['ELB.5'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html'],
  },
  reads: ['elbv2.attributes'],
  evaluate({ 'elbv2.attributes': perLb }, ctx) {
    return judgeAttributes(perLb, ctx, { albOnly: true }, (attributes, resource, label) => {
      if (attributes['access_logs.s3.enabled'] !== 'true') return ctx.fail(resource, `${label} does not write access logs.`);
      const bucket = attributes['access_logs.s3.bucket'];
      const prefix = attributes['access_logs.s3.prefix'];
      return ctx.pass(resource, `${label} writes access logs to S3 bucket ${bucket || 'unknown'}${prefix ? ` under ${prefix}` : ''}.`);
    });
  },
});
