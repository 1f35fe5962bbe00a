import { defineCheck } from '../define.js';
import { judgeBuckets, judgePublicAccess } from '../lib/s3-buckets.js';

export default defineCheck({
  id: 's3-bucket-no-public-write',
  title: 'S3 buckets let nobody public write, delete or change their ACL or policy',
  pillar: 'prevention',
  service: 's3',
  severity: 'critical',
  resourceType: 'AWS::S3::Bucket',
  description:
    'Neither the bucket ACL (WRITE, WRITE_ACP or FULL_CONTROL to AllUsers or AuthenticatedUsers) nor the bucket policy (an Allow of s3:Put* or s3:Delete* actions to everyone, not pinned by a condition on network, account or organization) lets everyone write, delete, or change ACLs or policy, once the effective Block Public Access settings (bucket or account) are applied. In an organization scan, a grant that a resource control policy denies to every principal outside the organization passes, naming the RCP; a member-account scan cannot read RCPs and its FAIL says so. RCPs never apply to the management account.',
  risk: 'Anyone can overwrite or delete the data, plant malware or illegal content served under your name, or take the bucket over by rewriting its ACL or policy.',
  remediation: {
    text: 'Remove the public ACL grants and policy statements, or turn on IgnorePublicAcls and RestrictPublicBuckets for the bucket or the account. Grant uploads to named principals or through presigned URLs.',
    console: 'S3 > Buckets > <bucket> > Permissions: edit the bucket policy and the ACL, or Block public access (bucket settings) > Edit > Block all public access.',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  references: {
    securityHub: { ids: ['S3.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-3',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
    ],
  },
  reads: ['s3.bucketAcls', 's3.bucketPolicies', 's3.bucketPublicAccessBlocks', 's3.accountPublicAccessBlockRead', 'organizations.context'],
  evaluate({ 's3.bucketAcls': acls, 's3.bucketPolicies': policies, 's3.bucketPublicAccessBlocks': blocks, 's3.accountPublicAccessBlockRead': account, 'organizations.context': organization }, ctx) {
    return judgeBuckets(ctx, { acl: acls, policy: policies, block: blocks }, (bucket, values) => judgePublicAccess(ctx, bucket, values, account, 'write', organization));
  },
});
