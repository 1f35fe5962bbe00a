import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/cloudtrail-trail-kms-encrypted.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { trail } from '../../fixtures/cloudtrail.js';

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

  it('near miss: a shadow copy seen from another region is one trail, judged once in its home region', () => {
    // The dataset deduplicates by ARN; the finding carries the home region, not the listing region.
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [trail('org-audit', { KmsKeyId: KEY, HomeRegion: 'eu-west-1' })] }, global);
    expect(findings.map((f) => [f.status, f.region])).toEqual([['PASS', 'eu-west-1']]);
  });

  it('reports ERROR when the trails cannot be listed', async () => {
    const findings = await run(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': awsError('AccessDeniedException', 'cloudtrail:DescribeTrails') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
