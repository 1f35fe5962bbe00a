import { distributionLabel, distributionRef } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

const WAF_CLASSIC_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default defineCheck({
  id: 'cloudfront-waf-attached',
  title: 'CloudFront distributions are associated with a WAF web ACL',
  pillar: 'prevention',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AWS::CloudFront::Distribution',
  description:
    "For each CloudFront distribution, WebACLId is set: an AWS WAF web ACL ARN (arn:aws:wafv2:us-east-1:...:global/webacl/...) or a WAF Classic web ACL id (a GUID). Both pass, as CloudFront.6 says; the WAF Classic case carries a note that WAF Classic reached end of support on 30 September 2025. An empty WebACLId fails. Whether the web ACL's rules block anything is judged by the wafv2-web-acl-* checks.",
  risk: 'Without a web ACL, every request reaches the cache and the origin unfiltered: injection attempts, scanners, bad bots and request floods at the edge are not blocked.',
  remediation: {
    text: 'Associate an AWS WAF web ACL of scope CLOUDFRONT (created in us-east-1) with the distribution; replace WAF Classic web ACLs with AWS WAF ones.',
    console: 'CloudFront > Distributions > the distribution > Security > Edit > Enable security protections, or WAF > Web ACLs (Global) > the web ACL > Associated AWS resources > Add.',
    cli: 'aws cloudfront get-distribution-config --id <id> > config.json; set WebACLId to the web ACL ARN; aws cloudfront update-distribution --id <id> --if-match <ETag> --distribution-config file://config.json',
  },
  references: {
    securityHub: { ids: ['CloudFront.6'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-6',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-awswaf.html',
    ],
  },
  reads: ['cloudfront.distributions'],
  evaluate({ 'cloudfront.distributions': distributions }, ctx) {
    return distributions.map((d) => {
      const resource = distributionRef(d);
      const label = distributionLabel(d);
      const id = (d.WebACLId ?? '').trim();
      if (id === '') return ctx.fail(resource, `${label} is not associated with any WAF web ACL (WebACLId is empty).`);
      if (/^arn:[^:]+:wafv2:/.test(id)) {
        const name = /\/webacl\/([^/]+)\//.exec(id)?.[1];
        return ctx.pass(resource, `${label} is associated with AWS WAF web ACL ${name ?? id}${name ? ` (${id})` : ''}.`);
      }
      if (WAF_CLASSIC_ID.test(id)) {
        return ctx.pass(resource, `${label} is associated with WAF Classic web ACL ${id}; WAF Classic reached end of support on 30 September 2025: migrate it to AWS WAF.`);
      }
      return ctx.pass(resource, `${label} is associated with web ACL ${id}.`);
    });
  },
});
