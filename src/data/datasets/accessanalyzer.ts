import type { AnalyzerSummary, FindingSummary } from '@aws-sdk/client-accessanalyzer';
import { AwsCallError } from '../../aws/errors.js';
import { defineDataset, type FetchContext, type Fetched } from '../dataset.js';
import { readEveryRegion, type RegionRead } from '../region-reads.js';

/** The external access analyzer types: ListAnalyzers is asked for each. */
export const EXTERNAL_TYPES = ['ACCOUNT', 'ORGANIZATION'] as const;
export type ExternalType = (typeof EXTERNAL_TYPES)[number];

/** The analyzers of one region, per type asked, each listing kept on its own. */
export type AnalyzerListings = Record<ExternalType, Fetched<AnalyzerSummary[]>>;

export interface AnalyzerFindings {
  analyzer: AnalyzerSummary;
  /** The analyzer's findings with status ACTIVE. */
  findings: Fetched<FindingSummary[]>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'accessanalyzer.analyzers': AnalyzerListings;
    'accessanalyzer.analyzersByRegion': Array<RegionRead<AnalyzerListings>>;
    /** Active findings of each ACTIVE external access analyzer of the region. */
    'accessanalyzer.activeFindings': AnalyzerFindings[];
  }
}

async function listing(ctx: FetchContext, type: ExternalType): Promise<Fetched<AnalyzerSummary[]>> {
  try {
    const analyzers = await ctx.list<AnalyzerSummary>('accessanalyzer:ListAnalyzers', { type }, 'analyzers');
    // The type filter is the service's; an endpoint that ignores it must not bring in unused-access
    // or internal-access analyzers.
    return { ok: true, value: analyzers.filter((a) => a.type === type) };
  } catch (err) {
    if (err instanceof AwsCallError) return { ok: false, error: err.info };
    throw err;
  }
}

/**
 * ListAnalyzers with type ACCOUNT and with type ORGANIZATION. An organization analyzer is listed only
 * in the account that created it (the management account or the delegated administrator).
 */
export const analyzers = defineDataset({
  id: 'accessanalyzer.analyzers',
  scope: 'regional',
  operations: ['accessanalyzer:ListAnalyzers'],
  async fetch(ctx) {
    const [account, organization] = await Promise.all(EXTERNAL_TYPES.map((type) => listing(ctx, type)));
    return { ACCOUNT: account!, ORGANIZATION: organization! };
  },
});

export const analyzersByRegion = defineDataset({
  id: 'accessanalyzer.analyzersByRegion',
  scope: 'global',
  operations: [],
  deps: ['accessanalyzer.analyzers'],
  fetch: (ctx) => readEveryRegion(ctx, 'accessanalyzer.analyzers'),
});

/** The analyzers whose findings are read: external access, status ACTIVE. */
export function activeExternal(listings: AnalyzerListings): AnalyzerSummary[] {
  return EXTERNAL_TYPES.flatMap((type) => {
    const listed = listings[type];
    return listed.ok ? listed.value.filter((a) => a.status === 'ACTIVE') : [];
  });
}

/** ListFindings with filter status ACTIVE, per active external analyzer; an analyzer deleted meanwhile is dropped. */
export const activeFindings = defineDataset({
  id: 'accessanalyzer.activeFindings',
  scope: 'regional',
  operations: ['accessanalyzer:ListFindings'],
  deps: ['accessanalyzer.analyzers'],
  async fetch(ctx) {
    const active = activeExternal(await ctx.get('accessanalyzer.analyzers'));
    const read = await ctx.perItem(
      active,
      (analyzer) => ctx.list<FindingSummary>('accessanalyzer:ListFindings', { analyzerArn: analyzer.arn, filter: { status: { eq: ['ACTIVE'] } } }, 'findings'),
      ['ResourceNotFoundException'],
    );
    return read.map(({ item, result }) => ({ analyzer: item, findings: result }));
  },
});

export default [analyzers, analyzersByRegion, activeFindings];
