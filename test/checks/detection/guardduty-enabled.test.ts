import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/guardduty-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { byRegion, data, detector, DETECTOR_ID, noDetector, region } from '../../fixtures/guardduty.js';

describe('guardduty-enabled', () => {
  it('passes a region whose detector is ENABLED', () => {
    const findings = evaluate(check, data(region(detector())));
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:guardduty:us-east-1:123456789012:detector');
    expect(findings[0]!.message).toBe(`GuardDuty is enabled in us-east-1 (detector ${DETECTOR_ID}).`);
  });

  it('fails a region without a detector and names the scanned regions where GuardDuty is on', () => {
    const findings = evaluate(check, { 'guardduty.detectors': noDetector, 'guardduty.detectorsByRegion': byRegion(region(detector()), noDetector) }, { region: 'eu-west-1' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/eu-west-1']]);
    expect(findings[0]!.region).toBe('eu-west-1');
    expect(findings[0]!.message).toBe('GuardDuty is not enabled in eu-west-1 (no detector). Scanned regions where GuardDuty is enabled: us-east-1.');
  });

  it('says when GuardDuty is on in none of the scanned regions', () => {
    const findings = evaluate(check, data(noDetector, noDetector));
    expect(findings[0]!.message).toBe('GuardDuty is not enabled in us-east-1 (no detector). GuardDuty is enabled in none of the scanned regions.');
  });

  it('near miss: a detector exists but is suspended (Status DISABLED)', () => {
    const findings = evaluate(check, data(region(detector('DISABLED'))));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain(`detector ${DETECTOR_ID} is suspended (Status DISABLED)`);
  });

  it('names the regions that could not be read in the sentence about the others', () => {
    const findings = evaluate(check, data(noDetector, awsError('AccessDeniedException', 'guardduty:ListDetectors')));
    expect(findings[0]!.message).toContain('GuardDuty is enabled in none of the scanned regions. Could not be read in: eu-west-1.');
  });

  it('passes a member account whose detector the delegated administrator enabled', () => {
    // A member's GetDetector answers like any detector; the administrator is not named in it.
    expect(verdicts(evaluate(check, data(region(detector('ENABLED', null)))))).toEqual([['PASS', '123456789012/us-east-1']]);
  });

  it('reports ERROR for the region, never PASS or FAIL, when ListDetectors is refused', async () => {
    const denied = awsError('AccessDeniedException', 'guardduty:ListDetectors');
    const findings = await run(check, { 'guardduty.detectors': denied, 'guardduty.detectorsByRegion': byRegion(denied, noDetector) });
    expect(findings.map((f) => [f.status, f.region, f.error?.action])).toEqual([['ERROR', 'us-east-1', 'guardduty:ListDetectors']]);
  });
});
