import { loadBalancerLabel, loadBalancerRef, loadBalancerType } from '../lib/elbv2-load-balancers.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'elbv2-nlb-access-logging-enabled',
  title: 'Network Load Balancers with a TLS listener write access logs to S3',
  pillar: 'detection',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  description:
    'Each Network Load Balancer with at least one TLS listener has the attribute access_logs.s3.enabled set to "true". NLB access logs are created only for TLS listeners, so an NLB without one is not evaluated, and the check’s note says so. Load balancers can also deliver logs through CloudWatch Logs vended-log deliveries, which this attribute does not show: a FAIL therefore says that S3 access logs are off, not that nothing is logged.',
  risk: 'Without access logs there is no record of the TLS connections the load balancer terminated: client addresses, TLS versions and ciphers, and handshake failures are lost for incident analysis.',
  remediation: {
    text: 'Enable access logs on the load balancer, delivering to an S3 bucket whose policy lets the log delivery service write to it.',
    console: 'EC2 > Load Balancers > the NLB > Attributes > Edit > Monitoring: Access logs, choose the S3 location.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <nlb-arn> --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket>',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-access-logs.html'],
  },
  reads: ['elbv2.listeners', 'elbv2.attributes'],
  evaluate({ 'elbv2.listeners': perLbListeners, 'elbv2.attributes': perLbAttributes }, ctx) {
    const attributesOf = new Map(perLbAttributes.map(({ loadBalancer, result }) => [loadBalancer.LoadBalancerArn, result]));
    const withoutTls: string[] = [];
    const findings = perLbListeners
      .filter(({ loadBalancer }) => loadBalancerType(loadBalancer) === 'network')
      .flatMap(({ loadBalancer, result: listeners }) => {
        const resource = loadBalancerRef(loadBalancer);
        const label = loadBalancerLabel(loadBalancer);
        // Whether the NLB is in scope depends on its listeners: unreadable listeners leave it unjudged.
        if (!listeners.ok) return [ctx.error(resource, listeners.error, `the listeners of ${label}`)];
        const tls = listeners.value.filter((l) => l.Protocol === 'TLS');
        if (!tls.length) {
          withoutTls.push(resource.id);
          return [];
        }
        const attributes = attributesOf.get(loadBalancer.LoadBalancerArn);
        if (!attributes) return [ctx.undetermined(resource, `The attributes of ${label} were not read, so whether it writes access logs is unknown.`)];
        return [
          ctx.judge(resource, attributes, (values) => {
            const ports = tls.map((l) => l.Port ?? '?').join(', ');
            if (values['access_logs.s3.enabled'] !== 'true')
              return ctx.fail(resource, `${label} has a TLS listener (port ${ports}) but its S3 access logs are off (access_logs.s3.enabled is not "true").`);
            const bucket = values['access_logs.s3.bucket'];
            const prefix = values['access_logs.s3.prefix'];
            return ctx.pass(resource, `${label} writes access logs of its TLS listener (port ${ports}) to S3 bucket ${bucket || 'unknown'}${prefix ? ` under ${prefix}` : ''}.`);
          }),
        ];
      });
    if (withoutTls.length)
      ctx.notInScope(`Network Load Balancers without a TLS listener in ${ctx.region} (${withoutTls.join(', ')}): NLB access logs are created only for TLS listeners`);
    return findings;
  },
});
