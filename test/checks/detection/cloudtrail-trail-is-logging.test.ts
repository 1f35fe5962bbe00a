import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/cloudtrail-trail-is-logging.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { logging, perTrail, stopped, trail } from '../../fixtures/cloudtrail.js';

const global = { region: 'global' };

describe('cloudtrail-trail-is-logging', () => {
  it('passes a logging trail', () => {
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trailStatuses': [perTrail(trail('org-audit'), ok(logging))] }, global);
    expect(verdicts(findings)).toEqual([['PASS', 'org-audit']]);
  });

  it('fails a stopped trail and says when it stopped', () => {
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trailStatuses': [perTrail(trail('paused'), ok(stopped))] }, global);
    expect(verdicts(findings)).toEqual([['FAIL', 'paused']]);
    expect(findings[0]!.message).toBe('Multi-Region trail paused (home us-east-1) is not logging: logging was stopped on 2026-10-20.');
  });

  it('near miss: an organization trail whose status a member account cannot read is ERROR, not PASS', () => {
    const org = trail('org-trail', { IsOrganizationTrail: true, TrailARN: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org-trail' });
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trailStatuses': [perTrail(org, failed(awsError('AccessDeniedException', 'cloudtrail:GetTrailStatus')))] }, global);
    expect(verdicts(findings)).toEqual([['ERROR', 'org-trail']]);
    expect(findings[0]!.error?.action).toBe('cloudtrail:GetTrailStatus');
  });

  it('reports ERROR when the trails cannot be listed', async () => {
    const findings = await run(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trailStatuses': awsError('AccessDeniedException', 'cloudtrail:DescribeTrails') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('cloudtrail-trail-is-logging on partial answers', () => {
  it('reports ERROR, not FAIL, when the status leaves out IsLogging', () => {
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trailStatuses': [perTrail(trail('quiet'), ok({ LatestDeliveryTime: new Date('2026-11-01T11:00:00Z') }))] }, global);
    expect(verdicts(findings)).toEqual([['ERROR', 'quiet']]);
    expect(findings[0]!.message).toBe('CloudTrail answered GetTrailStatus for quiet without IsLogging, so whether the trail is logging is unknown.');
  });

  it('near miss: a trail whose answer leaves out HomeRegion is reported in the region its ARN names, not "global"', () => {
    const { HomeRegion: _, ...noHome } = trail('eu-app', { HomeRegion: 'eu-west-1' });
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trailStatuses': [perTrail(noHome as ReturnType<typeof trail>, ok(logging))] }, global);
    expect(findings.map((f) => [f.status, f.region, f.message])).toEqual([['PASS', 'eu-west-1', 'Multi-Region trail eu-app (home eu-west-1) is logging.']]);
  });
});
