import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/guardduty-ecs-runtime-monitoring.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { allFeatures, byRegion, data, detector, DETECTOR_ID, feature, noDetector, region } from '../../fixtures/guardduty.js';

describe('guardduty-ecs-runtime-monitoring', () => {
  it('passes a region where ECS Runtime Monitoring with automated agent management (ECS_FARGATE_AGENT_MANAGEMENT) is ENABLED', () => {
    const findings = evaluate(check, data(region(detector())));
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:guardduty:us-east-1:123456789012:detector');
    expect(findings[0]!.message).toContain(`GuardDuty ECS Runtime Monitoring with automated agent management (ECS_FARGATE_AGENT_MANAGEMENT) is enabled in us-east-1 (detector ${DETECTOR_ID}: `);
  });

  it('near miss: RUNTIME_MONITORING is ENABLED but ECS_FARGATE_AGENT_MANAGEMENT is DISABLED', () => {
    const runtime = feature('RUNTIME_MONITORING', 'ENABLED', { EKS_ADDON_MANAGEMENT: 'DISABLED', ECS_FARGATE_AGENT_MANAGEMENT: 'DISABLED', EC2_AGENT_MANAGEMENT: 'DISABLED' });
    const findings = evaluate(check, data(region(detector('ENABLED', allFeatures({ RUNTIME_MONITORING: runtime })))));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('RUNTIME_MONITORING is ENABLED, but ECS_FARGATE_AGENT_MANAGEMENT is DISABLED');
  });

  it('near miss: ECS_FARGATE_AGENT_MANAGEMENT is ENABLED under a DISABLED RUNTIME_MONITORING', () => {
    const runtime = feature('RUNTIME_MONITORING', 'DISABLED', { ECS_FARGATE_AGENT_MANAGEMENT: 'ENABLED' });
    const findings = evaluate(check, data(region(detector('ENABLED', allFeatures({ RUNTIME_MONITORING: runtime })))));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('RUNTIME_MONITORING is DISABLED');
  });

  it('fails when RUNTIME_MONITORING carries no ECS_FARGATE_AGENT_MANAGEMENT configuration', () => {
    const findings = evaluate(check, data(region(detector('ENABLED', allFeatures({ RUNTIME_MONITORING: feature('RUNTIME_MONITORING', 'ENABLED') })))));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('ECS_FARGATE_AGENT_MANAGEMENT is not configured');
  });

  it('fails every region without a detector with "GuardDuty is not enabled in <region>", naming where the plan is on', () => {
    const findings = evaluate(check, { 'guardduty.detectors': noDetector, 'guardduty.detectorsByRegion': byRegion(region(detector()), noDetector) }, { region: 'eu-west-1' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/eu-west-1']]);
    expect(findings[0]!.message).toBe('GuardDuty is not enabled in eu-west-1 (no detector), so ECS Runtime Monitoring with automated agent management (ECS_FARGATE_AGENT_MANAGEMENT) is off. Scanned regions where ECS Runtime Monitoring with automated agent management is enabled: us-east-1.');
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
