import type { BucketExistence } from '../../data/datasets/cloudfront.js';
import { distributionLabel, distributionRef, isS3RestOrigin, listing, originName, originsOf, s3OriginBucket } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

const HOW: Readonly<Record<Extract<BucketExistence, { exists: true }>['how'], string>> = {
  owned: 'a bucket of this account',
  answered: 'an existing bucket (HeadBucket answered)',
  forbidden: 'an existing bucket owned by another account (HeadBucket answered 403)',
  redirected: 'an existing bucket owned by another account (HeadBucket answered 301)',
};

export default defineCheck({
  id: 'cloudfront-s3-origin-bucket-exists',
  title: 'CloudFront S3 origins point to buckets that exist',
  pillar: 'prevention',
  service: 'cloudfront',
  severity: 'high',
  resourceType: 'AWS::CloudFront::Distribution',
  description:
    "For each CloudFront distribution with an S3 REST origin (S3OriginConfig; website endpoints are excluded, as CloudFront.12 says): every such origin names a bucket that exists. The bucket name is the origin domain up to its .s3. or .s3-<region> endpoint. A bucket of this account (s3:ListBuckets) passes; any other is asked with s3:HeadBucket (IAM action s3:ListBucket): 404 NotFound fails, 403 and 301 mean the bucket exists in another account or Region and pass with \"owned by another account\" in the message. Other errors are ERROR.",
  risk: 'A distribution whose origin bucket was deleted serves whatever a new owner of that bucket name puts there: anyone can create the bucket and serve content, scripts included, under your domain (subdomain takeover).',
  remediation: {
    text: 'Recreate the bucket in this account (with origin access control) or remove the origin, and the cache behaviors that use it, from the distribution; delete distributions no longer used.',
    console: 'CloudFront > Distributions > the distribution > Origins > the S3 origin > Edit or Delete.',
    cli: 'aws s3api create-bucket --bucket <bucket> --region <region> --create-bucket-configuration LocationConstraint=<region>',
  },
  references: {
    securityHub: { ids: ['CloudFront.12'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-12',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistS3AndCustomOrigins.html',
    ],
  },
  reads: ['cloudfront.distributions', 'cloudfront.originBuckets'],
  evaluate({ 'cloudfront.distributions': distributions, 'cloudfront.originBuckets': buckets }, ctx) {
    const existence = new Map(buckets.map((b) => [b.bucket, b.result]));
    return distributions.flatMap((d) => {
      const s3 = originsOf(d).filter(isS3RestOrigin);
      if (s3.length === 0) return [];
      const resource = distributionRef(d);
      const label = distributionLabel(d);
      const missing: string[] = [];
      const found: string[] = [];
      for (const origin of s3) {
        const bucket = s3OriginBucket(origin.DomainName)?.bucket;
        if (!bucket) return [ctx.undetermined(resource, `Could not evaluate ${label}: the bucket of ${originName(origin)} cannot be read from its domain.`)];
        const result = existence.get(bucket);
        if (!result) return [ctx.undetermined(resource, `Could not evaluate ${label}: whether bucket ${bucket} exists was not read.`)];
        if (!result.ok) return [ctx.error(resource, result.error, `${label} (whether its origin bucket ${bucket} exists)`)];
        if (result.value.exists) found.push(`${bucket} is ${HOW[result.value.how]}`);
        else missing.push(`${originName(origin)} names bucket ${bucket}, which does not exist`);
      }
      if (missing.length) return [ctx.fail(resource, `${label}: ${listing(missing)}; anyone can create that bucket and serve content through this distribution.`)];
      return [ctx.pass(resource, `${label} points to existing buckets: ${listing([...new Set(found)])}.`)];
    });
  },
});
