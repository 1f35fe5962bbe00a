import { trailHomeRegion, trailName, trailRef, unlistedRegionErrors } from '../lib/cloudtrail-trails.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudtrail-trail-multi-region',
  title: 'Every CloudTrail trail logs events from all Regions',
  pillar: 'detection',
  service: 'cloudtrail',
  severity: 'low',
  resourceType: 'AWS::CloudTrail::Trail',
  description:
    'Each trail is a multi-Region trail (IsMultiRegionTrail is true). A per-trail hygiene check: a single-Region trail fails even when another trail covers every Region; the CIS and Security Hub verdict belongs to cloudtrail-multi-region-trail-enabled.',
  risk: 'A single-Region trail misses activity in every other Region, including Regions enabled later, where an attacker can work unseen by that trail.',
  remediation: {
    text: 'Convert the trail to a multi-Region trail, or delete it if a multi-Region trail already records the same events.',
    console: 'Trails created in the CloudTrail console are multi-Region; convert an existing single-Region trail with the CLI.',
    cli: 'aws cloudtrail update-trail --name <trail> --is-multi-region-trail',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html'],
  },
  reads: ['cloudtrail.trails', 'cloudtrail.unlistedRegions'],
  evaluate({ 'cloudtrail.trails': trails, 'cloudtrail.unlistedRegions': unlisted }, ctx) {
    const judged = trails.map((trail) => {
      const home = trailHomeRegion(trail) ?? 'unknown';
      if (trail.IsMultiRegionTrail === true) return ctx.pass(trailRef(trail), `Trail ${trailName(trail)} is a multi-Region trail (home ${home}).`);
      // An omitted IsMultiRegionTrail reads as false, the documented default.
      return ctx.fail(trailRef(trail), `Trail ${trailName(trail)} logs only its home Region ${home}.`);
    });
    return [...judged, ...unlistedRegionErrors(unlisted, ctx)];
  },
});
