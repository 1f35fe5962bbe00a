import { s3DataEventGap } from '../lib/cloudtrail-event-selectors.js';
import { accountTrailFinding, findAccountTrail, trailHomeRegion, trailName } from '../lib/cloudtrail-trails.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudtrail-s3-data-events-write',
  title: 'A logging multi-Region trail records S3 object-level write events for all buckets',
  pillar: 'detection',
  service: 'cloudtrail',
  severity: 'medium',
  resourceType: 'AWS::::Account',
  description:
    'One result for the account: a multi-Region trail that is logging records S3 data events (PutObject, DeleteObject and the like) of every bucket: a basic data resource of type AWS::S3::Object with value arn:aws:s3 or arn:aws:s3::: and ReadWriteType All or WriteOnly, or an advanced selector on eventCategory Data and resources.type AWS::S3::Object without resources.ARN, eventName or other filters. A list of named buckets does not count.',
  risk: 'Management events do not show who wrote, overwrote or deleted which objects; without object-level write events, tampering with or destruction of data in S3 leaves no trace.',
  remediation: {
    text: 'Add an S3 data event selector for all current and future buckets, write events included, to a multi-Region trail that is logging.',
    console: 'CloudTrail > Trails > the trail > Data events > Edit > Data event type S3, Log selector template "Log all events" (or "Log writeOnly events").',
    cli: 'aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors \'[{"Name":"Management","FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]}]},{"Name":"S3 objects","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]}]}]\'',
  },
  references: {
    cis: { v5: '3.8', v3: '3.8' },
    securityHub: { ids: ['S3.22'], standard: 'other' },
    docs: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html'],
  },
  reads: ['cloudtrail.trails', 'cloudtrail.trailStatuses', 'cloudtrail.eventSelectors'],
  evaluate({ 'cloudtrail.trails': trails, 'cloudtrail.trailStatuses': statuses, 'cloudtrail.eventSelectors': selectors }, ctx) {
    const verdict = findAccountTrail(trails, statuses, selectors, (s) => s3DataEventGap(s, 'write'));
    return [
      accountTrailFinding(
        ctx,
        verdict,
        (trail) => `Multi-Region trail ${trailName(trail)} (home ${trailHomeRegion(trail) ?? 'unknown'}) is logging and records S3 object-level write events for all buckets.`,
        'No multi-Region trail is logging and recording S3 object-level write events for all buckets',
      ),
    ];
  },
});
