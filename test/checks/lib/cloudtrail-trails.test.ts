import { describe, expect, it } from 'vitest';
import { managementEventGap } from '../../../src/checks/lib/cloudtrail-event-selectors.js';
import { findAccountTrail, searchAccountTrails, trailHomeRegion } from '../../../src/checks/lib/cloudtrail-trails.js';
import { allManagement, logging, perTrail, stopped, trail } from '../../fixtures/cloudtrail.js';
import { awsError, failed, ok } from '../../helpers/check-harness.js';

const writeOnly = { EventSelectors: [{ ReadWriteType: 'WriteOnly' as const, IncludeManagementEvents: true }] };

describe('findAccountTrail', () => {
  it('finds a multi-Region, logging trail with the right selectors', () => {
    const main = trail('main');
    const verdict = findAccountTrail([main], [perTrail(main, ok(logging))], [perTrail(main, ok(allManagement))], managementEventGap);
    expect(verdict).toEqual({ kind: 'pass', trail: main });
  });

  it('gives one reason per trail that falls short', () => {
    const regional = trail('eu-only', { IsMultiRegionTrail: false, HomeRegion: 'eu-west-1' });
    const paused = trail('paused');
    const writes = trail('writes');
    const verdict = findAccountTrail(
      [regional, paused, writes],
      [perTrail(regional, ok(logging)), perTrail(paused, ok(stopped)), perTrail(writes, ok(logging))],
      [perTrail(regional, ok(allManagement)), perTrail(paused, ok(allManagement)), perTrail(writes, ok(writeOnly))],
      managementEventGap,
    );
    expect(verdict).toEqual({
      kind: 'fail',
      reasons: ['eu-only is a single-Region trail', 'paused is not logging', 'writes records only write management events'],
    });
  });

  it('is ERROR, not FAIL, when an unreadable trail might have qualified', () => {
    const org = trail('org-trail', { IsOrganizationTrail: true, TrailARN: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org-trail' });
    const error = awsError('AccessDeniedException', 'cloudtrail:GetEventSelectors');
    const verdict = findAccountTrail([org], [perTrail(org, ok(logging))], [perTrail(org, failed(error))], managementEventGap);
    expect(verdict).toEqual({ kind: 'error', trail: org, error });
  });

  it('passes when another trail qualifies, whatever an unreadable one holds', () => {
    const org = trail('a-org-trail');
    const main = trail('main');
    const error = awsError('AccessDeniedException', 'cloudtrail:GetTrailStatus');
    const verdict = findAccountTrail([org, main], [perTrail(org, failed(error)), perTrail(main, ok(logging))], [perTrail(org, ok(allManagement)), perTrail(main, ok(allManagement))], managementEventGap);
    expect(verdict.kind).toBe('pass');
  });

  it('near miss: a stopped trail is FAIL even if its selectors cannot be read', () => {
    const paused = trail('paused');
    const verdict = findAccountTrail([paused], [perTrail(paused, ok(stopped))], [perTrail(paused, failed(awsError('AccessDeniedException', 'cloudtrail:GetEventSelectors')))], managementEventGap);
    expect(verdict).toEqual({ kind: 'fail', reasons: ['paused is not logging'] });
  });
});

describe('trailHomeRegion', () => {
  it('takes HomeRegion, or the region of the ARN when the answer leaves HomeRegion out', () => {
    expect(trailHomeRegion(trail('a', { HomeRegion: 'eu-west-1' }))).toBe('eu-west-1');
    expect(trailHomeRegion({ TrailARN: 'arn:aws:cloudtrail:ap-south-1:123456789012:trail/x' })).toBe('ap-south-1');
    expect(trailHomeRegion({ TrailARN: 'not-an-arn' })).toBeUndefined();
  });
});

describe('searchAccountTrails', () => {
  it('lists every trail that qualifies, why the others do not, and those that could not be read', () => {
    const [a, b, c, d] = [trail('a'), trail('b'), trail('c'), trail('d', { CloudWatchLogsLogGroupArn: undefined })];
    const search = searchAccountTrails(
      [a, b, c, d],
      [perTrail(a, ok(logging)), perTrail(b, failed(awsError('AccessDeniedException', 'cloudtrail:GetTrailStatus'))), perTrail(c, ok(logging)), perTrail(d, ok(logging))],
      [perTrail(a, ok(allManagement)), perTrail(b, ok(allManagement)), perTrail(c, ok(allManagement)), perTrail(d, ok(allManagement))],
      managementEventGap,
      (t) => (t.Name === 'd' ? 'does not send its events to CloudWatch Logs' : undefined),
    );
    expect(search.qualifying.map((t) => t.Name)).toEqual(['a', 'c']);
    expect(search.unreadable.map((u) => [u.trail.Name, u.error.code])).toEqual([['b', 'AccessDeniedException']]);
    expect(search.reasons).toEqual(['d does not send its events to CloudWatch Logs']);
  });
});
