import { defineCheck } from '../define.js';
import { judgeBuckets, judgePublicAccess } from '../lib/s3-buckets.js';

export default defineCheck({
  id: 's3-bucket-no-public-read',
  title: 'S3 buckets grant no public read or list access through their ACL or policy',
  pillar: 'prevention',
  service: 's3',
  severity: 'critical',
  resourceType: 'AWS::S3::Bucket',
  description:
    'Neither the bucket ACL (READ, READ_ACP or FULL_CONTROL to AllUsers or AuthenticatedUsers) nor the bucket policy (an Allow of s3:Get* or s3:List* actions to everyone, not pinned by a condition on network, account or organization) lets everyone read or list, once the effective Block Public Access settings (bucket or account) are applied. In an organization scan, a grant that a resource control policy denies to every principal outside the organization passes, naming the RCP (CHECKS-3 section 3.2 rule); a member-account scan cannot read RCPs and its FAIL says so. RCPs never apply to the management account.',
  risk: 'Anyone on the internet, or any AWS customer, can list and download the objects, which is how most S3 data leaks happen.',
  remediation: {
    text: 'Remove the public ACL grants and policy statements, or turn on IgnorePublicAcls and RestrictPublicBuckets for the bucket or the account. Serve public content through CloudFront with origin access control instead.',
    console: 'S3 > Buckets > <bucket> > Permissions: edit the bucket policy and the ACL, or Block public access (bucket settings) > Edit > Block all public access.',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  references: {
    securityHub: { ids: ['S3.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-2',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
    ],
  },
  reads: ['s3.bucketAcls', 's3.bucketPolicies', 's3.bucketPublicAccessBlocks', 's3.accountPublicAccessBlockRead', 'organizations.context'],
  evaluate({ 's3.bucketAcls': acls, 's3.bucketPolicies': policies, 's3.bucketPublicAccessBlocks': blocks, 's3.accountPublicAccessBlockRead': account, 'organizations.context': organization }, ctx) {
    return judgeBuckets(ctx, { acl: acls, policy: policies, block: blocks }, (bucket, values) => judgePublicAccess(ctx, bucket, values, account, 'read', organization));
  },
});
