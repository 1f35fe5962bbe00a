import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/cloudtrail-multi-region-trail-enabled.js';
import type { EventSelectors, TrailStatus } from '../../../src/data/datasets/cloudtrail.js';
import type { Fetched } from '../../../src/data/dataset.js';
import type { TrailRecord } from '../../../src/checks/lib/cloudtrail-trails.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { allManagement, logging, perTrail, stopped, trail } from '../../fixtures/cloudtrail.js';

type Entry = [TrailRecord, Fetched<TrailStatus>, Fetched<EventSelectors>];
const data = (...entries: Entry[]) => ({
  'cloudtrail.trails': entries.map(([t]) => t),
  'cloudtrail.trailStatuses': entries.map(([t, s]) => perTrail(t, s)),
  'cloudtrail.eventSelectors': entries.map(([t, , e]) => perTrail(t, e)),
});
const global = { region: 'global' };

describe('cloudtrail-multi-region-trail-enabled', () => {
  it('passes with one multi-Region trail logging all management events', () => {
    const findings = evaluate(check, data([trail('org-audit'), ok(logging), ok(allManagement)]), global);
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.region).toBe('global');
    expect(findings[0]!.message).toBe('Multi-Region trail org-audit (home us-east-1) is logging and records all read and write management events.');
  });

  it('passes with advanced selectors on eventCategory Management', () => {
    const advanced = { AdvancedEventSelectors: [{ Name: 'Management events', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }] };
    expect(verdicts(evaluate(check, data([trail('main'), ok(logging), ok(advanced)]), global))).toEqual([['PASS', '123456789012']]);
  });

  it('near miss: the multi-Region trail is stopped', () => {
    const findings = evaluate(check, data([trail('main'), ok(stopped), ok(allManagement)]), global);
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toBe('No multi-Region trail is logging and recording all read and write management events: main is not logging.');
  });

  it('near miss: management events WriteOnly', () => {
    const writeOnly = { EventSelectors: [{ ReadWriteType: 'WriteOnly' as const, IncludeManagementEvents: true, ExcludeManagementEventSources: [] }] };
    const findings = evaluate(check, data([trail('main'), ok(logging), ok(writeOnly)]), global);
    expect(findings[0]!.message).toContain('main records only write management events');
  });

  it('near miss: KMS events excluded', () => {
    const noKms = { EventSelectors: [{ ReadWriteType: 'All' as const, IncludeManagementEvents: true, ExcludeManagementEventSources: ['kms.amazonaws.com'] }] };
    const findings = evaluate(check, data([trail('main'), ok(logging), ok(noKms)]), global);
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('excludes management events from kms.amazonaws.com');
  });

  it('near miss: a single-Region trail in every region', () => {
    const east = trail('east', { IsMultiRegionTrail: false });
    const west = trail('west', { IsMultiRegionTrail: false, HomeRegion: 'eu-west-1' });
    const findings = evaluate(check, data([east, ok(logging), ok(allManagement)], [west, ok(logging), ok(allManagement)]), global);
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('east is a single-Region trail; west is a single-Region trail');
  });

  it('fails an account without trails', () => {
    const findings = evaluate(check, data(), global);
    expect(findings[0]!.message).toBe('No multi-Region trail is logging and recording all read and write management events: the account has no trail.');
  });

  it('reports ERROR when an organization trail\'s status cannot be read and nothing else qualifies', () => {
    const org = trail('org-trail', { IsOrganizationTrail: true, TrailARN: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org-trail' });
    const findings = evaluate(check, data([org, failed(awsError('AccessDeniedException', 'cloudtrail:GetTrailStatus')), ok(allManagement)]), global);
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012']]);
    expect(findings[0]!.message).toContain('Could not evaluate multi-Region trail org-trail (no other trail qualifies)');
    expect(findings[0]!.error?.action).toBe('cloudtrail:GetTrailStatus');
  });

  it('reports one ERROR for the account when the trails cannot be listed', async () => {
    const findings = await run(check, {
      'cloudtrail.trails': awsError('AccessDeniedException', 'cloudtrail:DescribeTrails'),
      'cloudtrail.trailStatuses': [],
      'cloudtrail.eventSelectors': [],
    });
    expect(findings.map((f) => [f.status, f.region, f.resourceArn])).toEqual([['ERROR', 'global', 'arn:aws:cloudtrail::123456789012:*']]);
  });
});

describe('cloudtrail-multi-region-trail-enabled on partial answers', () => {
  it('reports ERROR, not FAIL, when the only candidate trail\'s status leaves out IsLogging', () => {
    const main = trail('main');
    const findings = evaluate(check, data([main, ok({}), ok(allManagement)]), global);
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012']]);
    expect(findings[0]!.message).toBe(
      'No multi-Region trail is logging and recording all read and write management events as far as the answers show, but the status of trail main does not say whether it is logging, so whether it qualifies is unknown.',
    );
  });

  it('near miss: another trail that qualifies still passes the account', () => {
    const unsure = trail('a-unsure');
    const main = trail('main');
    const findings = evaluate(check, data([unsure, ok({}), ok(allManagement)], [main, ok(logging), ok(allManagement)]), global);
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it('reads a basic selector without ReadWriteType and IncludeManagementEvents by their documented defaults (All, true)', () => {
    const main = trail('main');
    const findings = evaluate(check, data([main, ok(logging), ok({ EventSelectors: [{ DataResources: [] }] })]), global);
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });
});
