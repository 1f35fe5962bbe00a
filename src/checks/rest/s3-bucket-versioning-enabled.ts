import { defineCheck } from '../define.js';
import { bucketRef, judgeBuckets } from '../lib/s3-buckets.js';

export default defineCheck({
  id: 's3-bucket-versioning-enabled',
  title: 'S3 buckets have versioning enabled',
  pillar: 'rest',
  service: 's3',
  severity: 'low',
  resourceType: 'AWS::S3::Bucket',
  description: 'Bucket versioning Status is Enabled. Suspended versioning, or versioning never enabled, fails.',
  risk: 'Without versioning an overwrite or delete, accidental or malicious (ransomware), destroys the only copy of the object.',
  remediation: {
    text: 'Enable versioning on the bucket and add a lifecycle rule that expires noncurrent versions to control cost.',
    console: 'S3 > Buckets > <bucket> > Properties > Bucket Versioning > Edit > Enable.',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled',
  },
  references: {
    securityHub: { ids: ['S3.14'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-14',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
    ],
  },
  reads: ['s3.bucketVersioning'],
  evaluate({ 's3.bucketVersioning': versioning }, ctx) {
    return judgeBuckets(ctx, { versioning }, (bucket, { versioning: { Status } }) => {
      if (Status === 'Enabled') return ctx.pass(bucketRef(bucket), `Bucket ${bucket.name} has versioning enabled.`);
      if (Status === 'Suspended') return ctx.fail(bucketRef(bucket), `Bucket ${bucket.name} has versioning suspended: new overwrites and deletes are not kept.`);
      return ctx.fail(bucketRef(bucket), `Bucket ${bucket.name} has never had versioning enabled.`);
    });
  },
});
