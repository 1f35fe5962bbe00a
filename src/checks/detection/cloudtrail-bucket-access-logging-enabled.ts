import { trailLabel, trailRef, unlistedRegionErrors } from '../lib/cloudtrail-trails.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudtrail-bucket-access-logging-enabled',
  title: 'The S3 bucket of every CloudTrail trail has server access logging enabled',
  pillar: 'detection',
  service: 'cloudtrail',
  severity: 'low',
  resourceType: 'AWS::CloudTrail::Trail',
  description:
    "For each trail, the S3 bucket receiving its log files (S3BucketName) has server access logging enabled. A bucket in another account (a log-archive account) usually cannot be read from this one: that is an ERROR naming the bucket, to be checked in the account that owns it.",
  risk: 'Without access logs on the trail bucket, nobody can tell who read, copied or deleted the audit logs themselves.',
  remediation: {
    text: "Enable server access logging on the trail's bucket, delivering to a separate bucket that the trail bucket's readers cannot modify.",
    console: 'S3 > the trail bucket > Properties > Server access logging > Edit > Enable; choose the target bucket.',
    cli: 'aws s3api put-bucket-logging --bucket <trail-bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<trail-bucket>/"}}\'',
  },
  references: {
    cis: { v5: '3.4', v3: '3.4' },
    securityHub: { ids: ['CloudTrail.7'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
    ],
  },
  reads: ['cloudtrail.trails', 'cloudtrail.unlistedRegions', 'cloudtrail.bucketLogging'],
  evaluate({ 'cloudtrail.trails': trails, 'cloudtrail.unlistedRegions': unlisted, 'cloudtrail.bucketLogging': logging }, ctx) {
    const loggingOf = new Map(logging.map((l) => [l.trail.TrailARN, l.result]));
    const judged = trails.map((trail) => {
      const resource = trailRef(trail);
      const label = trailLabel(trail);
      const read = loggingOf.get(trail.TrailARN);
      // Every trail delivers to an S3 bucket (CreateTrail requires one); an answer without it is missing data.
      if (!trail.S3BucketName) return ctx.undetermined(resource, `${label} reports no S3 bucket, so whether its log bucket records access is unknown.`);
      if (!read) return ctx.undetermined(resource, `The logging of bucket ${trail.S3BucketName} of ${label} was not read, so whether it records access is unknown.`);
      if (!read.ok) return ctx.error(resource, read.error, `bucket ${trail.S3BucketName} of trail ${resource.id}`);
      const { bucket, exists, logging: enabled } = read.value;
      if (!exists) {
        return ctx.fail(resource, `${label} delivers to bucket ${bucket}, which does not exist: a bucket created under that name by anyone could receive the logs.`);
      }
      return enabled
        ? ctx.pass(resource, `${label} delivers to bucket ${bucket}, which logs its access to bucket ${enabled.TargetBucket ?? 'unknown'}${enabled.TargetPrefix ? ` under ${enabled.TargetPrefix}` : ''}.`)
        : ctx.fail(resource, `${label} delivers to bucket ${bucket}, which does not have server access logging enabled.`);
    });
    return [...judged, ...unlistedRegionErrors(unlisted, ctx)];
  },
});
