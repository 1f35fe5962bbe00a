import { defineCheck } from '../define.js';
import { bucketRef, judgeBuckets } from '../lib/s3-buckets.js';

export default defineCheck({
  id: 's3-bucket-server-access-logging-enabled',
  title: 'S3 buckets have server access logging enabled',
  pillar: 'detection',
  service: 's3',
  severity: 'medium',
  resourceType: 'AWS::S3::Bucket',
  description: "The bucket's logging configuration has LoggingEnabled set, so S3 delivers server access logs to a target bucket. Log target buckets are evaluated like any other bucket.",
  risk: 'Without access logs there is no record of who read, wrote or deleted objects, which hides data theft and hampers incident response.',
  remediation: {
    text: 'Enable server access logging to a dedicated log bucket in the same Region and account (or enable CloudTrail S3 data events).',
    console: 'S3 > Buckets > <bucket> > Properties > Server access logging > Edit > Enable.',
    cli: 'aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<bucket>/"}}\'',
  },
  references: {
    securityHub: { ids: ['S3.9'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-9',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
    ],
  },
  reads: ['s3.bucketLogging'],
  evaluate({ 's3.bucketLogging': logging }, ctx) {
    return judgeBuckets(ctx, { logging }, (bucket, { logging: config }) => {
      if (!config) return ctx.fail(bucketRef(bucket), `Bucket ${bucket.name} does not have server access logging enabled.`);
      if (!config.TargetBucket) {
        return ctx.undetermined(bucketRef(bucket), `Could not evaluate bucket ${bucket.name}: its logging configuration names no target bucket, so where its access logs go is unknown.`);
      }
      const target = `${config.TargetBucket}${config.TargetPrefix ? `/${config.TargetPrefix.replace(/^\//, '')}` : ''}`;
      return ctx.pass(bucketRef(bucket), `Bucket ${bucket.name} delivers server access logs to ${target}.`);
    });
  },
});
