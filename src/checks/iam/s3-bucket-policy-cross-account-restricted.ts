import { defineCheck } from '../define.js';
import { insideOrganization, neutralisedText, rcpOutcome, unknownRcpText } from '../../policy/rcp.js';
import { crossAccountGrants, SENSITIVE_ACTIONS } from '../lib/s3-access.js';
import { bucketRef, judgeBuckets, parseBucketPolicy } from '../lib/s3-buckets.js';

export default defineCheck({
  id: 's3-bucket-policy-cross-account-restricted',
  title: 'S3 bucket policies grant no outside account the power to change access or encryption',
  pillar: 'iam',
  service: 's3',
  severity: 'high',
  resourceType: 'AWS::S3::Bucket',
  description: `No Allow statement of the bucket policy grants a principal outside the owner account (another account id or ARN, or everyone) any of ${SENSITIVE_ACTIONS.join(', ')}, directly or through a wildcard such as s3:Put*, s3:* or *. In an organization scan, a grant to a named account outside the organization that a resource control policy denies to every principal outside the organization no longer counts, naming the RCP; a grant to everyone stays a FAIL, since accounts inside the organization keep the access.`,
  risk: 'A principal outside the account that can change the bucket policy, ACLs or encryption can take the bucket over: grant itself or the public access, or lock the owner out of the data.',
  remediation: {
    text: 'Remove the sensitive actions from statements that name other accounts or everyone, or tie those statements to the owner account with an aws:PrincipalAccount condition.',
    console: 'S3 > Buckets > <bucket> > Permissions > Bucket policy > Edit.',
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://policy.json',
  },
  references: {
    securityHub: { ids: ['S3.6'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-6',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
    ],
  },
  reads: ['s3.bucketPolicies', 'organizations.context'],
  evaluate({ 's3.bucketPolicies': policies, 'organizations.context': organization }, ctx) {
    return judgeBuckets(ctx, { policy: policies }, (bucket, { policy: text }) => {
      const resource = bucketRef(bucket);
      const policy = parseBucketPolicy(text);
      if (!policy) return ctx.pass(resource, `Bucket ${bucket.name} has no bucket policy, so it grants nothing to other accounts.`);
      const grants = crossAccountGrants(policy, bucket.arn, ctx.account.id);
      if (grants.length === 0) return ctx.pass(resource, `Bucket ${bucket.name}'s policy grants none of the sensitive actions to principals outside account ${ctx.account.id}.`);
      // An RCP that denies every principal outside the organization stops named accounts outside it;
      // everyone is only narrowed to the organization, whose other accounts keep the access.
      const remarks: string[] = [];
      let unknownNote = '';
      const standing = grants.flatMap((g) => {
        const outcome = rcpOutcome(organization, { actions: g.actions, service: 's3', resources: [bucket.arn, `${bucket.arn}/*`], anonymous: false });
        if (outcome.kind === 'unknown') unknownNote = unknownRcpText(outcome);
        if (outcome.kind !== 'neutralised') return [g];
        const principals = g.principals.filter((p) => {
          const account = accountIn(p);
          const stopped = account !== undefined && insideOrganization(organization, account) === false;
          if (stopped) remarks.push(`statement ${g.label} allows ${g.actions.join(', ')} to ${p}, but ${neutralisedText(outcome, 'bucket policy')}`);
          else if (account === undefined && p.startsWith('everyone')) remarks.push(`resource control policy ${outcome.policy.name} narrows statement ${g.label} to the accounts of organization ${outcome.organizationId}, which keep the access`);
          return !stopped;
        });
        return principals.length ? [{ ...g, principals }] : [];
      });
      const rcpText = remarks.length ? ` ${capitalise(remarks.join('; '))}.` : '';
      if (standing.length === 0) return ctx.pass(resource, `Bucket ${bucket.name}'s policy grants sensitive actions outside account ${ctx.account.id} only to accounts outside the organization that an RCP shuts out:${rcpText}`);
      const detail = standing.map((g) => `statement ${g.label} allows ${g.actions.join(', ')} to ${g.principals.join(', ')}`).join('; ');
      return ctx.fail(resource, `Bucket ${bucket.name}'s policy lets principals outside account ${ctx.account.id} change its access or encryption: ${detail}.${rcpText}${unknownNote}`);
    });
  },
});

/** The account a principal of crossAccountGrants names: a 12-digit id or an IAM/STS ARN. */
function accountIn(principal: string): string | undefined {
  if (/^\d{12}$/.test(principal)) return principal;
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(principal)?.[1];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
