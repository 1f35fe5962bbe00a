import { managementEventGap } from '../lib/cloudtrail-event-selectors.js';
import { accountRef, accountTrailFinding, findAccountTrail, trailHomeRegion, trailName } from '../lib/cloudtrail-trails.js';
import type { OrganizationContext } from '../../data/organization.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudtrail-multi-region-trail-enabled',
  title: 'A logging multi-Region trail records all read and write management events',
  pillar: 'detection',
  service: 'cloudtrail',
  severity: 'high',
  resourceType: 'AWS::::Account',
  description:
    'One result for the account: at least one multi-Region trail is logging and records every management event, read and write, with no event source excluded. Basic selectors need IncludeManagementEvents true, ReadWriteType All and no ExcludeManagementEventSources; advanced selectors need eventCategory Management with no readOnly or eventSource filter. In an organization scan, an organization trail of the management account that is multi-Region, logging and records all read and write management events covers a member that cannot see it.',
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
  reads: ['cloudtrail.trails', 'cloudtrail.trailStatuses', 'cloudtrail.eventSelectors', 'organizations.context'],
  evaluate({ 'cloudtrail.trails': trails, 'cloudtrail.trailStatuses': statuses, 'cloudtrail.eventSelectors': selectors, 'organizations.context': organization }, ctx) {
    const verdict = findAccountTrail(trails, statuses, selectors, managementEventGap);
    if (verdict.kind !== 'pass') {
      // A member is logged by the management account's organization trail, which it may not see itself.
      const covering = organizationTrailCovering(organization);
      if (covering) return [ctx.pass(accountRef(ctx), covering)];
    }
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

/** The PASS message when an organization trail read by the management account logs this account as CIS asks. */
function organizationTrailCovering(organization: OrganizationContext): string | undefined {
  if (!organization.organizationTrails.known || !organization.organization) return undefined;
  const trail = organization.organizationTrails.value.find((t) => t.multiRegion && t.logging === true && t.selectors !== undefined && managementEventGap(t.selectors) === undefined);
  if (!trail) return undefined;
  return `Organization trail ${trail.name} of management account ${organization.organization.managementAccountId} (multi-Region, home ${trail.homeRegion}) logs this account: it is logging and records all read and write management events (read by the management account).`;
}
