import type { GetEventSelectorsCommandOutput, GetTrailStatusCommandOutput, Trail } from '@aws-sdk/client-cloudtrail';
import { defineDataset, type Fetched } from '../dataset.js';

export interface PerTrail<T> {
  trail: Trail & { TrailARN: string };
  result: Fetched<T>;
}
export type TrailStatus = Omit<GetTrailStatusCommandOutput, '$metadata'>;
export type EventSelectors = Omit<GetEventSelectorsCommandOutput, '$metadata'>;

declare module '../dataset.js' {
  interface DatasetTypes {
    'cloudtrail.trails': Array<Trail & { TrailARN: string }>;
    'cloudtrail.trailStatuses': PerTrail<TrailStatus>[];
    'cloudtrail.eventSelectors': PerTrail<EventSelectors>[];
  }
}

const TRAIL_GONE = ['TrailNotFoundException'] as const;

/**
 * Every trail visible from the scanned regions, once each. DescribeTrails in one region also lists
 * the multi-Region trails of other home regions, so trails are deduplicated by ARN.
 */
export const trails = defineDataset({
  id: 'cloudtrail.trails',
  scope: 'global',
  operations: ['cloudtrail:DescribeTrails'],
  async fetch(ctx) {
    const perRegion = await Promise.all(
      ctx.regions.map(async (region) => (await ctx.call<{ trailList?: Trail[] }>('cloudtrail:DescribeTrails', {}, { region }))?.trailList ?? []),
    );
    const byArn = new Map<string, Trail & { TrailARN: string }>();
    for (const trail of perRegion.flat()) {
      if (trail.TrailARN && !byArn.has(trail.TrailARN)) byArn.set(trail.TrailARN, trail as Trail & { TrailARN: string });
    }
    return [...byArn.values()].sort((a, b) => a.TrailARN.localeCompare(b.TrailARN));
  },
});

/** Status and selectors are read in the trail's home region, by ARN. */
function homeRegionOf(trail: Trail, fallback: string): string {
  return trail.HomeRegion ?? fallback;
}

export const trailStatuses = defineDataset({
  id: 'cloudtrail.trailStatuses',
  scope: 'global',
  operations: ['cloudtrail:GetTrailStatus'],
  deps: ['cloudtrail.trails'],
  async fetch(ctx) {
    const all = await ctx.get('cloudtrail.trails');
    const read = await ctx.perItem(
      all,
      async (t) => (await ctx.call<TrailStatus>('cloudtrail:GetTrailStatus', { Name: t.TrailARN }, { region: homeRegionOf(t, ctx.homeRegion) })) ?? {},
      TRAIL_GONE,
    );
    return read.map(({ item, result }) => ({ trail: item, result }));
  },
});

export const eventSelectors = defineDataset({
  id: 'cloudtrail.eventSelectors',
  scope: 'global',
  operations: ['cloudtrail:GetEventSelectors'],
  deps: ['cloudtrail.trails'],
  async fetch(ctx) {
    const all = await ctx.get('cloudtrail.trails');
    const read = await ctx.perItem(
      all,
      async (t) => (await ctx.call<EventSelectors>('cloudtrail:GetEventSelectors', { TrailName: t.TrailARN }, { region: homeRegionOf(t, ctx.homeRegion) })) ?? {},
      TRAIL_GONE,
    );
    return read.map(({ item, result }) => ({ trail: item, result }));
  },
});

export default [trails, trailStatuses, eventSelectors];
