import { loadBalancerLabel, loadBalancerRef } from '../lib/elbv2-load-balancers.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'elbv2-multi-az',
  title: 'Load balancers span at least two Availability Zones',
  pillar: 'rest',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  description: 'Each Application, Network and Gateway Load Balancer is enabled in at least two Availability Zones.',
  risk: 'A load balancer in a single Availability Zone goes down with that zone, taking every target behind it offline.',
  remediation: {
    text: 'Enable the load balancer in a subnet of at least one more Availability Zone, and register targets there.',
    console: 'EC2 > Load Balancers > the load balancer > Network mapping > Edit subnets.',
    cli: 'aws elbv2 set-subnets --load-balancer-arn <lb-arn> --subnets <subnet-a> <subnet-b>',
  },
  references: {
    securityHub: { ids: ['ELB.13'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-subnets.html'],
  },
  reads: ['elbv2.loadBalancers'],
  evaluate({ 'elbv2.loadBalancers': lbs }, ctx) {
    return lbs.map((lb) => {
      if (lb.AvailabilityZones === undefined)
        return ctx.undetermined(loadBalancerRef(lb), `${loadBalancerLabel(lb)} reports no Availability Zones, so how many zones it spans is unknown.`);
      const zones = [...new Set((lb.AvailabilityZones ?? []).map((z) => z.ZoneName ?? z.SubnetId ?? '?'))].sort();
      const listed = zones.length ? zones.join(', ') : 'none';
      return zones.length >= 2
        ? ctx.pass(loadBalancerRef(lb), `${loadBalancerLabel(lb)} spans ${zones.length} Availability Zones (${listed}).`)
        : ctx.fail(loadBalancerRef(lb), `${loadBalancerLabel(lb)} is in ${zones.length === 1 ? 'a single Availability Zone' : 'no Availability Zone'} (${listed}).`);
    });
  },
});
