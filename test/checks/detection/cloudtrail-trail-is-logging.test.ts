import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/cloudtrail-trail-is-logging.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { logging, perTrail, stopped, trail } from '../../fixtures/cloudtrail.js';

const global = { region: 'global' };

describe('cloudtrail-trail-is-logging', () => {
  it('passes a logging trail', () => {
    const findings = evaluate(check, { 'cloudtrail.trailStatuses': [perTrail(trail('org-audit'), ok(logging))] }, global);
    expect(verdicts(findings)).toEqual([['PASS', 'org-audit']]);
  });

  it('fails a stopped trail and says when it stopped', () => {
    const findings = evaluate(check, { 'cloudtrail.trailStatuses': [perTrail(trail('paused'), ok(stopped))] }, global);
    expect(verdicts(findings)).toEqual([['FAIL', 'paused']]);
    expect(findings[0]!.message).toBe('Multi-Region trail paused (home us-east-1) is not logging: logging was stopped on 2026-10-20.');
  });

  it('near miss: an organization trail whose status a member account cannot read is ERROR, not PASS', () => {
    const org = trail('org-trail', { IsOrganizationTrail: true, TrailARN: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org-trail' });
    const findings = evaluate(check, { 'cloudtrail.trailStatuses': [perTrail(org, failed(awsError('AccessDeniedException', 'cloudtrail:GetTrailStatus')))] }, global);
    expect(verdicts(findings)).toEqual([['ERROR', 'org-trail']]);
    expect(findings[0]!.error?.action).toBe('cloudtrail:GetTrailStatus');
  });

  it('reports ERROR when the trails cannot be listed', async () => {
    const findings = await run(check, { 'cloudtrail.trailStatuses': awsError('AccessDeniedException', 'cloudtrail:DescribeTrails') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
