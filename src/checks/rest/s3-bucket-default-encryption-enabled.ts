import { defineCheck } from '../define.js';
import { bucketRef, judgeBuckets } from '../lib/s3-buckets.js';
import { defaultEncryption, unrecognisedAlgorithms } from '../lib/s3-settings.js';

export default defineCheck({
  id: 's3-bucket-default-encryption-enabled',
  title: 'S3 buckets have a default encryption rule',
  pillar: 'rest',
  service: 's3',
  severity: 'medium',
  resourceType: 'AWS::S3::Bucket',
  description:
    'The bucket has a default server-side encryption rule (AES256, aws:kms or aws:kms:dsse). AWS has applied SSE-S3 to every bucket since January 2023, which is why Security Hub retired S3.4; S3-compatible endpoints and emulators can still lack it.',
  risk: 'Objects written without an encryption header are stored unencrypted, readable by anyone who obtains the underlying storage or a copy.',
  remediation: {
    text: 'Set default encryption on the bucket, with SSE-S3 or preferably SSE-KMS with a customer managed key.',
    console: 'S3 > Buckets > <bucket> > Properties > Default encryption > Edit.',
    cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms"},"BucketKeyEnabled":true}]}\'',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html'],
  },
  reads: ['s3.bucketEncryption'],
  evaluate({ 's3.bucketEncryption': encryption }, ctx) {
    return judgeBuckets(ctx, { encryption }, (bucket, { encryption: config }) => {
      const rule = defaultEncryption(config);
      const unreadable = unrecognisedAlgorithms(config);
      if (!rule && unreadable.length > 0) {
        return ctx.undetermined(bucketRef(bucket), `Could not evaluate bucket ${bucket.name}: its default encryption names the unrecognised algorithm ${unreadable.join(', ')}.`);
      }
      if (!rule) return ctx.fail(bucketRef(bucket), `Bucket ${bucket.name} has no default encryption rule, so objects uploaded without encryption headers are stored unencrypted.`);
      return ctx.pass(bucketRef(bucket), `Bucket ${bucket.name} encrypts new objects by default with ${rule.description}.`);
    });
  },
});
