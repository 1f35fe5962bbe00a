import type { DistributionConfig, DistributionSummary, GetDistributionConfigResult } from '@aws-sdk/client-cloudfront';
import type { Delivery, DeliverySource } from '@aws-sdk/client-cloudwatch-logs';
import { globalEndpointRegion } from '../../aws/catalogue.js';
import { AwsCallError, toAwsError } from '../../aws/errors.js';
import { isS3RestOrigin, originsOf, s3OriginBucket } from '../cloudfront-origins.js';
import { isNotOffered } from '../not-offered.js';
import { defineDataset, type Fetched } from '../dataset.js';

export interface PerDistribution<T> {
  distribution: DistributionSummary;
  result: Fetched<T>;
}

/** What GetDistributionConfig adds to ListDistributions for the checks. */
export type DistributionSettings = Pick<DistributionConfig, 'DefaultRootObject' | 'Logging'>;

/** CloudFront standard logging v2: CloudWatch Logs delivery sources of distributions and their deliveries. */
export interface LogDeliveries {
  sources: Array<Pick<DeliverySource, 'name' | 'service' | 'logType' | 'resourceArns'>>;
  deliveries: Array<Pick<Delivery, 'id' | 'deliverySourceName' | 'deliveryDestinationType' | 'deliveryDestinationArn'>>;
  /** Set when CloudWatch Logs does not offer delivery sources where they were asked for: there are none. */
  notOffered?: string;
}

/**
 * Whether the bucket an S3 origin names exists. `owned`: in this account's bucket list; `answered`:
 * HeadBucket succeeded; `forbidden` (403) and `redirected` (301): it exists, in another account or
 * Region. A 404 is `exists: false`: anyone may create that bucket and serve content through the
 * distribution.
 */
export type BucketExistence = { exists: true; how: 'owned' | 'answered' | 'forbidden' | 'redirected' } | { exists: false };

export interface OriginBucket {
  bucket: string;
  result: Fetched<BucketExistence>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'cloudfront.distributions': DistributionSummary[];
    /** The same, or the error of the listing, for checks of other services that only name distributions. */
    'cloudfront.distributionsRead': Fetched<DistributionSummary[]>;
    'cloudfront.distributionSettings': PerDistribution<DistributionSettings>[];
    'cloudfront.logDeliveries': Fetched<LogDeliveries>;
    'cloudfront.originBuckets': OriginBucket[];
  }
}

const DISTRIBUTION_GONE = ['NoSuchDistribution'] as const;

export const distributions = defineDataset({
  id: 'cloudfront.distributions',
  scope: 'global',
  operations: ['cloudfront:ListDistributions'],
  async fetch(ctx) {
    // Origin custom header values are dropped by the catalogue's sanitize before anything sees them.
    const listed = await ctx.list<DistributionSummary>('cloudfront:ListDistributions', {}, 'DistributionList.Items');
    return listed.filter((d) => typeof d.Id === 'string' && d.Id !== '').sort((a, b) => a.Id!.localeCompare(b.Id!));
  },
});

export const distributionsRead = defineDataset({
  id: 'cloudfront.distributionsRead',
  scope: 'global',
  operations: [],
  deps: ['cloudfront.distributions'],
  async fetch(ctx): Promise<Fetched<DistributionSummary[]>> {
    try {
      return { ok: true, value: await ctx.get('cloudfront.distributions') };
    } catch (err) {
      if (err instanceof AwsCallError) return { ok: false, error: err.info };
      throw err;
    }
  },
});

/** DefaultRootObject and Logging, which ListDistributions leaves out, per distribution. */
export const distributionSettings = defineDataset({
  id: 'cloudfront.distributionSettings',
  scope: 'global',
  operations: ['cloudfront:GetDistributionConfig'],
  deps: ['cloudfront.distributions'],
  async fetch(ctx) {
    const all = await ctx.get('cloudfront.distributions');
    const read = await ctx.perItem(
      all,
      async (d): Promise<DistributionSettings> => {
        const out = await ctx.call<GetDistributionConfigResult>('cloudfront:GetDistributionConfig', { Id: d.Id });
        const config = out?.DistributionConfig;
        if (!config) {
          const req = { service: 'cloudfront' as const, operation: 'GetDistributionConfig', region: globalEndpointRegion(ctx.account.partition), input: { Id: d.Id } };
          throw toAwsError({ name: 'IncompleteResponse', message: `GetDistributionConfig answered without a DistributionConfig for distribution ${d.Id}` }, req);
        }
        return {
          ...(config.DefaultRootObject !== undefined ? { DefaultRootObject: config.DefaultRootObject } : {}),
          ...(config.Logging ? { Logging: config.Logging } : {}),
        };
      },
      DISTRIBUTION_GONE,
    );
    return read.map(({ item, result }) => ({ distribution: item, result }));
  },
});

