import { managementEventGap } from '../lib/cloudtrail-event-selectors.js';
import { accountTrailFinding, findAccountTrail, trailHomeRegion, trailName } from '../lib/cloudtrail-trails.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudtrail-multi-region-trail-enabled',
  title: 'A logging multi-Region trail records all read and write management events',
  pillar: 'detection',
  service: 'cloudtrail',
  severity: 'high',
  resourceType: 'AWS::::Account',
  description:
    'One result for the account: at least one multi-Region trail is logging and records every management event, read and write, with no event source excluded. Basic selectors need IncludeManagementEvents true, ReadWriteType All and no ExcludeManagementEventSources; advanced selectors need eventCategory Management with no readOnly or eventSource filter.',
  risk: 'Without a trail that records all management activity in every Region, changes to IAM, networking, encryption keys or the trails themselves can go unrecorded and cannot be investigated.',
  remediation: {
    text: 'Create a multi-Region trail (or convert an existing one) that records all read and write management events without exclusions, and start logging on it.',
    console: 'CloudTrail > Trails > Create trail; under Management events choose Read and Write and leave AWS KMS and Amazon RDS Data API events included.',
    cli: 'aws cloudtrail create-trail --name <trail> --s3-bucket-name <bucket> --is-multi-region-trail && aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\' && aws cloudtrail start-logging --name <trail>',
  },
  references: {
    cis: { v5: '3.1', v3: '3.1' },
    securityHub: { ids: ['CloudTrail.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html',
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
    ],
  },
  reads: ['cloudtrail.trails', 'cloudtrail.trailStatuses', 'cloudtrail.eventSelectors'],
  evaluate({ 'cloudtrail.trails': trails, 'cloudtrail.trailStatuses': statuses, 'cloudtrail.eventSelectors': selectors }, ctx) {
    const verdict = findAccountTrail(trails, statuses, selectors, managementEventGap);
    return [
      accountTrailFinding(
        ctx,
        verdict,
        (trail) => `Multi-Region trail ${trailName(trail)} (home ${trailHomeRegion(trail) ?? 'unknown'}) is logging and records all read and write management events.`,
        'No multi-Region trail is logging and recording all read and write management events',
      ),
    ];
  },
});
