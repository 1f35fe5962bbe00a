import { defineCheck } from '../define.js';
import { bucketRef, judgeBuckets } from '../lib/s3-buckets.js';
import { notificationDestinations } from '../lib/s3-settings.js';

export default defineCheck({
  id: 's3-bucket-event-notifications-enabled',
  title: 'S3 buckets send event notifications to at least one destination',
  pillar: 'detection',
  service: 's3',
  severity: 'medium',
  resourceType: 'AWS::S3::Bucket',
  description: "The bucket's notification configuration has at least one SNS topic, SQS queue or Lambda function destination, or sends events to Amazon EventBridge.",
  risk: 'Without event notifications, changes to the bucket such as deletions or unexpected uploads go unnoticed until someone looks.',
  remediation: {
    text: 'Turn on EventBridge delivery for the bucket (all events, filtered by rules) or add an SNS, SQS or Lambda destination for the events that matter.',
    console: 'S3 > Buckets > <bucket> > Properties > Event notifications > Amazon EventBridge > Edit > On.',
    cli: 'aws s3api put-bucket-notification-configuration --bucket <bucket> --notification-configuration \'{"EventBridgeConfiguration":{}}\' (merge with existing destinations)',
  },
  references: {
    securityHub: { ids: ['S3.11'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-11',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html',
    ],
  },
  reads: ['s3.bucketNotifications'],
  evaluate({ 's3.bucketNotifications': notifications }, ctx) {
    return judgeBuckets(ctx, { notifications }, (bucket, { notifications: config }) => {
      const destinations = notificationDestinations(config);
      return destinations.length
        ? ctx.pass(bucketRef(bucket), `Bucket ${bucket.name} sends event notifications to ${destinations.join(', ')}.`)
        : ctx.fail(bucketRef(bucket), `Bucket ${bucket.name} has no event notification destination.`);
    });
  },
});
