import type { TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import { targetGroupLabel, targetGroupRef } from '../lib/elbv2-load-balancers.js';
import { defineCheck } from '../define.js';

/** Lambda targets have no health-check protocol, and GENEVE (Gateway Load Balancer) groups are outside ELB.21. */
const inScope = (group: TargetGroup) => group.TargetType !== 'lambda' && group.Protocol !== 'GENEVE';

export default defineCheck({
  id: 'elbv2-target-group-health-check-https',
  title: 'Target groups send their health checks over HTTPS',
  pillar: 'transit',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AWS::ElasticLoadBalancingV2::TargetGroup',
  description:
    'Each target group whose target type is not lambda and whose protocol is not GENEVE has HealthCheckProtocol HTTPS. Anything else FAILs, as ELB.21 does: a Network Load Balancer TLS target group with a TCP health check FAILs, and the message says so. Target groups attached to no load balancer are evaluated too, and the message says they are unattached.',
  risk: 'HTTP health checks travel in clear text between the load balancer and its targets, so the health endpoint and whatever it returns (versions, dependency status) can be read or spoofed on the path; a TCP check proves only that a port is open, not that the encrypted service answers.',
  remediation: {
    text: 'Set the target group’s health check protocol to HTTPS, with a path the targets answer over TLS.',
    console: 'EC2 > Target groups > the target group > Health checks > Edit > Health check protocol: HTTPS.',
    cli: 'aws elbv2 modify-target-group --target-group-arn <tg-arn> --health-check-protocol HTTPS --health-check-path /health',
  },
  references: {
    securityHub: { ids: ['ELB.21'], standard: 'fsbp-unconfirmed' },
    docs: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-21',
    ],
  },
  reads: ['elbv2.targetGroups'],
  evaluate({ 'elbv2.targetGroups': groups }, ctx) {
    return groups.filter(inScope).map((group) => {
      const resource = targetGroupRef(group);
      const label = targetGroupLabel(group);
      const health = group.HealthCheckProtocol;
      if (!health) return ctx.undetermined(resource, `${label} reports no HealthCheckProtocol, so how its health checks travel is unknown.`);
      if (health === 'HTTPS') return ctx.pass(resource, `${label} sends its health checks over HTTPS.`);
      if (health === 'TCP' && group.Protocol === 'TLS')
        return ctx.fail(resource, `${label} forwards TLS traffic but checks health over TCP: the check only opens a connection and is not an HTTPS health check, which ELB.21 requires.`);
      return ctx.fail(resource, `${label} uses protocol ${group.Protocol ?? 'unknown'} and sends its health checks over ${health}, not HTTPS.`);
    });
  },
});
