import { defineCheck } from '../define.js';
import { bucketRef, judgeBuckets } from '../lib/s3-buckets.js';
import { defaultEncryption, unrecognisedAlgorithms } from '../lib/s3-settings.js';

export default defineCheck({
  id: 's3-bucket-kms-encryption',
  title: 'S3 buckets encrypt by default with a KMS key (SSE-KMS or DSSE-KMS)',
  pillar: 'rest',
  service: 's3',
  severity: 'medium',
  resourceType: 'AWS::S3::Bucket',
  description: "The bucket's default encryption algorithm is aws:kms or aws:kms:dsse. SSE-S3 (AES256) or no default encryption fails.",
  risk: 'With SSE-S3 anyone allowed to read an object can decrypt it; a KMS key adds a second, audited permission (kms:Decrypt) and lets you revoke access to the data by disabling the key.',
  remediation: {
    text: 'Set the bucket default encryption to SSE-KMS with a customer managed key, and enable S3 Bucket Keys to limit KMS request costs.',
    console: 'S3 > Buckets > <bucket> > Properties > Default encryption > Edit > SSE-KMS.',
    cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<key-arn>"},"BucketKeyEnabled":true}]}\'',
  },
  references: {
    securityHub: { ids: ['S3.17'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-17',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
    ],
  },
  reads: ['s3.bucketEncryption'],
  evaluate({ 's3.bucketEncryption': encryption }, ctx) {
    return judgeBuckets(ctx, { encryption }, (bucket, { encryption: config }) => {
      const rule = defaultEncryption(config);
      const unreadable = unrecognisedAlgorithms(config);
      if (!rule && unreadable.length > 0) {
        return ctx.undetermined(bucketRef(bucket), `Could not evaluate bucket ${bucket.name}: its default encryption names the unrecognised algorithm ${unreadable.join(', ')}.`);
      }
      if (!rule) return ctx.fail(bucketRef(bucket), `Bucket ${bucket.name} has no default encryption rule, so it does not encrypt with a KMS key.`);
      if (!rule.kms) return ctx.fail(bucketRef(bucket), `Bucket ${bucket.name} encrypts by default with ${rule.description}, not with a KMS key.`);
      return ctx.pass(bucketRef(bucket), `Bucket ${bucket.name} encrypts new objects by default with ${rule.description}.`);
    });
  },
});
