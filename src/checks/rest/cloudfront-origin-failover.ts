import { distributionLabel, distributionRef, itemsOf, originGroupsOf } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

/** The number of items of a CloudFront list: its Items, or Quantity when an endpoint left Items out. */
const countOf = (list: { Quantity?: number; Items?: unknown[] } | undefined) => Math.max(itemsOf(list).length, list?.Quantity ?? 0);

export default defineCheck({
  id: 'cloudfront-origin-failover',
  title: 'CloudFront distributions have an origin group for failover',
  pillar: 'rest',
  service: 'cloudfront',
  severity: 'low',
  resourceType: 'AWS::CloudFront::Distribution',
  description:
    'For each CloudFront distribution, OriginGroups.Quantity is at least 1 and one origin group has Members.Quantity of at least 2 (a primary and a secondary origin), as CloudFront.4 reads it. Whether any cache behavior targets the group is not judged.',
  risk: 'With a single origin, an outage or a failing response of that origin makes the content unavailable; an origin group fails over to a second origin on the status codes it names.',
  remediation: {
    text: 'Create an origin group with a primary and a secondary origin (for example S3 buckets in two Regions with replication) and point the cache behaviors to it.',
    console: 'CloudFront > Distributions > the distribution > Origins > Create origin group.',
    cli: 'aws cloudfront get-distribution-config --id <id> > config.json; add an OriginGroups item with two Members and FailoverCriteria; aws cloudfront update-distribution --id <id> --if-match <ETag> --distribution-config file://config.json',
  },
  references: {
    securityHub: { ids: ['CloudFront.4'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-4',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/high_availability_origin_failover.html',
    ],
  },
  reads: ['cloudfront.distributions'],
  evaluate({ 'cloudfront.distributions': distributions }, ctx) {
    return distributions.map((d) => {
      const resource = distributionRef(d);
      const label = distributionLabel(d);
      const groups = originGroupsOf(d);
      const failover = groups.filter((g) => countOf(g.Members) >= 2);
      if (countOf(d.OriginGroups) >= 1 && failover.length) {
        return ctx.pass(resource, `${label} has origin group ${failover[0]!.Id ?? '?'} with ${countOf(failover[0]!.Members)} member origins for failover.`);
      }
      if (groups.length) return ctx.fail(resource, `${label} has origin groups, but none with two member origins to fail over to.`);
      return ctx.fail(resource, `${label} has no origin group: requests cannot fail over to a second origin.`);
    });
  },
});
