import type { GetDetectorCommandOutput } from '@aws-sdk/client-guardduty';
import { defineDataset } from '../dataset.js';
import { readEveryRegion, type RegionRead } from '../region-reads.js';

/** GetDetector's answer: status, protection plans (`Features`), and the deprecated `DataSources`. */
export type Detector = Partial<Omit<GetDetectorCommandOutput, '$metadata'>>;

/** GuardDuty in one region: the detectors ListDetectors names (at most one per account and region). */
export interface GuardDutyRegion {
  detectors: Array<{ id: string; detector: Detector }>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    /** An empty list means GuardDuty is off in the region (no detector). */
    'guardduty.detectors': GuardDutyRegion;
    /** `guardduty.detectors` of every scanned region, each read or failed on its own. */
    'guardduty.detectorsByRegion': Array<RegionRead<GuardDutyRegion>>;
  }
}

/**
 * ListDetectors, then GetDetector for each detector named. A member account's GetDetector shows
 * what its delegated administrator configured for it. A region where either read fails is an
 * ERROR for every GuardDuty check there (the region's whole state is unknown).
 */
export const detectors = defineDataset({
  id: 'guardduty.detectors',
  scope: 'regional',
  operations: ['guardduty:ListDetectors', 'guardduty:GetDetector'],
  async fetch(ctx) {
    const ids = await ctx.list<string>('guardduty:ListDetectors', {}, 'DetectorIds');
    const read = await Promise.all(
      ids.map(async (id) => ({ id, detector: (await ctx.call<Detector>('guardduty:GetDetector', { DetectorId: id })) ?? {} })),
    );
    return { detectors: read };
  },
});

export const detectorsByRegion = defineDataset({
  id: 'guardduty.detectorsByRegion',
  scope: 'global',
  operations: [],
  deps: ['guardduty.detectors'],
  fetch: (ctx) => readEveryRegion(ctx, 'guardduty.detectors'),
});

export default [detectors, detectorsByRegion];
