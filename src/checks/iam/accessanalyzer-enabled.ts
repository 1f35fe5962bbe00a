import type { AnalyzerSummary } from '@aws-sdk/client-accessanalyzer';
import { activeExternal, EXTERNAL_TYPES, type AnalyzerListings } from '../../data/datasets/accessanalyzer.js';
import { otherRegions, regionRef } from '../lib/region-settings.js';
import { defineCheck } from '../define.js';

const hasActive = (listings: AnalyzerListings) => activeExternal(listings).length > 0;

function label(analyzer: AnalyzerSummary): string {
  const managed = analyzer.managedBy ? `, managed by ${analyzer.managedBy}` : '';
  return `${analyzer.name ?? analyzer.arn ?? 'unnamed'} (${analyzer.type}${managed})`;
}

/** Why a listed external access analyzer does not count. */
function whyNot(analyzer: AnalyzerSummary): string {
  const reason = analyzer.statusReason?.code ? `, ${analyzer.statusReason.code}` : '';
  if (analyzer.status === 'CREATING') return `${label(analyzer)} is being created (in progress)`;
  return `${label(analyzer)} is ${analyzer.status ?? 'of unknown status'}${reason}`;
}

export default defineCheck({
  id: 'accessanalyzer-enabled',
  title: 'An active IAM Access Analyzer external access analyzer exists in every scanned region',
  pillar: 'iam',
  service: 'accessanalyzer',
  severity: 'high',
  resourceType: 'AWS::AccessAnalyzer::Analyzer',
  description:
    'In each scanned region, ListAnalyzers (asked with type ACCOUNT and with type ORGANIZATION) shows at least one external access analyzer whose status is ACTIVE. Unused-access and internal-access analyzers do not count; CREATING (in progress), DISABLED (trusted access removed) and FAILED analyzers FAIL. Service-linked analyzers (managedBy set, for example by Security Hub) count. An organization analyzer is listed only in the management or delegated administrator account, so a member account without its own analyzer FAILs, as IAM.28 does; the message says an organization analyzer may cover it. A FAIL names the scanned regions that have an active analyzer.',
  risk: 'Without an external access analyzer in a region, resources there that are shared with other accounts or made public (S3 buckets, KMS keys, roles, queues, secrets, snapshots) are not continuously detected, so an accidental grant to the world can go unnoticed.',
  remediation: {
    text: 'Create an external access analyzer in every region: with zone of trust the organization from the delegated administrator, or the account in standalone accounts.',
    console: 'IAM > Access analyzer > Analyzer settings > Create analyzer: Findings type "External access analysis", zone of trust the account or organization (in each region).',
    cli: 'aws accessanalyzer create-analyzer --analyzer-name external-access --type ACCOUNT --region <region>',
  },
  references: {
    cis: { v5: '1.19', v3: '1.20' },
    securityHub: { ids: ['IAM.28'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-28',
    ],
  },
  reads: ['accessanalyzer.analyzers', 'accessanalyzer.analyzersByRegion'],
  evaluate({ 'accessanalyzer.analyzers': listings, 'accessanalyzer.analyzersByRegion': everywhere }, ctx) {
    const resource = regionRef(ctx, 'access-analyzer', 'analyzer');
    const active = activeExternal(listings);
    if (active.length > 0) return [ctx.pass(resource, `IAM Access Analyzer has an active external access analyzer in ${ctx.region}: ${active.map(label).join(', ')}.`)];
    const failedListing = EXTERNAL_TYPES.map((type) => listings[type]).find((l) => !l.ok);
    if (failedListing && !failedListing.ok) return [ctx.error(resource, failedListing.error, `the external access analyzers of ${ctx.region}`)];
    const listed = EXTERNAL_TYPES.flatMap((type) => (listings[type].ok ? listings[type].value : []));
    const what = listed.length > 0 ? listed.map(whyNot).join('; ') : 'no external access analyzer';
    const orgNote = listed.some((a) => a.type === 'ORGANIZATION') ? '' : ' An organization analyzer may cover this account; it is not visible from here.';
    return [ctx.fail(resource, `No active external access analyzer in ${ctx.region}: ${what}.${orgNote} ${otherRegions(everywhere, 'an active external access analyzer exists', hasActive)}`)];
  },
});
