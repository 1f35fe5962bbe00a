import type { GetEventSelectorsCommandOutput, GetTrailStatusCommandOutput, Trail } from '@aws-sdk/client-cloudtrail';
import type { LoggingEnabled } from '@aws-sdk/client-s3';
import { AwsCallError } from '../../aws/errors.js';
import type { AwsErrorInfo, ScanAccount } from '../../model.js';
import { defineDataset, type FetchContext, type Fetched } from '../dataset.js';

export interface PerTrail<T> {
  trail: Trail & { TrailARN: string };
  result: Fetched<T>;
}
export type TrailStatus = Omit<GetTrailStatusCommandOutput, '$metadata'>;
export type EventSelectors = Omit<GetEventSelectorsCommandOutput, '$metadata'>;

/** Server access logging of the bucket a trail delivers to. */
export interface TrailBucketLogging {
  bucket: string;
  /** false when S3 answers NoSuchBucket: the trail points at a bucket that no longer exists. */
  exists: boolean;
  /** Absent when server access logging was never enabled on the bucket. */
  logging?: LoggingEnabled;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'cloudtrail.trails': Array<Trail & { TrailARN: string }>;
    'cloudtrail.unlistedRegions': UnlistedRegion[];
    'cloudtrail.trailStatuses': PerTrail<TrailStatus>[];
    'cloudtrail.eventSelectors': PerTrail<EventSelectors>[];
    'cloudtrail.bucketLogging': PerTrail<TrailBucketLogging>[];
  }
}

/** A scanned region whose trails could not be listed. */
export interface UnlistedRegion {
  region: string;
  error: AwsErrorInfo;
}

const TRAIL_GONE = ['TrailNotFoundException'] as const;

type Listing = { region: string; trails: Array<Trail & { TrailARN: string }> } | { region: string; error: AwsCallError };

/** DescribeTrails in every scanned region, each region's answer or error on its own. */
async function listEverywhere(ctx: FetchContext): Promise<Listing[]> {
  return Promise.all(
    ctx.regions.map(async (region): Promise<Listing> => {
      try {
        const listed = (await ctx.call<{ trailList?: Trail[] }>('cloudtrail:DescribeTrails', {}, { region }))?.trailList ?? [];
        return { region, trails: listed.flatMap((trail) => withArn(trail, region, ctx.account) ?? []) };
      } catch (err) {
        if (err instanceof AwsCallError) return { region, error: err };
        throw err;
      }
    }),
  );
}

/**
 * Every trail visible from the scanned regions, once each. DescribeTrails in one region also lists
 * the multi-Region trails of other home regions, so trails are deduplicated by ARN. A region that
 * refuses the listing hides only its own single-Region trails (its multi-Region ones show in every
 * other region): the trails of the regions that answered are kept, and `cloudtrail.unlistedRegions`
 * says which regions are missing. Only when no region answers does the listing fail.
 */
export const trails = defineDataset({
  id: 'cloudtrail.trails',
  scope: 'global',
  operations: ['cloudtrail:DescribeTrails'],
  async fetch(ctx) {
    const listings = await listEverywhere(ctx);
    const answered = listings.flatMap((l) => ('trails' in l ? [l] : []));
    if (answered.length === 0 && listings[0] && 'error' in listings[0]) throw listings[0].error;
    const byArn = new Map<string, Trail & { TrailARN: string }>();
    for (const trail of answered.flatMap((l) => l.trails)) {
      if (!byArn.has(trail.TrailARN)) byArn.set(trail.TrailARN, trail);
    }
    return [...byArn.values()].sort((a, b) => a.TrailARN.localeCompare(b.TrailARN));
  },
});

/** The scanned regions whose trails could not be listed (the same requests as `cloudtrail.trails`, sent once). */
export const unlistedRegions = defineDataset({
  id: 'cloudtrail.unlistedRegions',
  scope: 'global',
  operations: ['cloudtrail:DescribeTrails'],
  async fetch(ctx) {
    const listings = await listEverywhere(ctx);
    return listings.flatMap((l) => ('error' in l ? [{ region: l.region, error: l.error.info }] : []));
  },
});

/**
 * AWS always gives a trail's ARN; an endpoint that leaves it out gets one built from the name, so
 * the trail is judged rather than dropped. Without a name there is nothing to judge or to ask about.
 */
function withArn(trail: Trail, listedIn: string, account: ScanAccount): (Trail & { TrailARN: string }) | undefined {
  if (trail.TrailARN) return trail as Trail & { TrailARN: string };
  if (!trail.Name) return undefined;
  const region = trail.HomeRegion ?? listedIn;
  return { ...trail, TrailARN: `arn:${account.partition}:cloudtrail:${region}:${account.id}:trail/${trail.Name}` };
}

/** Status and selectors are read in the trail's home region (from its ARN when HomeRegion is left out), by ARN. */
function homeRegionOf(trail: Trail & { TrailARN: string }, fallback: string): string {
  return trailHomeRegion(trail) ?? fallback;
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

/**
 * Server access logging of each trail's S3 bucket. The bucket may belong to another account (a
 * log-archive account); reading it then fails, and that failure stays with the trail.
 */
export const bucketLogging = defineDataset({
  id: 'cloudtrail.bucketLogging',
  scope: 'global',
  operations: ['s3:GetBucketLogging'],
  deps: ['cloudtrail.trails'],
  async fetch(ctx) {
    const all = await ctx.get('cloudtrail.trails');
    const read = await ctx.perItem(
      all.filter((t): t is typeof t & { S3BucketName: string } => !!t.S3BucketName),
      async (t): Promise<TrailBucketLogging> => {
        // The trail's home region is where its bucket usually is; the S3 client follows the
        // redirect when it is not.
        const out = await ctx.call<{ LoggingEnabled?: LoggingEnabled }>(
          's3:GetBucketLogging',
          { Bucket: t.S3BucketName },
          { region: homeRegionOf(t, ctx.homeRegion), absent: ['NoSuchBucket'] },
        );
        if (out === undefined) return { bucket: t.S3BucketName, exists: false };
        return { bucket: t.S3BucketName, exists: true, ...(out.LoggingEnabled ? { logging: out.LoggingEnabled } : {}) };
      },
    );
    return read.map(({ item, result }) => ({ trail: item, result }));
  },
});

export default [trails, unlistedRegions, trailStatuses, eventSelectors, bucketLogging];

/**
 * The region a trail lives in: `HomeRegion`, or the region of its ARN when the answer leaves it out
 * (some emulators do). A trail's ARN names its home region, shadow copies included.
 */
export function trailHomeRegion(trail: { HomeRegion?: string; TrailARN?: string }): string | undefined {
  if (trail.HomeRegion) return trail.HomeRegion;
  const region = (trail.TrailARN ?? '').split(':')[3];
  return region ? region : undefined;
}
