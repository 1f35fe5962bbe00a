import { distributionLabel, distributionRef, isCustomOrigin, itemsOf, listing, originName, originsOf } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudfront-origin-no-sslv3',
  title: 'CloudFront distributions do not offer SSLv3 to their custom origins',
  pillar: 'transit',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AWS::CloudFront::Distribution',
  description:
    'For each CloudFront distribution, no custom origin lists SSLv3 in OriginSslProtocols, read literally as CloudFront.10 does. TLSv1 or TLSv1.1 still offered to an origin is named in the message but does not fail, since CloudFront.10 does not judge them. S3 REST and VPC origins have no such setting; a distribution without custom origins passes.',
  risk: 'An origin that accepts SSLv3 can be downgraded to it (POODLE): content and headers between CloudFront and the origin can then be decrypted by someone on the path.',
  remediation: {
    text: 'Remove SSLv3 (and TLSv1, TLSv1.1) from the minimum origin SSL protocols of each custom origin; keep TLSv1.2.',
    console: 'CloudFront > Distributions > the distribution > Origins > the origin > Edit > Minimum origin SSL protocol > TLSv1.2.',
    cli: 'aws cloudfront get-distribution-config --id <id> > config.json; set Origins.Items[].CustomOriginConfig.OriginSslProtocols to {Quantity: 1, Items: [TLSv1.2]}; aws cloudfront update-distribution --id <id> --if-match <ETag> --distribution-config file://config.json',
  },
  references: {
    securityHub: { ids: ['CloudFront.10'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-10',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-ciphers-cloudfront-to-origin.html',
    ],
  },
  reads: ['cloudfront.distributions'],
  evaluate({ 'cloudfront.distributions': distributions }, ctx) {
    return distributions.map((d) => {
      const resource = distributionRef(d);
      const label = distributionLabel(d);
      const custom = originsOf(d).filter(isCustomOrigin);
      if (custom.length === 0) return ctx.pass(resource, `${label} has no custom origin, so it offers no SSL protocol to one.`);
      const protocols = (o: (typeof custom)[number]) => itemsOf(o.CustomOriginConfig?.OriginSslProtocols);
      const sslv3 = custom.filter((o) => protocols(o).includes('SSLv3'));
      const legacy = custom.filter((o) => !sslv3.includes(o) && protocols(o).some((p) => p === 'TLSv1' || p === 'TLSv1.1'));
      const legacyNote = legacy.length
        ? ` ${listing(legacy.map((o) => `${originName(o)} still offers ${listing(protocols(o).filter((p) => p === 'TLSv1' || p === 'TLSv1.1'))}`))}, which CloudFront.10 does not judge.`
        : '';
      if (sslv3.length) return ctx.fail(resource, `${label} offers SSLv3 to ${listing(sslv3.map(originName))}.${legacyNote}`);
      return ctx.pass(resource, `${label} offers no custom origin SSLv3.${legacyNote}`);
    });
  },
});
