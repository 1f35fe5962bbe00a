import { defineCheck } from '../define.js';
import { bucketRef, judgeBuckets } from '../lib/s3-buckets.js';

export default defineCheck({
  id: 's3-bucket-object-lock-enabled',
  title: 'S3 buckets have Object Lock enabled',
  pillar: 'rest',
  service: 's3',
  severity: 'medium',
  resourceType: 'AWS::S3::Bucket',
  description: "The bucket's Object Lock configuration has ObjectLockEnabled set to Enabled. A bucket without an Object Lock configuration fails.",
  risk: 'Without Object Lock, objects can be deleted or overwritten before their retention period, by mistake or by anyone holding delete permissions.',
  remediation: {
    text: 'Enable Object Lock on the bucket (versioning must be on) and set a default retention mode and period that suits the data.',
    console: 'S3 > Buckets > <bucket> > Properties > Object Lock > Edit > Enable.',
    cli: 'aws s3api put-object-lock-configuration --bucket <bucket> --object-lock-configuration \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"GOVERNANCE","Days":30}}}\'',
  },
  references: {
    securityHub: { ids: ['S3.15'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-15',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
    ],
  },
  reads: ['s3.bucketObjectLock'],
  evaluate({ 's3.bucketObjectLock': objectLock }, ctx) {
    return judgeBuckets(ctx, { objectLock }, (bucket, { objectLock: config }) => {
      if (config?.ObjectLockEnabled !== 'Enabled') return ctx.fail(bucketRef(bucket), `Bucket ${bucket.name} does not have Object Lock enabled.`);
      const retention = config.Rule?.DefaultRetention;
      const period = retention?.Days !== undefined ? `${retention.Days} days` : retention?.Years !== undefined ? `${retention.Years} years` : undefined;
      const detail = retention?.Mode ? `, with default ${retention.Mode} retention${period ? ` of ${period}` : ''}` : ', with no default retention';
      return ctx.pass(bucketRef(bucket), `Bucket ${bucket.name} has Object Lock enabled${detail}.`);
    });
  },
});
