import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/cloudtrail-trail-multi-region.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { trail } from '../../fixtures/cloudtrail.js';

const global = { region: 'global' };

describe('cloudtrail-trail-multi-region', () => {
  it('passes a multi-Region trail', () => {
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [trail('org-audit')] }, global);
    expect(verdicts(findings)).toEqual([['PASS', 'org-audit']]);
  });

  it('fails a single-Region trail', () => {
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [trail('eu-app', { IsMultiRegionTrail: false, HomeRegion: 'eu-west-1' })] }, global);
    expect(verdicts(findings)).toEqual([['FAIL', 'eu-app']]);
    expect(findings[0]!.message).toBe('Trail eu-app logs only its home Region eu-west-1.');
    expect(findings[0]!.region).toBe('eu-west-1');
  });

  it('near miss: a single-Region trail fails even when another trail covers every region', () => {
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [trail('org-audit'), trail('eu-app', { IsMultiRegionTrail: false, HomeRegion: 'eu-west-1' })] }, global);
    expect(verdicts(findings)).toEqual([
      ['PASS', 'org-audit'],
      ['FAIL', 'eu-app'],
    ]);
  });

  it('reports ERROR when the trails cannot be listed', async () => {
    const findings = await run(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': awsError('AccessDeniedException', 'cloudtrail:DescribeTrails') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('cloudtrail-trail-multi-region when one region refuses the listing', () => {
  it('judges the trails listed elsewhere and reports ERROR for the region it could not list, not for every trail', () => {
    const denied = awsError('AccessDeniedException', 'cloudtrail:DescribeTrails');
    const findings = evaluate(
      check,
      { 'cloudtrail.trails': [trail('org-audit')], 'cloudtrail.unlistedRegions': [{ region: 'eu-west-1', error: { ...denied, region: 'eu-west-1' } }] },
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([
      ['PASS', 'org-audit'],
      ['ERROR', '123456789012/eu-west-1'],
    ]);
    expect(findings[1]!.message).toContain('the trails homed in eu-west-1 (its single-Region trails are not judged)');
    expect(findings[1]!.region).toBe('eu-west-1');
  });
});
