import { defineCheck } from '../define.js';
import { bucketRef, judgeBuckets } from '../lib/s3-buckets.js';
import { lifecycleSummary } from '../lib/s3-settings.js';

export default defineCheck({
  id: 's3-bucket-lifecycle-configured',
  title: 'S3 buckets have at least one enabled lifecycle rule',
  pillar: 'rest',
  service: 's3',
  severity: 'low',
  resourceType: 'AWS::S3::Bucket',
  description: 'The bucket has a lifecycle configuration with at least one rule whose Status is Enabled.',
  risk: 'Without lifecycle rules, data (and noncurrent versions) is kept forever: storage costs grow and data is retained past its useful or lawful life.',
  remediation: {
    text: 'Add a lifecycle rule that transitions or expires objects, and expires noncurrent versions, according to the retention policy of the data.',
    console: 'S3 > Buckets > <bucket> > Management > Lifecycle rules > Create lifecycle rule.',
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket <bucket> --lifecycle-configuration file://lifecycle.json',
  },
  references: {
    securityHub: { ids: ['S3.13'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-13',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html',
    ],
  },
  reads: ['s3.bucketLifecycleRules'],
  evaluate({ 's3.bucketLifecycleRules': lifecycle }, ctx) {
    return judgeBuckets(ctx, { lifecycle }, (bucket, { lifecycle: rules }) => {
      const summary = lifecycleSummary(rules);
      return summary.enabled.length
        ? ctx.pass(bucketRef(bucket), `Bucket ${bucket.name} has ${summary.text}.`)
        : ctx.fail(bucketRef(bucket), `Bucket ${bucket.name} has ${summary.text}.`);
    });
  },
});
