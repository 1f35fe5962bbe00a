// The GuardDuty datasets against recorded answers: what is asked in which region, paging to the
// end, "no detector" as data, and one region's refusal kept to that region.
import { describe, expect, it } from 'vitest';
import { replayLoader } from '../helpers/replay-loader.js';
import { answer, refused } from '../helpers/recorded.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
const detector = { ServiceRole: 'arn:aws:iam::123456789012:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty', Status: 'ENABLED', Features: [{ Name: 'S3_DATA_EVENTS', Status: 'ENABLED' }] };

describe('guardduty datasets', () => {
  it('pages ListDetectors to the end and reads each detector in its region', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('guardduty', 'us-east-1', 'ListDetectors', {}, { DetectorIds: ['d-1'], NextToken: 'page-2' }),
        answer('guardduty', 'us-east-1', 'ListDetectors', { NextToken: 'page-2' }, { DetectorIds: ['d-2'] }),
        answer('guardduty', 'us-east-1', 'GetDetector', { DetectorId: 'd-1' }, detector),
        answer('guardduty', 'us-east-1', 'GetDetector', { DetectorId: 'd-2' }, { ...detector, Status: 'DISABLED' }),
      ],
      REGIONS,
    );
    const state = await loader.load('guardduty.detectors', 'us-east-1');
    expect(state.detectors.map((d) => [d.id, d.detector.Status])).toEqual([
      ['d-1', 'ENABLED'],
      ['d-2', 'DISABLED'],
    ]);
    expect(sent.map((r) => [r.region, r.operation, r.input])).toEqual([
      ['us-east-1', 'ListDetectors', {}],
      ['us-east-1', 'ListDetectors', { NextToken: 'page-2' }],
      ['us-east-1', 'GetDetector', { DetectorId: 'd-1' }],
      ['us-east-1', 'GetDetector', { DetectorId: 'd-2' }],
    ]);
  });

  it('reads an empty DetectorIds as GuardDuty off, without calling GetDetector', async () => {
    const { loader, sent } = replayLoader([answer('guardduty', 'eu-west-1', 'ListDetectors', {}, { DetectorIds: [] })], REGIONS);
    expect(await loader.load('guardduty.detectors', 'eu-west-1')).toEqual({ detectors: [] });
    expect(sent.map((r) => r.operation)).toEqual(['ListDetectors']);
  });

  it('fails the region whose GetDetector is refused, and keeps the other regions in the by-region view', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('guardduty', 'us-east-1', 'ListDetectors', {}, { DetectorIds: ['d-1'] }),
        answer('guardduty', 'us-east-1', 'GetDetector', { DetectorId: 'd-1' }, detector),
        answer('guardduty', 'eu-west-1', 'ListDetectors', {}, { DetectorIds: ['d-9'] }),
        refused('guardduty', 'eu-west-1', 'GetDetector', { DetectorId: 'd-9' }, 'AccessDeniedException'),
      ],
      REGIONS,
    );
    await expect(loader.load('guardduty.detectors', 'eu-west-1')).rejects.toMatchObject({ info: { code: 'AccessDeniedException', action: 'guardduty:GetDetector', kind: 'access-denied' } });
    const everywhere = await loader.load('guardduty.detectorsByRegion', 'us-east-1');
    expect(everywhere.map((r) => [r.region, r.result.ok])).toEqual([
      ['us-east-1', true],
      ['eu-west-1', false],
    ]);
    // The regional datasets and the by-region view share their requests: each was sent once.
    await loader.load('guardduty.detectors', 'us-east-1');
    expect(sent.filter((r) => r.operation === 'GetDetector')).toHaveLength(2);
  });
});
