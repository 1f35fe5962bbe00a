import { distributionLabel, distributionRef } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudfront-shield-advanced-protected',
  title: 'CloudFront distributions are covered by a Shield Advanced protection',
  pillar: 'prevention',
  service: 'cloudfront',
  severity: 'informational',
  resourceType: 'AWS::CloudFront::Distribution',
  description:
    "Only when the account's Shield Advanced subscription is active (GetSubscriptionState ACTIVE): for each CloudFront distribution, a Shield Advanced protection (ListProtections) has the distribution's ARN as its ResourceArn. Without a subscription nothing is in scope and the report says so once, not per distribution. Shield Standard is always on and is not checked; protections of ALBs, Elastic IPs, Global Accelerator and Route 53 are not covered here.",
  risk: 'A distribution outside the subscription gets no Shield Advanced DDoS detection tuned to it, no automatic application-layer mitigation, no response team support and no cost protection for scaling during an attack.',
  remediation: {
    text: 'Add a Shield Advanced protection for the distribution, ideally with automatic application-layer DDoS mitigation and a health check.',
    console: 'WAF & Shield > Shield > Protected resources > Add resources to protect > CloudFront distribution.',
    cli: 'aws shield create-protection --name <name> --resource-arn <distribution-arn>',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/waf/latest/developerguide/ddos-manage-protected-resources.html', 'https://docs.aws.amazon.com/waf/latest/developerguide/ddos-advanced-summary.html'],
  },
  reads: ['shield.advanced', 'cloudfront.distributions'],
  evaluate({ 'shield.advanced': shield, 'cloudfront.distributions': distributions }, ctx) {
    if (shield.state !== 'ACTIVE') return ctx.notInScope('no Shield Advanced subscription');
    const protections = new Map(shield.protections.filter((p) => p.ResourceArn).map((p) => [p.ResourceArn!, p]));
    return distributions.map((d) => {
      const resource = distributionRef(d);
      const label = distributionLabel(d);
      const protection = d.ARN ? protections.get(d.ARN) : undefined;
      return protection
        ? ctx.pass(resource, `${label} is covered by Shield Advanced protection ${protection.Name ?? protection.Id ?? '?'}.`)
        : ctx.fail(resource, `${label} is not covered by any Shield Advanced protection, although the account subscribes to Shield Advanced.`);
    });
  },
});
