import type { DistributionSummary, Origin } from '@aws-sdk/client-cloudfront';
import {
  behaviorName,
  behaviorsOf,
  distributionLabel,
  distributionRef,
  isCustomOrigin,
  itemsOf,
  listing,
  originGroupsOf,
  originName,
  originsOf,
} from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

/** The names of the behaviors that send requests to the origin, directly or through an origin group. */
function behaviorsTargeting(d: DistributionSummary, origin: Origin) {
  const groups = new Set(originGroupsOf(d).filter((g) => itemsOf(g.Members).some((m) => m.OriginId === origin.Id)).map((g) => g.Id));
  return behaviorsOf(d).filter((b) => b.behavior.TargetOriginId === origin.Id || groups.has(b.behavior.TargetOriginId));
}

export default defineCheck({
  id: 'cloudfront-origin-https-only',
  title: 'CloudFront distributions reach their custom origins over HTTPS',
  pillar: 'transit',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AWS::CloudFront::Distribution',
  description:
    'For each CloudFront distribution, no custom origin (CustomOriginConfig; an S3 website endpoint is one) has OriginProtocolPolicy http-only, and no custom origin with match-viewer is the target, directly or through an origin group, of a cache behavior whose ViewerProtocolPolicy is allow-all. https-only passes. S3 REST origins (S3OriginConfig) and VPC origins are not custom origins and are not judged; a distribution without custom origins passes.',
  risk: 'Requests and responses between CloudFront and an origin reached over HTTP cross the internet unencrypted: anyone on that path can read or change the content, even when viewers use HTTPS.',
  remediation: {
    text: 'Set the origin protocol policy of each custom origin to HTTPS only (the origin must serve a certificate valid for its domain), or to Match viewer only where every behavior targeting it requires HTTPS from viewers.',
    console: 'CloudFront > Distributions > the distribution > Origins > the origin > Edit > Protocol > HTTPS only.',
    cli: 'aws cloudfront get-distribution-config --id <id> > config.json; set Origins.Items[].CustomOriginConfig.OriginProtocolPolicy to https-only; aws cloudfront update-distribution --id <id> --if-match <ETag> --distribution-config file://config.json',
  },
  references: {
    securityHub: { ids: ['CloudFront.9'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-9',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html',
    ],
  },
  reads: ['cloudfront.distributions'],
  evaluate({ 'cloudfront.distributions': distributions }, ctx) {
    return distributions.map((d) => {
      const resource = distributionRef(d);
      const label = distributionLabel(d);
      const custom = originsOf(d).filter(isCustomOrigin);
      if (custom.length === 0) return ctx.pass(resource, `${label} has no custom origin (S3 REST and VPC origins are not judged by this check).`);
      const problems: string[] = [];
      const unknown: string[] = [];
      const matchViewer: string[] = [];
      for (const origin of custom) {
        const policy = origin.CustomOriginConfig?.OriginProtocolPolicy;
        if (policy === 'https-only') continue;
        if (policy === 'http-only') problems.push(`${originName(origin)} is reached over HTTP only (http-only)`);
        else if (policy === 'match-viewer') {
          const open = behaviorsTargeting(d, origin).filter((b) => b.behavior.ViewerProtocolPolicy === 'allow-all');
          if (open.length) problems.push(`${originName(origin)} matches the viewer's protocol (match-viewer) and ${listing(open.map((b) => behaviorName(b.pathPattern, b.behavior === d.DefaultCacheBehavior)))} sending requests to it ${open.length === 1 ? 'allows' : 'allow'} HTTP from viewers (allow-all)`);
          else matchViewer.push(originName(origin));
        } else if (policy) problems.push(`${originName(origin)} has origin protocol policy ${policy}`);
        else unknown.push(originName(origin));
      }
      if (problems.length) return ctx.fail(resource, `${label}: ${problems.join('; ')}.`);
      if (unknown.length) return ctx.undetermined(resource, `Could not evaluate ${label}: ListDistributions returned no OriginProtocolPolicy for ${listing(unknown)}.`);
      const note = matchViewer.length ? ` (${listing(matchViewer)} ${matchViewer.length === 1 ? 'uses' : 'use'} match-viewer, and every behavior sending requests to ${matchViewer.length === 1 ? 'it' : 'them'} requires HTTPS from viewers)` : '';
      return ctx.pass(resource, `${label} reaches its ${custom.length === 1 ? 'custom origin' : `${custom.length} custom origins`} over HTTPS${note}.`);
    });
  },
});
