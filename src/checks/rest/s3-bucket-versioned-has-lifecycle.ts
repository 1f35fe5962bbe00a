import { defineCheck } from '../define.js';
import { bucketRef, judgeBucket, joinBuckets } from '../lib/s3-buckets.js';
import { lifecycleSummary } from '../lib/s3-settings.js';

export default defineCheck({
  id: 's3-bucket-versioned-has-lifecycle',
  title: 'Versioned S3 buckets have at least one enabled lifecycle rule',
  pillar: 'rest',
  service: 's3',
  severity: 'medium',
  resourceType: 'AWS::S3::Bucket',
  description: 'A bucket with versioning Enabled has at least one lifecycle rule whose Status is Enabled. Buckets without versioning enabled are not evaluated.',
  risk: 'A versioned bucket keeps every overwritten and deleted object as a noncurrent version; without a lifecycle rule they accumulate without limit in cost and retained data.',
  remediation: {
    text: 'Add a lifecycle rule that expires noncurrent versions (NoncurrentVersionExpiration) and cleans up expired delete markers.',
    console: 'S3 > Buckets > <bucket> > Management > Lifecycle rules > Create lifecycle rule > Permanently delete noncurrent versions of objects.',
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket <bucket> --lifecycle-configuration \'{"Rules":[{"ID":"expire-noncurrent","Status":"Enabled","Filter":{},"NoncurrentVersionExpiration":{"NoncurrentDays":90}}]}\'',
  },
  references: {
    securityHub: { ids: ['S3.10'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-10',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-configuration-examples.html',
    ],
  },
  reads: ['s3.bucketVersioning', 's3.bucketLifecycleRules'],
  evaluate({ 's3.bucketVersioning': versioning, 's3.bucketLifecycleRules': lifecycle }, ctx) {
    // The lifecycle read matters only for versioned buckets: its failure on another bucket is no ERROR.
    return joinBuckets({ versioning, lifecycle }).flatMap(({ bucket, results }) => {
      const resource = bucketRef(bucket);
      if (!bucket.locationError && results.versioning.ok && results.versioning.value.Status !== 'Enabled') return [];
      return [
        judgeBucket(ctx, bucket, () => {
          if (!results.versioning.ok) return ctx.error(resource, results.versioning.error, `bucket ${bucket.name}`);
          if (!results.lifecycle.ok) return ctx.error(resource, results.lifecycle.error, `bucket ${bucket.name}`);
          const summary = lifecycleSummary(results.lifecycle.value);
          return summary.enabled.length
            ? ctx.pass(resource, `Versioned bucket ${bucket.name} has ${summary.text}.`)
            : ctx.fail(resource, `Versioned bucket ${bucket.name} has ${summary.text}, so noncurrent versions accumulate without limit.`);
        }),
      ];
    });
  },
});
