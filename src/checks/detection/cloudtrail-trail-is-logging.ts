import { trailLabel, trailName, trailRef, unlistedRegionErrors } from '../lib/cloudtrail-trails.js';
import { defineCheck } from '../define.js';

const day = (date: Date) => date.toISOString().slice(0, 10);

export default defineCheck({
  id: 'cloudtrail-trail-is-logging',
  title: 'Every CloudTrail trail is logging',
  pillar: 'detection',
  service: 'cloudtrail',
  severity: 'high',
  resourceType: 'AWS::CloudTrail::Trail',
  description: 'Each trail is recording events (GetTrailStatus IsLogging is true), read in the trail\'s home Region.',
  risk: 'A stopped trail records nothing: stopping logging is a classic first step of an intruder, and a trail left stopped gives a false sense of coverage.',
  remediation: {
    text: 'Start logging on the trail, then find out who stopped it and when (StopLogging events in the event history).',
    console: 'CloudTrail > Trails > the trail > Start logging.',
    cli: 'aws cloudtrail start-logging --name <trail-arn>',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetTrailStatus.html'],
  },
  reads: ['cloudtrail.trailStatuses', 'cloudtrail.unlistedRegions'],
  evaluate({ 'cloudtrail.trailStatuses': statuses, 'cloudtrail.unlistedRegions': unlisted }, ctx) {
    const judged = statuses.map(({ trail, result }) =>
      ctx.judge(trailRef(trail), result, (status) => {
        if (status.IsLogging === true) return ctx.pass(trailRef(trail), `${trailLabel(trail)} is logging.`);
        if (status.IsLogging === undefined)
          return ctx.undetermined(trailRef(trail), `CloudTrail answered GetTrailStatus for ${trailName(trail)} without IsLogging, so whether the trail is logging is unknown.`);
        return ctx.fail(
          trailRef(trail),
          `${trailLabel(trail)} is not logging${status.StopLoggingTime ? `: logging was stopped on ${day(status.StopLoggingTime)}` : ''}.`,
        );
      }),
    );
    return [...judged, ...unlistedRegionErrors(unlisted, ctx)];
  },
});
