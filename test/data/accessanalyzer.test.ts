// The IAM Access Analyzer datasets against recorded answers: both external types asked, other types
// dropped, findings read (paged) only for ACTIVE analyzers, with status ACTIVE.
import { describe, expect, it } from 'vitest';
import { replayLoader } from '../helpers/replay-loader.js';
import { answer, refused } from '../helpers/recorded.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
const arn = (name: string) => `arn:aws:access-analyzer:us-east-1:123456789012:analyzer/${name}`;
const FILTER = { status: { eq: ['ACTIVE'] } };

describe('accessanalyzer datasets', () => {
  it('lists ACCOUNT and ORGANIZATION analyzers, paged, and keeps only those types', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('accessanalyzer', 'us-east-1', 'ListAnalyzers', { type: 'ACCOUNT' }, { analyzers: [{ arn: arn('a'), name: 'a', type: 'ACCOUNT', status: 'ACTIVE' }], nextToken: 'n2' }),
        answer('accessanalyzer', 'us-east-1', 'ListAnalyzers', { type: 'ACCOUNT', nextToken: 'n2' }, { analyzers: [{ arn: arn('u'), name: 'u', type: 'ACCOUNT_UNUSED_ACCESS', status: 'ACTIVE' }] }),
        answer('accessanalyzer', 'us-east-1', 'ListAnalyzers', { type: 'ORGANIZATION' }, { analyzers: [] }),
      ],
      REGIONS,
    );
    const listings = await loader.load('accessanalyzer.analyzers', 'us-east-1');
    expect(listings.ACCOUNT.ok && listings.ACCOUNT.value.map((a) => a.name)).toEqual(['a']);
    expect(listings.ORGANIZATION).toEqual({ ok: true, value: [] });
    expect(sent.map((r) => r.input)).toEqual([{ type: 'ACCOUNT' }, { type: 'ORGANIZATION' }, { type: 'ACCOUNT', nextToken: 'n2' }]);
  });

  it('reads active findings of ACTIVE analyzers only, paged, and drops an analyzer deleted meanwhile', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('accessanalyzer', 'us-east-1', 'ListAnalyzers', { type: 'ACCOUNT' }, {
          analyzers: [
            { arn: arn('a'), name: 'a', type: 'ACCOUNT', status: 'ACTIVE' },
            { arn: arn('c'), name: 'c', type: 'ACCOUNT', status: 'CREATING' },
            { arn: arn('gone'), name: 'gone', type: 'ACCOUNT', status: 'ACTIVE' },
          ],
        }),
        refused('accessanalyzer', 'us-east-1', 'ListAnalyzers', { type: 'ORGANIZATION' }, 'AccessDeniedException'),
        answer('accessanalyzer', 'us-east-1', 'ListFindings', { analyzerArn: arn('a'), filter: FILTER }, { findings: [{ id: 'f1', resourceType: 'AWS::S3::Bucket', isPublic: true, status: 'ACTIVE' }], nextToken: 'p2' }),
        answer('accessanalyzer', 'us-east-1', 'ListFindings', { analyzerArn: arn('a'), filter: FILTER, nextToken: 'p2' }, { findings: [{ id: 'f2', resourceType: 'AWS::IAM::Role', isPublic: false, status: 'ACTIVE' }] }),
        refused('accessanalyzer', 'us-east-1', 'ListFindings', { analyzerArn: arn('gone'), filter: FILTER }, 'ResourceNotFoundException', 'Analyzer not found', 404),
      ],
      REGIONS,
    );
    const perAnalyzer = await loader.load('accessanalyzer.activeFindings', 'us-east-1');
    expect(perAnalyzer.map((p) => [p.analyzer.name, p.findings.ok && p.findings.value.map((f) => f.id)])).toEqual([['a', ['f1', 'f2']]]);
    expect(sent.filter((r) => r.operation === 'ListFindings').map((r) => r.input.analyzerArn)).toEqual([arn('a'), arn('gone'), arn('a')]);
    const listings = await loader.load('accessanalyzer.analyzers', 'us-east-1');
    expect(listings.ORGANIZATION).toMatchObject({ ok: false, error: { action: 'access-analyzer:ListAnalyzers' } });
  });
});
