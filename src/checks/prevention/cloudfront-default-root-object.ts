import { distributionLabel, distributionRef, isS3RestOrigin, originsOf } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudfront-default-root-object',
  title: 'CloudFront distributions with S3 origins have a default root object',
  pillar: 'prevention',
  service: 'cloudfront',
  severity: 'high',
  resourceType: 'AWS::CloudFront::Distribution',
  description:
    'For each CloudFront distribution with at least one S3 origin (S3OriginConfig): DefaultRootObject, read with GetDistributionConfig, is set; an empty string fails, as CloudFront.1 reads it. Distributions with custom origins only are not evaluated.',
  risk: 'Without a default root object, a request for the root URL is passed to the S3 origin as a request for the bucket itself, which can return a listing of its objects when the bucket allows it.',
  remediation: {
    text: 'Set a default root object such as index.html.',
    console: 'CloudFront > Distributions > the distribution > General > Settings > Edit > Default root object.',
    cli: 'aws cloudfront get-distribution-config --id <id> > config.json; set DefaultRootObject to index.html; aws cloudfront update-distribution --id <id> --if-match <ETag> --distribution-config file://config.json',
  },
  references: {
    securityHub: { ids: ['CloudFront.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-1',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DefaultRootObject.html',
    ],
  },
  reads: ['cloudfront.distributions', 'cloudfront.distributionSettings'],
  evaluate({ 'cloudfront.distributions': distributions, 'cloudfront.distributionSettings': settings }, ctx) {
    const settingsOf = new Map(settings.map((s) => [s.distribution.Id, s.result]));
    return distributions.flatMap((d) => {
      if (!originsOf(d).some(isS3RestOrigin)) return [];
      const setting = settingsOf.get(d.Id);
      // Deleted between the listing and GetDistributionConfig.
      if (!setting) return [];
      const resource = distributionRef(d);
      const label = distributionLabel(d);
      return [
        ctx.judge(resource, setting, (value) => {
          const root = (value.DefaultRootObject ?? '').trim();
          return root
            ? ctx.pass(resource, `${label} has default root object ${root}.`)
            : ctx.fail(resource, `${label} has an S3 origin and no default root object: a request for / goes to the bucket itself.`);
        }),
      ];
    });
  },
});
