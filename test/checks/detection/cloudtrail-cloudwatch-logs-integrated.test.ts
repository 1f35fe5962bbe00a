import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/cloudtrail-cloudwatch-logs-integrated.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { logging, perTrail, trail } from '../../fixtures/cloudtrail.js';

const global = { region: 'global' };
const GROUP = 'arn:aws:logs:us-east-1:123456789012:log-group:aws-cloudtrail-logs-org-audit:*';

describe('cloudtrail-cloudwatch-logs-integrated', () => {
  it('passes a trail with a log group and reports the age of the last delivery', () => {
    const t = trail('org-audit', { CloudWatchLogsLogGroupArn: GROUP, CloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailToLogs' });
    const status = { ...logging, LatestCloudWatchLogsDeliveryTime: new Date('2026-11-01T09:30:00Z') };
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [t], 'cloudtrail.trailStatuses': [perTrail(t, ok(status))] }, global);
    expect(verdicts(findings)).toEqual([['PASS', 'org-audit']]);
    expect(findings[0]!.message).toContain('Its last delivery to CloudWatch Logs was 2 hours ago');
  });

  it('fails a trail without a log group', () => {
    const t = trail('legacy');
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [t], 'cloudtrail.trailStatuses': [perTrail(t, ok(logging))] }, global);
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.message).toBe('Multi-Region trail legacy (home us-east-1) does not send its events to CloudWatch Logs.');
  });

  it('near miss: a delivery older than a day is reported, not failed (CloudTrail.5 asks for the log group only)', () => {
    const t = trail('quiet', { CloudWatchLogsLogGroupArn: GROUP });
    const status = { ...logging, LatestCloudWatchLogsDeliveryTime: new Date('2026-10-20T12:00:00Z') };
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [t], 'cloudtrail.trailStatuses': [perTrail(t, ok(status))] }, global);
    expect(verdicts(findings)).toEqual([['PASS', 'quiet']]);
    expect(findings[0]!.message).toContain('was 12 days ago');
  });

  it('judges the log group even when the status cannot be read, and says so', () => {
    const t = trail('org-trail', { CloudWatchLogsLogGroupArn: GROUP });
    const status = failed(awsError('AccessDeniedException', 'cloudtrail:GetTrailStatus'));
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [t], 'cloudtrail.trailStatuses': [perTrail(t, status)] }, global);
    expect(verdicts(findings)).toEqual([['PASS', 'org-trail']]);
    expect(findings[0]!.message).toContain('could not be read');
  });

  it('reports ERROR when the trails cannot be listed', async () => {
    const findings = await run(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': awsError('AccessDeniedException', 'cloudtrail:DescribeTrails'), 'cloudtrail.trailStatuses': [] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
