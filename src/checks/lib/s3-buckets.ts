// How bucket checks turn per-bucket reads into findings: one finding per bucket, ERROR whenever a
// read the verdict needs failed, so a bucket is never passed or dropped on missing data.

import type { CheckContext, ResourceRef } from '../define.js';
import type { Fetched } from '../../data/dataset.js';
import type { PublicAccessBlockConfiguration } from '@aws-sdk/client-s3';
import type { Bucket, BucketAcl, PerBucket } from '../../data/datasets/s3.js';
import type { Finding } from '../../model.js';
import { parsePolicy, PolicyParseError, type PolicyDocument } from '../../policy/document.js';
import type { OrganizationContext } from '../../data/organization.js';
import { neutralisedText, rcpOutcome, unknownRcpText, type RcpOutcome } from '../../policy/rcp.js';
import { effectiveBlock, publicAccessVerdict, publicGrants, type Access } from './s3-access.js';

export function bucketRef(bucket: Bucket): ResourceRef {
  return { id: bucket.name, arn: bucket.arn, region: bucket.region };
}

type Reads = Record<string, readonly PerBucket<unknown>[]>;
type ValueOf<E> = E extends readonly PerBucket<infer T>[] ? T : never;
export type BucketValues<R extends Reads> = { [K in keyof R]: ValueOf<R[K]> };
export type BucketResults<R extends Reads> = { [K in keyof R]: Fetched<ValueOf<R[K]>> };

/**
 * Lines the reads up by bucket, in the order of the first read. A bucket missing from any read was
 * deleted between the listing and that read: it is left out, as the data layer leaves it out.
 */
export function joinBuckets<R extends Reads>(reads: R): Array<{ bucket: Bucket; results: BucketResults<R> }> {
  const names = Object.keys(reads) as Array<keyof R & string>;
  const [first] = names;
  if (first === undefined) return [];
  const byName = new Map(names.map((key) => [key, new Map(reads[key]!.map((entry) => [entry.bucket.name, entry.result]))]));
  return reads[first]!.flatMap(({ bucket }) => {
    const results = {} as Record<string, Fetched<unknown>>;
    for (const key of names) {
      const result = byName.get(key)!.get(bucket.name);
      if (!result) return [];
      results[key] = result;
    }
    return [{ bucket, results: results as BucketResults<R> }];
  });
}


/**
 * ERROR for a bucket whose region could not be read, then a verdict guarded against policies that
 * do not parse and answers of unexpected shape. Shared by judgeBuckets and checks that need only
 * some of their reads.
 */
export function judgeBucket(ctx: CheckContext, bucket: Bucket, verdict: () => Finding): Finding {
  const resource = bucketRef(bucket);
  if (bucket.locationError) return ctx.error(resource, bucket.locationError, `bucket ${bucket.name}`);
  try {
    return verdict();
  } catch (err) {
    if (err instanceof PolicyParseError) return ctx.undetermined(resource, `Could not evaluate bucket ${bucket.name}: its bucket policy does not parse (${err.message}).`);
    // An answer of a shape AWS does not give (an emulator's, say) spoils this bucket, not the whole check.
    const reason = err instanceof Error ? err.message : String(err);
    return ctx.undetermined(resource, `Could not evaluate bucket ${bucket.name}: S3 returned data of an unexpected shape (${reason}).`);
  }
}

/** One finding per bucket: ERROR when any of the reads failed for it, otherwise the verdict. */
export function judgeBuckets<R extends Reads>(ctx: CheckContext, reads: R, verdict: (bucket: Bucket, values: BucketValues<R>) => Finding): Finding[] {
  return joinBuckets(reads).map(({ bucket, results }) =>
    judgeBucket(ctx, bucket, () => {
      const values = {} as Record<string, unknown>;
      for (const [key, result] of Object.entries(results as Record<string, Fetched<unknown>>)) {
        if (!result.ok) return ctx.error(bucketRef(bucket), result.error, `bucket ${bucket.name}`);
        values[key] = result.value;
      }
      return verdict(bucket, values as BucketValues<R>);
    }),
  );
}

/** The bucket policy, parsed; null when the bucket has none. Throws PolicyParseError. */
export function parseBucketPolicy(text: string | null): PolicyDocument | null {
  return text === null ? null : parsePolicy(text);
}

/**
 * S3.2 or S3.3 on one bucket. Without the account-level Block Public Access the verdict still
 * stands when nothing is exposed (the account level can only neutralise more); an exposure it might
 * neutralise is unknown.
 */
export function judgePublicAccess(
  ctx: CheckContext,
  bucket: Bucket,
  values: { acl: BucketAcl; policy: string | null; block: PublicAccessBlockConfiguration | null },
  accountBlock: Fetched<PublicAccessBlockConfiguration | null>,
  access: Access,
  organization: OrganizationContext,
): Finding {
  const resource = bucketRef(bucket);
  const document = parseBucketPolicy(values.policy);
  const block = effectiveBlock(values.block, accountBlock.ok ? accountBlock.value : null);
  const grants = publicGrants({ acl: values.acl, policy: document, block, bucketArn: bucket.arn, owner: ctx.account.id });
  const verdict = publicAccessVerdict(bucket.name, grants, access, document !== null);
  if (!verdict.exposed) return ctx.pass(resource, verdict.message);
  // A resource control policy denying every outside principal neutralises what Block Public Access leaves.
  const effective = grants.filter((grant) => grant.access.includes(access) && !grant.neutralisedBy);
  const outcomes = effective.map((grant) => rcpOutcome(organization, { actions: grant.actions, service: 's3', resources: [bucket.arn, `${bucket.arn}/*`], anonymous: grant.anonymous }));
  if (outcomes.every((o) => o.kind === 'neutralised')) {
    const why = effective.map((grant, i) => `${grant.text}, but ${neutralisedText(outcomes[i] as Extract<RcpOutcome, { kind: 'neutralised' }>, grant.source === 'acl' ? 'bucket ACL' : 'bucket policy')}`);
    return ctx.pass(resource, `Bucket ${bucket.name} is not ${access === 'read' ? 'publicly readable' : 'publicly writable'}: ${why.join('; ')}.`);
  }
  if (!accountBlock.ok) {
    return ctx.error(resource, accountBlock.error, `bucket ${bucket.name} (it has a public grant that only the account-level Block Public Access could neutralise)`);
  }
  const unknown = outcomes.find((o) => o.kind === 'unknown');
  return ctx.fail(resource, `${verdict.message}${unknown?.kind === 'unknown' ? unknownRcpText(unknown) : ''}`);
}
