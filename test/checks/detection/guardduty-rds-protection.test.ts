import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/guardduty-rds-protection.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { allFeatures, byRegion, data, detector, DETECTOR_ID, feature, noDetector, region } from '../../fixtures/guardduty.js';

describe('guardduty-rds-protection', () => {
  it('passes a region where RDS Protection (RDS_LOGIN_EVENTS) is ENABLED', () => {
    const findings = evaluate(check, data(region(detector())));
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:guardduty:us-east-1:123456789012:detector');
    expect(findings[0]!.message).toContain(`GuardDuty RDS Protection (RDS_LOGIN_EVENTS) is enabled in us-east-1 (detector ${DETECTOR_ID}: `);
  });

  it('near miss: RDS_LOGIN_EVENTS DISABLED', () => {
    const findings = evaluate(check, data(region(detector('ENABLED', allFeatures({ RDS_LOGIN_EVENTS: feature('RDS_LOGIN_EVENTS', 'DISABLED') })))));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toBe(`GuardDuty RDS Protection (RDS_LOGIN_EVENTS) is not enabled in us-east-1 (detector ${DETECTOR_ID}: RDS_LOGIN_EVENTS is DISABLED). RDS Protection is enabled in none of the scanned regions.`);
  });

  it('fails when the feature is missing from the detector\'s features', () => {
    const findings = evaluate(check, data(region(detector('ENABLED', allFeatures().filter((f) => f.Name !== 'RDS_LOGIN_EVENTS')))));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain("RDS_LOGIN_EVENTS is not among the detector's features");
  });

  it('fails every region without a detector with "GuardDuty is not enabled in <region>", naming where the plan is on', () => {
    const findings = evaluate(check, { 'guardduty.detectors': noDetector, 'guardduty.detectorsByRegion': byRegion(region(detector()), noDetector) }, { region: 'eu-west-1' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/eu-west-1']]);
    expect(findings[0]!.message).toBe('GuardDuty is not enabled in eu-west-1 (no detector), so RDS Protection (RDS_LOGIN_EVENTS) is off. Scanned regions where RDS Protection is enabled: us-east-1.');
  });

  it('near miss: the plan is ENABLED on a suspended detector', () => {
    const findings = evaluate(check, data(region(detector('DISABLED'))));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('GuardDuty is not enabled in us-east-1 (detector ');
  });

  it('fails, never passes, a detector whose answer lists no Features (DataSources is not read)', () => {
    const findings = evaluate(check, data(region(detector('ENABLED', null))));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('GetDetector lists no protection plans (no Features)');
  });

  it('reports ERROR for the region when GetDetector is refused', async () => {
    const denied = awsError('AccessDeniedException', 'guardduty:GetDetector');
    const findings = await run(check, { 'guardduty.detectors': denied, 'guardduty.detectorsByRegion': byRegion(denied, noDetector) });
    expect(findings.map((f) => [f.status, f.region, f.error?.action])).toEqual([['ERROR', 'us-east-1', 'guardduty:GetDetector']]);
  });
});
