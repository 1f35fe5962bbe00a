import { defineCheck } from '../define.js';
import { bucketRef, judgeBucket, joinBuckets } from '../lib/s3-buckets.js';
import type { BucketAcl } from '../../data/datasets/s3.js';
import { granteeKind, permissionOf } from '../lib/s3-access.js';

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
        if (setting?.toLowerCase() === 'bucketownerenforced') return ctx.pass(resource, `Bucket ${bucket.name} has ACLs disabled (Object Ownership BucketOwnerEnforced).`);
        if (!results.acl.ok) return ctx.error(resource, results.acl.error, `bucket ${bucket.name}`);
        const state = setting ? `Object Ownership ${setting}` : 'no Object Ownership setting';
        const { extra, unattributed } = readGrants(results.acl.value);
        if (extra.length > 0) return ctx.fail(resource, `Bucket ${bucket.name} has ACLs enabled (${state}) and its ACL grants ${extra.join(', ')}.`);
        if (unattributed.length > 0) {
          return ctx.undetermined(
            resource,
            `Could not evaluate bucket ${bucket.name}: its ACL grants FULL_CONTROL to canonical user ${unattributed.join(', ')}, but S3 did not name the bucket owner (no Owner in GetBucketAcl), so whether that is the owner's own grant is unknown.`,
          );
        }
        if ((results.acl.value.Grants ?? []).length === 0) return ctx.pass(resource, `Bucket ${bucket.name} has ACLs enabled (${state}) but its ACL holds no grant.`);
        return ctx.pass(resource, `Bucket ${bucket.name} has ACLs enabled (${state}) but its ACL holds only the owner's FULL_CONTROL grant.`);
      }),
    );
  },
});

/**
 * Grants besides the owner's own FULL_CONTROL, described; and FULL_CONTROL grants to canonical
 * users that cannot be told from the owner's because the answer named no owner.
 */
function readGrants(acl: BucketAcl): { extra: string[]; unattributed: string[] } {
  const owner = acl.Owner?.ID;
  const extra: string[] = [];
  const unattributed: string[] = [];
  for (const grant of acl.Grants ?? []) {
    const grantee = grant.Grantee;
    const kind = granteeKind(grantee);
    const permission = permissionOf(grant);
    const isOwner = kind === 'CanonicalUser' && owner !== undefined && grantee?.ID === owner;
    if (kind === 'CanonicalUser' && permission === 'FULL_CONTROL') {
      if (isOwner) continue;
      if (owner === undefined) {
        unattributed.push(grantee?.ID ?? '(no id)');
        continue;
      }
    }
    const who =
      kind === 'Group'
        ? `the ${grantee?.URI?.split('/').pop() || 'unnamed'} group`
        : isOwner
          ? 'the owner'
          : (grantee?.DisplayName ?? grantee?.EmailAddress ?? grantee?.ID ?? 'an unknown grantee');
    extra.push(`${permission ?? 'a permission'} to ${who}`);
  }
  return { extra, unattributed };
}
