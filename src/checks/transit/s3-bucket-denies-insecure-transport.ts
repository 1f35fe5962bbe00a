import { defineCheck } from '../define.js';
import { matchesAllS3Actions, statementLabel } from '../lib/s3-access.js';
import { bucketRef, judgeBuckets, parseBucketPolicy } from '../lib/s3-buckets.js';
import { isTransportGuard, transportGuardNearMiss, type TransportGuardScope } from '../lib/secure-transport.js';
import { resourceCovers, type Statement } from '../../policy/document.js';

export default defineCheck({
  id: 's3-bucket-denies-insecure-transport',
  title: 'S3 bucket policies deny every request made over plain HTTP',
  pillar: 'transit',
  service: 's3',
  severity: 'medium',
  resourceType: 'AWS::S3::Bucket',
  description:
    'The bucket policy has Deny statements for every principal ("*") and all S3 actions (s3:* or *) on the bucket and its objects when aws:SecureTransport is false, with no other condition narrowing the deny.',
  risk: 'Without the deny, clients can read and write the bucket over unencrypted HTTP, exposing data and request signatures to anyone on the network path.',
  remediation: {
    text: 'Add a statement denying s3:* to Principal "*" on the bucket and bucket/* when aws:SecureTransport is false.',
    console: 'S3 > Buckets > <bucket> > Permissions > Bucket policy > Edit: add the Deny statement and save.',
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::<bucket>","arn:aws:s3:::<bucket>/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}\' (merge with the existing policy)',
  },
  references: {
    cis: { v5: '2.1.1', v3: '2.1.1' },
    securityHub: { ids: ['S3.5'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    ],
  },
  reads: ['s3.bucketPolicies'],
  evaluate({ 's3.bucketPolicies': policies }, ctx) {
    return judgeBuckets(ctx, { policy: policies }, (bucket, { policy: text }) => {
      const resource = bucketRef(bucket);
      const policy = parseBucketPolicy(text);
      if (!policy) return ctx.fail(resource, `Bucket ${bucket.name} has no bucket policy, so nothing denies requests made over plain HTTP.`);
      const denies = policy.statements.map((st, index) => ({ st, label: statementLabel(st, index) })).filter(({ st }) => qualifies(st));
      const onBucket = denies.filter(({ st }) => resourceCovers(st, bucket.arn));
      const onObjects = denies.filter(({ st }) => coversEveryObject(st, bucket.arn));
      if (onBucket.length && onObjects.length) {
        const labels = [...new Set([...onBucket, ...onObjects].map(({ label }) => label))].join(' and ');
        return ctx.pass(resource, `Bucket ${bucket.name} denies all S3 actions over plain HTTP to every principal (policy statement ${labels}).`);
      }
      if (denies.length) {
        const missing = onBucket.length ? 'its objects (bucket/*)' : onObjects.length ? 'the bucket itself' : 'the bucket or its objects';
        return ctx.fail(
          resource,
          `Bucket ${bucket.name} denies plain HTTP requests only partly: statement ${denies.map(({ label }) => label).join(' and ')} does not cover ${missing}.`,
        );
      }
      const why = policy.statements.flatMap((st, index) => nearMiss(st, statementLabel(st, index)) ?? []);
      return ctx.fail(
        resource,
        `Bucket ${bucket.name} has no policy statement denying all S3 actions to every principal when aws:SecureTransport is false${why.length ? `: ${why.join('; ')}` : ''}.`,
      );
    });
  },
});

/** What the S3 guard must deny: every S3 action (s3:* or *), under a Resource list. */
const S3_GUARD: TransportGuardScope = {
  coversActions: (st) => !!st.actions?.some(matchesAllS3Actions),
  resourceForm: (st) => st.resources !== undefined,
  tlsVersionKey: { key: 's3:tlsversion', display: 's3:TlsVersion' },
};

const qualifies = (st: Statement) => isTransportGuard(st, S3_GUARD);
const nearMiss = (st: Statement, label: string) => transportGuardNearMiss(st, label, S3_GUARD);

/** Covers `bucket/*` as a whole, not merely a literal `*` key (`bucket/?` would). */
function coversEveryObject(st: Statement, bucketArn: string): boolean {
  return resourceCovers(st, `${bucketArn}/*`) && resourceCovers(st, `${bucketArn}/any/object-key.txt`);
}
