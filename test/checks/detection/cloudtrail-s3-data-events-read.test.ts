import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/cloudtrail-s3-data-events-read.js';
import type { EventSelectors, TrailStatus } from '../../../src/data/datasets/cloudtrail.js';
import type { Fetched } from '../../../src/data/dataset.js';
import type { TrailRecord } from '../../../src/checks/lib/cloudtrail-trails.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { logging, perTrail, stopped, trail } from '../../fixtures/cloudtrail.js';

type Entry = [TrailRecord, Fetched<TrailStatus>, Fetched<EventSelectors>];
const data = (...entries: Entry[]) => ({
  'cloudtrail.trails': entries.map(([t]) => t),
  'cloudtrail.trailStatuses': entries.map(([t, s]) => perTrail(t, s)),
  'cloudtrail.eventSelectors': entries.map(([t, , e]) => perTrail(t, e)),
});
const global = { region: 'global' };
const s3Objects = (ReadWriteType: 'All' | 'ReadOnly' | 'WriteOnly', ...values: string[]): EventSelectors => ({
  EventSelectors: [{ ReadWriteType, IncludeManagementEvents: true, ExcludeManagementEventSources: [], DataResources: [{ Type: 'AWS::S3::Object', Values: values }] }],
});

describe('cloudtrail-s3-data-events-read', () => {
  it('passes a logging multi-Region trail recording read events of all buckets', () => {
    const findings = evaluate(check, data([trail('data-events'), ok(logging), ok(s3Objects('ReadOnly', 'arn:aws:s3'))]), global);
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toBe('Multi-Region trail data-events (home us-east-1) is logging and records S3 object-level read events for all buckets.');
  });

  it('passes an advanced selector on AWS::S3::Object with readOnly true', () => {
    const advanced: EventSelectors = {
      AdvancedEventSelectors: [
        {
          Name: 'S3 read',
          FieldSelectors: [
            { Field: 'eventCategory', Equals: ['Data'] },
            { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
            { Field: 'readOnly', Equals: ['true'] },
          ],
        },
      ],
    };
    expect(verdicts(evaluate(check, data([trail('main'), ok(logging), ok(advanced)]), global))).toEqual([['PASS', '123456789012']]);
  });

  it('fails when only WriteOnly S3 events are recorded', () => {
    const findings = evaluate(check, data([trail('main'), ok(logging), ok(s3Objects('WriteOnly', 'arn:aws:s3:::'))]), global);
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toBe('No multi-Region trail is logging and recording S3 object-level read events for all buckets: main records no S3 object-level read events.');
  });

  it('near miss: a list of named buckets does not count', () => {
    const findings = evaluate(check, data([trail('main'), ok(logging), ok(s3Objects('All', 'arn:aws:s3:::acme-data-prod/'))]), global);
    expect(findings[0]!.message).toContain('main records S3 object-level read events only for 1 named bucket');
  });

  it('near miss: the trail recording all buckets is single-Region or stopped', () => {
    const regional = trail('regional', { IsMultiRegionTrail: false });
    const paused = trail('paused');
    const findings = evaluate(check, data([regional, ok(logging), ok(s3Objects('All', 'arn:aws:s3'))], [paused, ok(stopped), ok(s3Objects('All', 'arn:aws:s3'))]), global);
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('regional is a single-Region trail; paused is not logging');
  });

  it('reports ERROR when the selectors of a candidate trail cannot be read', () => {
    const findings = evaluate(check, data([trail('main'), ok(logging), failed(awsError('AccessDeniedException', 'cloudtrail:GetEventSelectors'))]), global);
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012']]);
  });

  it('reports ERROR when the trails cannot be listed', async () => {
    const findings = await run(check, {
      'cloudtrail.trails': awsError('AccessDeniedException', 'cloudtrail:DescribeTrails'),
      'cloudtrail.trailStatuses': [],
      'cloudtrail.eventSelectors': [],
    });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
