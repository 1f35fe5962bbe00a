import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/cloudtrail-trail-kms-encrypted.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { trail } from '../../fixtures/cloudtrail.js';
import { replayLoader } from '../../helpers/replay-loader.js';

const global = { region: 'global' };
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('cloudtrail-trail-kms-encrypted', () => {
  it('passes a trail with a KMS key', () => {
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [trail('org-audit', { KmsKeyId: KEY })] }, global);
    expect(verdicts(findings)).toEqual([['PASS', 'org-audit']]);
    expect(findings[0]!.message).toContain(KEY);
  });

  it('fails a trail without one', () => {
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [trail('legacy')] }, global);
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.message).toBe('Multi-Region trail legacy (home us-east-1) does not encrypt its log files with a KMS key.');
  });

  it('near miss: a shadow copy seen from another region is one trail, judged once in its home region', async () => {
    // DescribeTrails in us-east-1 lists the multi-Region trail of eu-west-1 as a shadow copy.
    const org = trail('org-audit', { KmsKeyId: KEY, HomeRegion: 'eu-west-1', TrailARN: 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/org-audit' });
    const listing = (region: string) => ({ service: 'cloudtrail' as const, region, operation: 'DescribeTrails', input: {}, output: { trailList: [org] } });
    const { loader } = replayLoader([listing('us-east-1'), listing('eu-west-1')], ['us-east-1', 'eu-west-1']);
    const data = { 'cloudtrail.trails': await loader.load('cloudtrail.trails', 'us-east-1'), 'cloudtrail.unlistedRegions': await loader.load('cloudtrail.unlistedRegions', 'us-east-1') };
    const findings = evaluate(check, data, global);
    expect(findings.map((f) => [f.status, f.resourceId, f.region])).toEqual([['PASS', 'org-audit', 'eu-west-1']]);
  });

  it('reports ERROR when the trails cannot be listed', async () => {
    const findings = await run(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': awsError('AccessDeniedException', 'cloudtrail:DescribeTrails') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
