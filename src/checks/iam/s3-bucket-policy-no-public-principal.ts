import type { PublicAccessBlockConfiguration } from '@aws-sdk/client-s3';
import type { Fetched } from '../../data/dataset.js';
import { actionsText } from '../../policy/pinning.js';
import { allowAudiences, effectiveBlock, levelsText } from '../lib/s3-access.js';
import { bucketRef, judgeBuckets, parseBucketPolicy } from '../lib/s3-buckets.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 's3-bucket-policy-no-public-principal',
  title: 'S3 bucket policies allow nothing to everyone unless a condition pins the caller',
  pillar: 'iam',
  service: 's3',
  severity: 'high',
  resourceType: 'AWS::S3::Bucket',
  description:
    'The bucket policy has no Allow statement to everyone (Principal "*", {"AWS": "*"} or NotPrincipal) unless a condition pins the caller to a network, account, organization or known resource (aws:SourceIp narrower than /0, aws:SourceVpc, aws:SourceVpce, aws:PrincipalAccount, aws:PrincipalOrgID, aws:PrincipalArn, aws:SourceAccount, aws:SourceArn and the other keys of the shared reading; values made of wildcards that match any account do not pin). Service and Federated principals are not everyone. Unlike s3-bucket-no-public-read and -write, every action counts and Block Public Access does not change the verdict: the message says when RestrictPublicBuckets makes the grant ineffective. A bucket without a policy passes.',
  risk: 'A statement open to "*" is one edit (or one Block Public Access change) away from public exposure, and often already exposes more actions than intended; CIS v7 asks that no resource policy allow unrestricted access through Principal "*".',
  remediation: {
    text: 'Name the principals that need access, or add a condition that pins the caller (aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce, aws:SourceArn with aws:SourceAccount for services).',
    console: 'S3 > Buckets > <bucket> > Permissions > Bucket policy > Edit.',
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://policy.json',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
    ],
  },
  reads: ['s3.bucketPolicies', 's3.bucketPublicAccessBlocks', 's3.accountPublicAccessBlockRead'],
  evaluate({ 's3.bucketPolicies': policies, 's3.bucketPublicAccessBlocks': blocks, 's3.accountPublicAccessBlockRead': account }, ctx) {
    // Block Public Access does not decide the verdict, so an unreadable setting only leaves it out of the message.
    const blockOf = new Map(blocks.map(({ bucket, result }) => [bucket.name, result]));
    const settled = <T>(read: Fetched<T> | undefined) => (read?.ok ? read.value : null);
    return judgeBuckets(ctx, { policy: policies }, (bucket, { policy: text }) => {
      const resource = bucketRef(bucket);
      const policy = parseBucketPolicy(text);
      if (!policy) return ctx.pass(resource, `Bucket ${bucket.name} has no bucket policy.`);
      const open = allowAudiences(policy, bucket.arn, ctx.account.id).filter((a) => a.everyone);
      const unpinned = open.filter((a) => a.pinnedBy.length === 0);
      if (unpinned.length === 0) {
        if (open.length === 0) return ctx.pass(resource, `Bucket ${bucket.name}'s policy allows nothing to everyone.`);
        const keys = [...new Set(open.flatMap((a) => a.pinnedBy))].join(', ');
        return ctx.pass(resource, `Bucket ${bucket.name}'s policy allows to everyone only under conditions that pin the caller (${keys}).`);
      }
      const detail = unpinned
        .map((a) => `statement ${a.label} allows ${actionsText(a.statement)} to ${a.viaNotPrincipal ? 'everyone not named in its NotPrincipal' : 'everyone'}`)
        .join('; ');
      const restrict = effectiveBlock(settled(blockOf.get(bucket.name) as Fetched<PublicAccessBlockConfiguration | null> | undefined), settled(account)).RestrictPublicBuckets;
      const ineffective = restrict.length
        ? ` RestrictPublicBuckets (${levelsText(restrict)}) makes the grant ineffective for callers outside the account for now, but it stays in the policy and returns if the block is lifted.`
        : '';
      return ctx.fail(resource, `Bucket ${bucket.name}'s policy allows access to everyone with no condition that pins the caller: ${detail}.${ineffective}`);
    });
  },
});
