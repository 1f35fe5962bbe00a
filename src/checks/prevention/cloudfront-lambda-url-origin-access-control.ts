import { distributionLabel, distributionRef, hasOriginAccessControl, isLambdaUrlOrigin, listing, originName, originsOf } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudfront-lambda-url-origin-access-control',
  title: 'CloudFront distributions reach Lambda function URLs through origin access control',
  pillar: 'prevention',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AWS::CloudFront::Distribution',
  description:
    'For each CloudFront distribution with a Lambda function URL origin (domain ending in .lambda-url.<region>.on.aws): every such origin has OriginAccessControlId set (an OAC whose origin type is lambda), as CloudFront.16 reads it. Without OAC the function URL must be public (AuthType NONE) for CloudFront to reach it, which lambda-function-url-auth-iam also reports.',
  risk: 'A function URL that CloudFront reaches without OAC is callable by anyone on the internet directly, bypassing the distribution, its WAF web ACL, its caching and its geo restrictions.',
  remediation: {
    text: 'Create an origin access control with origin type lambda, attach it to the function URL origin, set the function URL AuthType to AWS_IAM and allow cloudfront.amazonaws.com to invoke it, conditioned on the distribution ARN.',
    console: 'CloudFront > Distributions > the distribution > Origins > the function URL origin > Edit > Origin access control > Create new OAC.',
    cli: 'aws cloudfront create-origin-access-control --origin-access-control-config Name=<name>,SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=lambda; set OriginAccessControlId on the origin; aws lambda update-function-url-config --function-name <fn> --auth-type AWS_IAM',
  },
  references: {
    securityHub: { ids: ['CloudFront.16'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-16',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html',
    ],
  },
  reads: ['cloudfront.distributions'],
  evaluate({ 'cloudfront.distributions': distributions }, ctx) {
    return distributions.flatMap((d) => {
      const urls = originsOf(d).filter(isLambdaUrlOrigin);
      if (urls.length === 0) return [];
      const resource = distributionRef(d);
      const label = distributionLabel(d);
      const missing = urls.filter((o) => !hasOriginAccessControl(o));
      if (missing.length === 0) return [ctx.pass(resource, `${label} reaches ${urls.length === 1 ? 'its Lambda function URL origin' : `its ${urls.length} Lambda function URL origins`} through origin access control.`)];
      return [
        ctx.fail(
          resource,
          `${label} reaches Lambda function URL ${listing(missing.map(originName))} without origin access control: the function URL must be public (AuthType NONE) to serve it, and anyone can call it directly.`,
        ),
      ];
    });
  },
});
