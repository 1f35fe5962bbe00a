import { defineCheck } from '../define.js';
import { bucketRef, judgeBucket, joinBuckets } from '../../logic/s3-buckets.js';
import type { BucketAcl } from '../../data/datasets/s3.js';

export default defineCheck({
  id: 's3-bucket-acls-disabled',
  title: 'S3 buckets have ACLs disabled, or an ACL holding only the owner grant',
  pillar: 'iam',
  service: 's3',
  severity: 'medium',
  resourceType: 'AWS::S3::Bucket',
  description:
    "Object Ownership is BucketOwnerEnforced, which disables ACLs; otherwise the bucket ACL holds nothing but the owner's own FULL_CONTROL grant. Log-delivery grants of older logging buckets count as extra grants.",
  risk: 'ACLs grant access outside IAM and bucket policies, where it is easily overlooked; with ACLs enabled, objects uploaded by other accounts may stay owned by them.',
  remediation: {
    text: 'Set Object Ownership to Bucket owner enforced after moving any access that ACLs grant into the bucket policy (log delivery: grant logging.s3.amazonaws.com in the policy).',
    console: 'S3 > Buckets > <bucket> > Permissions > Object Ownership > Edit > ACLs disabled (recommended).',
    cli: 'aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
  },
  references: {
    securityHub: { ids: ['S3.12'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-12',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    ],
  },
  reads: ['s3.bucketOwnershipControls', 's3.bucketAcls'],
  evaluate({ 's3.bucketOwnershipControls': ownership, 's3.bucketAcls': acls }, ctx) {
    // With ACLs disabled the ACL is not consulted, so its read failing is no reason for an ERROR.
    return joinBuckets({ ownership, acl: acls }).map(({ bucket, results }) =>
      judgeBucket(ctx, bucket, () => {
        const resource = bucketRef(bucket);
        if (!results.ownership.ok) return ctx.error(resource, results.ownership.error, `bucket ${bucket.name}`);
        const setting = results.ownership.value?.Rules?.[0]?.ObjectOwnership;
        if (setting === 'BucketOwnerEnforced') return ctx.pass(resource, `Bucket ${bucket.name} has ACLs disabled (Object Ownership BucketOwnerEnforced).`);
        if (!results.acl.ok) return ctx.error(resource, results.acl.error, `bucket ${bucket.name}`);
        const state = setting ? `Object Ownership ${setting}` : 'no Object Ownership setting';
        const extra = extraGrants(results.acl.value);
        if (extra.length === 0) return ctx.pass(resource, `Bucket ${bucket.name} has ACLs enabled (${state}) but its ACL holds only the owner's FULL_CONTROL grant.`);
        return ctx.fail(resource, `Bucket ${bucket.name} has ACLs enabled (${state}) and its ACL grants ${extra.join(', ')}.`);
      }),
    );
  },
});

function extraGrants(acl: BucketAcl): string[] {
  const owner = acl.Owner?.ID;
  return (acl.Grants ?? []).flatMap((grant) => {
    const grantee = grant.Grantee;
    const isOwner = grantee?.Type === 'CanonicalUser' && owner !== undefined && grantee.ID === owner;
    if (isOwner && grant.Permission === 'FULL_CONTROL') return [];
    const who =
      grantee?.Type === 'Group'
        ? `the ${grantee.URI?.split('/').pop() ?? 'unnamed'} group`
        : isOwner
          ? 'the owner'
          : (grantee?.DisplayName ?? grantee?.EmailAddress ?? grantee?.ID ?? 'an unknown grantee');
    return [`${grant.Permission ?? 'a permission'} to ${who}`];
  });
}
