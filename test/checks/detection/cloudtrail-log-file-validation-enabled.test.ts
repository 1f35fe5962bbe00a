import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/cloudtrail-log-file-validation-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { trail } from '../../fixtures/cloudtrail.js';

const global = { region: 'global' };

describe('cloudtrail-log-file-validation-enabled', () => {
  it('passes a trail with log file validation, in its home region', () => {
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [trail('org-audit', { HomeRegion: 'eu-west-1' })] }, global);
    expect(verdicts(findings)).toEqual([['PASS', 'org-audit']]);
    expect(findings[0]!.region).toBe('eu-west-1');
    expect(findings[0]!.resourceArn).toBe('arn:aws:cloudtrail:eu-west-1:123456789012:trail/org-audit');
  });

  it('fails a trail without it', () => {
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [trail('legacy', { LogFileValidationEnabled: false })] }, global);
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.message).toBe('Multi-Region trail legacy (home us-east-1) does not validate its log files: no digest files are delivered.');
  });

  it('near miss: a member account sees the organization trail and judges it like its own', () => {
    const org = trail('org-trail', { IsOrganizationTrail: true, LogFileValidationEnabled: false, TrailARN: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org-trail' });
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [org] }, global);
    expect(verdicts(findings)).toEqual([['FAIL', 'org-trail']]);
    expect(findings[0]!.message).toContain('Multi-Region organization trail org-trail');
  });

  it('reports ERROR when the trails cannot be listed', async () => {
    const findings = await run(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': awsError('AccessDeniedException', 'cloudtrail:DescribeTrails') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'cloudtrail:DescribeTrails']]);
  });
});
