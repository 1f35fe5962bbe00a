import type { AnalyzerSummary, FindingSummary } from '@aws-sdk/client-accessanalyzer';
import type { Finding } from '../../model.js';
import { EXTERNAL_TYPES } from '../../data/datasets/accessanalyzer.js';
import { regionRef } from '../lib/region-settings.js';
import { defineCheck } from '../define.js';

/** `3 AWS::S3::Bucket (1 public, 2 cross-account), 1 AWS::IAM::Role (cross-account)`. */
function countByType(findings: readonly FindingSummary[]): string {
  const byType = new Map<string, { public: number; crossAccount: number }>();
  for (const f of findings) {
    const counts = byType.get(f.resourceType ?? 'unknown type') ?? { public: 0, crossAccount: 0 };
    if (f.isPublic === true) counts.public++;
    else counts.crossAccount++;
    byType.set(f.resourceType ?? 'unknown type', counts);
  }
  return [...byType.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, c]) => {
      const parts = [c.public > 0 ? `${c.public} public` : '', c.crossAccount > 0 ? `${c.crossAccount} cross-account` : ''].filter(Boolean);
      const kinds = c.public > 0 && c.crossAccount > 0 ? parts.join(', ') : c.public > 0 ? 'public' : 'cross-account';
      return `${c.public + c.crossAccount} ${type} (${kinds})`;
    })
    .join(', ');
}

function analyzerRef(analyzer: AnalyzerSummary) {
  return { id: analyzer.name ?? analyzer.arn ?? 'unnamed', arn: analyzer.arn ?? analyzer.name ?? 'unknown' };
}

export default defineCheck({
  id: 'accessanalyzer-no-active-findings',
  title: 'Active external access analyzers have no active findings',
  pillar: 'iam',
  service: 'accessanalyzer',
  severity: 'medium',
  resourceType: 'AWS::AccessAnalyzer::Analyzer',
  description:
    'For each external access analyzer (type ACCOUNT or ORGANIZATION) with status ACTIVE, ListFindings with filter status ACTIVE, paged to the end, returns nothing. Archived and resolved findings are not counted. A FAIL counts the active findings by resource type and says which grant public access (isPublic) and which are cross-account. This is state, not configuration, and the only check that sees external access on resource types aws-posture does not model. ListFindings is used rather than ListFindingsV2 because only its summaries carry isPublic; both need access-analyzer:ListFindings.',
  risk: 'An active finding is a resource that someone outside the zone of trust (another account, or anyone) can access and that nobody has archived as intended: a public bucket, a role trusted by an unknown account, a shared snapshot.',
  remediation: {
    text: 'Review each active finding: remove the access when it is not intended, or archive the finding (or add an archive rule) when it is.',
    console: 'IAM > Access analyzer > Resource analysis > Active findings: open each finding, then fix the resource policy or choose Archive.',
    cli: 'aws accessanalyzer list-findings --analyzer-arn <analyzer-arn> --filter \'{"status":{"eq":["ACTIVE"]}}\' --region <region>',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-findings-view.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-archive-rules.html',
    ],
  },
  reads: ['accessanalyzer.analyzers', 'accessanalyzer.activeFindings'],
  evaluate({ 'accessanalyzer.analyzers': listings, 'accessanalyzer.activeFindings': perAnalyzer }, ctx) {
    const results: Finding[] = [];
    for (const type of EXTERNAL_TYPES) {
      const listed = listings[type];
      if (!listed.ok) results.push(ctx.error(regionRef(ctx, 'access-analyzer', 'analyzer'), listed.error, `the ${type} analyzers of ${ctx.region}`));
    }
    for (const { analyzer, findings } of perAnalyzer) {
      const resource = analyzerRef(analyzer);
      const name = `${analyzer.name ?? 'Analyzer'} (${analyzer.type})`;
      results.push(
        ctx.judge(resource, findings, (active) =>
          active.length === 0
            ? ctx.pass(resource, `Analyzer ${name} in ${ctx.region} has no active finding.`)
            : ctx.fail(resource, `Analyzer ${name} in ${ctx.region} has ${active.length} active finding${active.length === 1 ? '' : 's'}: ${countByType(active)}.`),
        ),
      );
    }
    if (results.length === 0) return ctx.notInScope('no active external access analyzer');
    return results;
  },
});
