import type { TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import { targetGroupLabel, targetGroupRef } from '../lib/elbv2-load-balancers.js';
import { defineCheck } from '../define.js';

/** ELB.22's list. TCP_QUIC is not in it, so it fails with the clear-text protocols. */
const ENCRYPTED = ['HTTPS', 'TLS', 'QUIC'];

/** Lambda and ALB targets have no transport protocol of their own to judge; GENEVE groups are Gateway Load Balancer tunnels. */
const inScope = (group: TargetGroup) => group.TargetType !== 'lambda' && group.TargetType !== 'alb' && group.Protocol !== 'GENEVE';

export default defineCheck({
  id: 'elbv2-target-group-encrypted-protocol',
  title: 'Target groups forward traffic to their targets over an encrypted protocol',
  pillar: 'transit',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AWS::ElasticLoadBalancingV2::TargetGroup',
  description:
    'Each target group whose target type is not lambda or alb and whose protocol is not GENEVE has Protocol HTTPS, TLS or QUIC (the list of ELB.22). HTTP, TCP, UDP and TCP_UDP FAIL; TCP_QUIC is not in the control’s list and FAILs too. The message names the protocol, and says that a target group’s protocol cannot be changed, so a new target group is needed. Target groups attached to no load balancer are evaluated too.',
  risk: 'Traffic from the load balancer to its targets in clear text can be read or altered by anyone able to observe the VPC path (a compromised host, a mirrored interface), even when clients reach the load balancer over TLS.',
  remediation: {
    text: 'A target group’s protocol cannot be changed: create a new target group with protocol HTTPS (ALB) or TLS (NLB), register the targets (serving TLS), and point the listener rules at it before deleting the old one.',
    console: 'EC2 > Target groups > Create target group > Protocol: HTTPS or TLS; register the targets; then edit the listener rules to forward to it.',
    cli: 'aws elbv2 create-target-group --name <name> --protocol HTTPS --port 443 --vpc-id <vpc-id> --target-type instance && aws elbv2 modify-listener --listener-arn <listener-arn> --default-actions Type=forward,TargetGroupArn=<new-tg-arn>',
  },
  references: {
    securityHub: { ids: ['ELB.22'], standard: 'fsbp-unconfirmed' },
    docs: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html#target-group-routing-configuration',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-22',
    ],
  },
  reads: ['elbv2.targetGroups'],
  evaluate({ 'elbv2.targetGroups': groups }, ctx) {
    return groups.filter(inScope).map((group) => {
      const resource = targetGroupRef(group);
      const label = targetGroupLabel(group);
      const protocol = group.Protocol;
      if (!protocol) return ctx.undetermined(resource, `${label} reports no Protocol, so whether it forwards over an encrypted protocol is unknown.`);
      if (ENCRYPTED.includes(protocol)) return ctx.pass(resource, `${label} forwards to its targets over ${protocol}.`);
      return ctx.fail(
        resource,
        `${label} forwards to its targets over ${protocol}, which is not HTTPS, TLS or QUIC; a target group's protocol cannot be changed, so a new target group with an encrypted protocol is needed.`,
      );
    });
  },
});
