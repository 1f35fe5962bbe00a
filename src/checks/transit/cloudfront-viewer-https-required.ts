import { behaviorName, behaviorsOf, distributionLabel, distributionRef, listing } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

const SECURE = new Set(['https-only', 'redirect-to-https']);

export default defineCheck({
  id: 'cloudfront-viewer-https-required',
  title: 'CloudFront distributions require HTTPS between viewers and CloudFront',
  pillar: 'transit',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AWS::CloudFront::Distribution',
  description:
    'For each CloudFront distribution, the default cache behavior and every other cache behavior have ViewerProtocolPolicy https-only or redirect-to-https, as ListDistributions reports them. redirect-to-https passes, as Security Hub reads CloudFront.3. The message names each path pattern whose behavior allows allow-all. Disabled and staging distributions are judged too.',
  risk: 'A behavior that allows plain HTTP lets viewers request and receive content unencrypted, where anyone on the network path can read or alter it, including cookies and authorization headers.',
  remediation: {
    text: 'Set the viewer protocol policy of every cache behavior to Redirect HTTP to HTTPS or HTTPS only.',
    console: 'CloudFront > Distributions > the distribution > Behaviors > each behavior > Edit > Viewer protocol policy.',
    cli: 'aws cloudfront get-distribution-config --id <id> > config.json; set ViewerProtocolPolicy to redirect-to-https in DefaultCacheBehavior and each CacheBehaviors item; aws cloudfront update-distribution --id <id> --if-match <ETag> --distribution-config file://config.json',
  },
  references: {
    securityHub: { ids: ['CloudFront.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-3',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html',
    ],
  },
  reads: ['cloudfront.distributions'],
  evaluate({ 'cloudfront.distributions': distributions }, ctx) {
    return distributions.map((d) => {
      const resource = distributionRef(d);
      const label = distributionLabel(d);
      const behaviors = behaviorsOf(d);
      if (!d.DefaultCacheBehavior) return ctx.undetermined(resource, `Could not evaluate ${label}: ListDistributions returned no DefaultCacheBehavior.`);
      const unknown = behaviors.filter((b) => !b.behavior.ViewerProtocolPolicy);
      const open = behaviors.filter((b) => b.behavior.ViewerProtocolPolicy === 'allow-all');
      const other = behaviors.filter((b) => b.behavior.ViewerProtocolPolicy && b.behavior.ViewerProtocolPolicy !== 'allow-all' && !SECURE.has(b.behavior.ViewerProtocolPolicy));
      const name = (b: (typeof behaviors)[number]) => behaviorName(b.pathPattern, b.behavior === d.DefaultCacheBehavior);
      if (open.length || other.length) {
        const why = [
          ...(open.length ? [`${listing(open.map(name))} ${open.length === 1 ? 'allows' : 'allow'} plain HTTP (allow-all)`] : []),
          ...other.map((b) => `${name(b)} has viewer protocol policy ${b.behavior.ViewerProtocolPolicy}`),
        ];
        return ctx.fail(resource, `${label}: ${why.join('; ')}.`);
      }
      if (unknown.length) return ctx.undetermined(resource, `Could not evaluate ${label}: ListDistributions returned no ViewerProtocolPolicy for ${listing(unknown.map(name))}.`);
      return ctx.pass(resource, `${label} requires HTTPS from viewers on all ${behaviors.length} cache behavior${behaviors.length === 1 ? '' : 's'} (https-only or redirect-to-https).`);
    });
  },
});
