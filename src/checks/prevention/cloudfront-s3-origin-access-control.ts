import { distributionLabel, distributionRef, hasOriginAccessControl, isS3RestOrigin, listing, originName, originsOf } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudfront-s3-origin-access-control',
  title: 'CloudFront distributions reach their S3 origins through origin access control',
  pillar: 'prevention',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AWS::CloudFront::Distribution',
  description:
    "For each CloudFront distribution with an S3 REST origin (S3OriginConfig; domain <bucket>.s3.amazonaws.com or <bucket>.s3.<region>.amazonaws.com): every such origin has OriginAccessControlId set. An origin access identity (S3OriginConfig.OriginAccessIdentity) without OAC fails, as CloudFront.13 reads it, and the message says it uses legacy OAI; an S3 origin with neither is a sign the bucket must be public to serve content, and the message says so. S3 website endpoints are custom origins and cannot use OAC: not evaluated.",
  risk: 'Without origin access control the bucket must let CloudFront in some other way: through a legacy OAI (no SSE-KMS, no new Regions, no PUT with SigV4) or, worse, by being public, which lets anyone bypass the distribution, its WAF and its geo restrictions.',
  remediation: {
    text: 'Create an origin access control (signing behavior: always sign, origin type S3), attach it to the S3 origin, remove the OAI, and grant cloudfront.amazonaws.com read access in the bucket policy conditioned on the distribution ARN (AWS:SourceArn); then remove any public access.',
    console: 'CloudFront > Distributions > the distribution > Origins > the S3 origin > Edit > Origin access > Origin access control settings (recommended) > Create control setting.',
    cli: 'aws cloudfront create-origin-access-control --origin-access-control-config Name=<name>,SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=s3; set OriginAccessControlId on the origin and S3OriginConfig.OriginAccessIdentity to ""; aws cloudfront update-distribution ...',
  },
  references: {
    securityHub: { ids: ['CloudFront.13'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-13',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
    ],
  },
  reads: ['cloudfront.distributions'],
  evaluate({ 'cloudfront.distributions': distributions }, ctx) {
    return distributions.flatMap((d) => {
      const s3 = originsOf(d).filter(isS3RestOrigin);
      if (s3.length === 0) return [];
      const resource = distributionRef(d);
      const label = distributionLabel(d);
      const missing = s3.filter((o) => !hasOriginAccessControl(o));
      if (missing.length === 0) return [ctx.pass(resource, `${label} reaches ${s3.length === 1 ? 'its S3 origin' : `its ${s3.length} S3 origins`} through origin access control.`)];
      const reasons = missing.map((o) => {
        const oai = (o.S3OriginConfig?.OriginAccessIdentity ?? '').trim();
        return oai
          ? `${originName(o)} uses legacy OAI ${oai.split('/').pop()} instead of origin access control`
          : `${originName(o)} has neither origin access control nor an OAI, so its bucket must be public to serve content`;
      });
      return [ctx.fail(resource, `${label}: ${listing(reasons)}.`)];
    });
  },
});
