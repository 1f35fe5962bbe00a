import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/guardduty-eks-audit-log-monitoring.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { allFeatures, byRegion, data, detector, DETECTOR_ID, feature, noDetector, region } from '../../fixtures/guardduty.js';

describe('guardduty-eks-audit-log-monitoring', () => {
  it('passes a region where EKS Audit Log Monitoring (EKS_AUDIT_LOGS) is ENABLED', () => {
    const findings = evaluate(check, data(region(detector())));
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:guardduty:us-east-1:123456789012:detector');
    expect(findings[0]!.message).toContain(`GuardDuty EKS Audit Log Monitoring (EKS_AUDIT_LOGS) is enabled in us-east-1 (detector ${DETECTOR_ID}: `);
  });

  it('near miss: EKS runtime monitoring is on but audit logs are DISABLED', () => {
    const findings = evaluate(check, data(region(detector('ENABLED', allFeatures({ EKS_AUDIT_LOGS: feature('EKS_AUDIT_LOGS', 'DISABLED') })))));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toBe(`GuardDuty EKS Audit Log Monitoring (EKS_AUDIT_LOGS) is not enabled in us-east-1 (detector ${DETECTOR_ID}: EKS_AUDIT_LOGS is DISABLED). EKS Audit Log Monitoring is enabled in none of the scanned regions.`);
  });

  it('fails when the feature is missing from the detector\'s features', () => {
    const findings = evaluate(check, data(region(detector('ENABLED', allFeatures().filter((f) => f.Name !== 'EKS_AUDIT_LOGS')))));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain("EKS_AUDIT_LOGS is not among the detector's features");
  });

  it('fails every region without a detector with "GuardDuty is not enabled in <region>", naming where the plan is on', () => {
    const findings = evaluate(check, { 'guardduty.detectors': noDetector, 'guardduty.detectorsByRegion': byRegion(region(detector()), noDetector) }, { region: 'eu-west-1' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/eu-west-1']]);
    expect(findings[0]!.message).toBe('GuardDuty is not enabled in eu-west-1 (no detector), so EKS Audit Log Monitoring (EKS_AUDIT_LOGS) is off. Scanned regions where EKS Audit Log Monitoring is enabled: us-east-1.');
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
