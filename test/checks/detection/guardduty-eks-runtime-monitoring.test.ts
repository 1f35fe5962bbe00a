import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/guardduty-eks-runtime-monitoring.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { allFeatures, byRegion, data, detector, DETECTOR_ID, feature, noDetector, region } from '../../fixtures/guardduty.js';

describe('guardduty-eks-runtime-monitoring', () => {
  it('passes a region where EKS Runtime Monitoring with automated agent management (EKS_ADDON_MANAGEMENT) is ENABLED', () => {
    const findings = evaluate(check, data(region(detector())));
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:guardduty:us-east-1:123456789012:detector');
    expect(findings[0]!.message).toContain(`GuardDuty EKS Runtime Monitoring with automated agent management (EKS_ADDON_MANAGEMENT) is enabled in us-east-1 (detector ${DETECTOR_ID}: `);
  });

  it('near miss: RUNTIME_MONITORING is ENABLED but EKS_ADDON_MANAGEMENT is DISABLED', () => {
    const runtime = feature('RUNTIME_MONITORING', 'ENABLED', { EKS_ADDON_MANAGEMENT: 'DISABLED', ECS_FARGATE_AGENT_MANAGEMENT: 'DISABLED', EC2_AGENT_MANAGEMENT: 'DISABLED' });
    const findings = evaluate(check, data(region(detector('ENABLED', allFeatures({ RUNTIME_MONITORING: runtime })))));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('RUNTIME_MONITORING is ENABLED, but EKS_ADDON_MANAGEMENT is DISABLED');
  });

  it('near miss: EKS_ADDON_MANAGEMENT is ENABLED under a DISABLED RUNTIME_MONITORING', () => {
    const runtime = feature('RUNTIME_MONITORING', 'DISABLED', { EKS_ADDON_MANAGEMENT: 'ENABLED' });
    const findings = evaluate(check, data(region(detector('ENABLED', allFeatures({ RUNTIME_MONITORING: runtime })))));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('RUNTIME_MONITORING is DISABLED');
  });

  it('passes an account enabled before Runtime Monitoring existed (EKS_RUNTIME_MONITORING with EKS_ADDON_MANAGEMENT)', () => {
    const features = allFeatures({
      RUNTIME_MONITORING: feature('RUNTIME_MONITORING', 'DISABLED'),
      EKS_RUNTIME_MONITORING: feature('EKS_RUNTIME_MONITORING', 'ENABLED', { EKS_ADDON_MANAGEMENT: 'ENABLED' }),
    });
    const findings = evaluate(check, data(region(detector('ENABLED', features))));
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('EKS_RUNTIME_MONITORING is ENABLED with EKS_ADDON_MANAGEMENT ENABLED');
  });

  it('near miss: EKS_RUNTIME_MONITORING is ENABLED without agent management', () => {
    const features = allFeatures({
      RUNTIME_MONITORING: feature('RUNTIME_MONITORING', 'DISABLED'),
      EKS_RUNTIME_MONITORING: feature('EKS_RUNTIME_MONITORING', 'ENABLED', { EKS_ADDON_MANAGEMENT: 'DISABLED' }),
    });
    const findings = evaluate(check, data(region(detector('ENABLED', features))));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('RUNTIME_MONITORING is DISABLED; EKS_RUNTIME_MONITORING is ENABLED, but EKS_ADDON_MANAGEMENT is DISABLED');
  });

  it('fails every region without a detector with "GuardDuty is not enabled in <region>", naming where the plan is on', () => {
    const findings = evaluate(check, { 'guardduty.detectors': noDetector, 'guardduty.detectorsByRegion': byRegion(region(detector()), noDetector) }, { region: 'eu-west-1' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/eu-west-1']]);
    expect(findings[0]!.message).toBe('GuardDuty is not enabled in eu-west-1 (no detector), so EKS Runtime Monitoring with automated agent management (EKS_ADDON_MANAGEMENT) is off. Scanned regions where EKS Runtime Monitoring with automated agent management is enabled: us-east-1.');
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