/**
 * Standard logging v2 of CloudFront: delivery sources (service `cloudfront`) and their deliveries,
 * which live in us-east-1 of the partition whatever Regions are scanned.
 */
export const logDeliveries = defineDataset({
  id: 'cloudfront.logDeliveries',
  scope: 'global',
  operations: ['logs:DescribeDeliverySources', 'logs:DescribeDeliveries'],
  async fetch(ctx): Promise<Fetched<LogDeliveries>> {
    const region = globalEndpointRegion(ctx.account.partition);
    try {
      const sources = (await ctx.list<DeliverySource>('logs:DescribeDeliverySources', {}, 'deliverySources', { region }))
        .filter((s) => s.service === 'cloudfront')
        .map((s) => ({ name: s.name, service: s.service, logType: s.logType, resourceArns: s.resourceArns ?? [] }));
      // No CloudFront source: no delivery can concern a distribution, and the second listing is not needed.
      const deliveries = sources.length
        ? (await ctx.list<Delivery>('logs:DescribeDeliveries', {}, 'deliveries', { region })).map((d) => ({
            id: d.id,
            deliverySourceName: d.deliverySourceName,
            deliveryDestinationType: d.deliveryDestinationType,
            deliveryDestinationArn: d.deliveryDestinationArn,
          }))
        : [];
      return { ok: true, value: { sources, deliveries } };
    } catch (err) {
      if (!(err instanceof AwsCallError)) throw err;
      // An endpoint without the vended-logs API cannot hold a v2 delivery: there is none.
      if (isNotOffered(err.info)) return { ok: true, value: { sources: [], deliveries: [], notOffered: `${err.info.action} is not offered in ${region} (${err.info.code})` } };
      return { ok: false, error: err.info };
    }
  },
});

const BUCKET_MISSING = new Set(['NotFound', 'NoSuchBucket', '404']);
const BUCKET_ELSEWHERE = new Set(['301', 'PermanentRedirect', 'MovedPermanently', 'Redirect']);

/**
 * Whether each bucket that an S3 REST origin names exists: a bucket of this account's list exists;
 * any other is asked with HeadBucket (IAM action s3:ListBucket), in the Region its endpoint names
 * (else the partition's first Region; the S3 client follows Region redirects).
 */
export const originBuckets = defineDataset({
  id: 'cloudfront.originBuckets',
  scope: 'global',
  operations: ['s3:HeadBucket'],
  deps: ['cloudfront.distributions', 's3.buckets'],
  async fetch(ctx) {
    const named = new Map<string, string | undefined>();
    for (const d of await ctx.get('cloudfront.distributions')) {
      for (const origin of originsOf(d).filter(isS3RestOrigin)) {
        const parsed = s3OriginBucket(origin.DomainName);
        if (parsed && !named.has(parsed.bucket)) named.set(parsed.bucket, parsed.region);
      }
    }
    if (named.size === 0) return [];
    let own = new Set<string>();
    try {
      own = new Set((await ctx.get('s3.buckets')).map((b) => b.name));
    } catch (err) {
      // Without the bucket list, HeadBucket still tells whether each bucket exists.
      if (!(err instanceof AwsCallError)) throw err;
    }
    const fallbackRegion = globalEndpointRegion(ctx.account.partition);
    const read = await ctx.perItem([...named.entries()], async ([bucket, region]): Promise<BucketExistence> => {
      if (own.has(bucket)) return { exists: true, how: 'owned' };
      try {
        await ctx.call('s3:HeadBucket', { Bucket: bucket }, { region: region ?? fallbackRegion });
        return { exists: true, how: 'answered' };
      } catch (err) {
        if (!(err instanceof AwsCallError)) throw err;
        if (BUCKET_MISSING.has(err.info.code)) return { exists: false };
        if (BUCKET_ELSEWHERE.has(err.info.code)) return { exists: true, how: 'redirected' };
        if (err.info.kind === 'access-denied') return { exists: true, how: 'forbidden' };
        throw err;
      }
    });
    return read.map(({ item, result }) => ({ bucket: item[0], result })).sort((a, b) => a.bucket.localeCompare(b.bucket));
  },
});

export default [distributions, distributionsRead, distributionSettings, logDeliveries, originBuckets];
