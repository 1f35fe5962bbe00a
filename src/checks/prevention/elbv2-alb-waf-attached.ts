import { isApplicationLoadBalancer, loadBalancerLabel, loadBalancerRef } from '../lib/elbv2-load-balancers.js';
import { listing } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'elbv2-alb-waf-attached',
  title: 'Application Load Balancers are associated with an AWS WAF web ACL',
  pillar: 'prevention',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  description:
    "For each Application Load Balancer, an AWS WAF (WAFv2) web ACL is associated with it. The protected ALBs of a region are the union of ListResourcesForWebACL (ResourceType APPLICATION_LOAD_BALANCER) over the region's regional web ACLs. WAF Classic regional associations are not read (end of support 30 September 2025). Network and Gateway Load Balancers cannot carry a web ACL and are not evaluated. Internal ALBs are evaluated and the message says so.",
  risk: 'Without a web ACL, every HTTP request reaches the targets unfiltered: injection attempts, scanners and application-layer floods are handled by the application alone.',
  remediation: {
    text: 'Associate a regional AWS WAF web ACL with the load balancer, with at least the AWS managed core rule set.',
    console: 'EC2 > Load Balancers > the load balancer > Integrations > AWS WAF > Associate web ACL, or WAF > Web ACLs > the web ACL > Associated AWS resources > Add.',
    cli: 'aws wafv2 associate-web-acl --web-acl-arn <web-acl-arn> --resource-arn <load-balancer-arn> --region <region>',
  },
  references: {
    securityHub: { ids: ['ELB.16'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-16',
      'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html',
    ],
  },
  reads: ['elbv2.loadBalancers', 'wafv2.albProtection'],
  evaluate({ 'elbv2.loadBalancers': loadBalancers, 'wafv2.albProtection': protection }, ctx) {
    return loadBalancers.filter(isApplicationLoadBalancer).map((lb) => {
      const resource = loadBalancerRef(lb);
      const label = `${lb.Scheme === 'internal' ? 'Internal ' : ''}${loadBalancerLabel(lb)}`;
      const acls = protection.protectedBy[lb.LoadBalancerArn ?? ''] ?? [];
      if (acls.length) return ctx.pass(resource, `${label} is protected by AWS WAF web ACL ${listing(acls)}.`);
      const unreadAlb = protection.unreadAlbs?.[lb.LoadBalancerArn ?? ''];
      if (unreadAlb) return ctx.error(resource, unreadAlb, label);
      if (protection.unread.length) {
        // Another web ACL may protect it: unknown, never a FAIL or a PASS.
        const unread = listing(protection.unread.map((u) => u.webAcl));
        return ctx.error(resource, protection.unread[0]!.error, `${label} (no other web ACL of ${ctx.region} protects it, and the load balancers of web ACL ${unread} could not be listed)`);
      }
      return ctx.fail(resource, `${label} is not associated with any AWS WAF web ACL.`);
    });
  },
});
