import type { TrailStatus } from '../../data/datasets/cloudtrail.js';
import type { Fetched } from '../../data/dataset.js';
import { trailLabel, trailRef, unlistedRegionErrors } from '../lib/cloudtrail-trails.js';
import { defineCheck } from '../define.js';

const HOUR_MS = 3_600_000;

/** The age of the last delivery to CloudWatch Logs, reported but not judged (CloudTrail.5 does not). */
function deliveryNote(status: Fetched<TrailStatus> | undefined, now: Date): string {
  if (!status?.ok) return ' Its last delivery to CloudWatch Logs could not be read.';
  const last = status.value.LatestCloudWatchLogsDeliveryTime;
  const error = status.value.LatestCloudWatchLogsDeliveryError;
  const errorNote = error ? ` The last delivery attempt failed with ${error}.` : '';
  if (!last) return ` CloudTrail reports no delivery to CloudWatch Logs yet.${errorNote}`;
  const hours = Math.max(0, Math.floor((now.getTime() - last.getTime()) / HOUR_MS));
  const age = hours < 1 ? 'less than an hour' : hours < 48 ? `${hours} hour${hours === 1 ? '' : 's'}` : `${Math.floor(hours / 24)} days`;
  return ` Its last delivery to CloudWatch Logs was ${age} ago (${last.toISOString()}).${errorNote}`;
}

export default defineCheck({
  id: 'cloudtrail-cloudwatch-logs-integrated',
  title: 'CloudTrail trails send their events to CloudWatch Logs',
  pillar: 'detection',
  service: 'cloudtrail',
  severity: 'low',
  resourceType: 'AWS::CloudTrail::Trail',
  description:
    'Each trail delivers its events to a CloudWatch Logs log group (CloudWatchLogsLogGroupArn is set). The age of the last delivery is reported in the message but does not decide the result.',
  risk: 'Without CloudWatch Logs, the metric filters and alarms that warn of root use, policy changes or failed sign-ins in near real time cannot be built on the trail.',
  remediation: {
    text: 'Configure the trail to send events to a CloudWatch Logs log group, with an IAM role CloudTrail can assume to write to it.',
    console: 'CloudTrail > Trails > the trail > CloudWatch Logs > Edit > Enabled; choose or create the log group and role.',
    cli: 'aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn <log-group-arn> --cloud-watch-logs-role-arn <role-arn>',
  },
  references: {
    securityHub: { ids: ['CloudTrail.5'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html'],
  },
  reads: ['cloudtrail.trails', 'cloudtrail.unlistedRegions', 'cloudtrail.trailStatuses'],
  evaluate({ 'cloudtrail.trails': trails, 'cloudtrail.unlistedRegions': unlisted, 'cloudtrail.trailStatuses': statuses }, ctx) {
    const statusOf = new Map(statuses.map((s) => [s.trail.TrailARN, s.result]));
    const judged = trails.map((trail) =>
      trail.CloudWatchLogsLogGroupArn
        ? ctx.pass(
            trailRef(trail),
            `${trailLabel(trail)} sends its events to CloudWatch Logs log group ${trail.CloudWatchLogsLogGroupArn}.${deliveryNote(statusOf.get(trail.TrailARN), ctx.now)}`,
          )
        : ctx.fail(trailRef(trail), `${trailLabel(trail)} does not send its events to CloudWatch Logs.`),
    );
    return [...judged, ...unlistedRegionErrors(unlisted, ctx)];
  },
});
