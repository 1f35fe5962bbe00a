import type { PolicyStatus, PublicAccessBlockConfiguration } from '@aws-sdk/client-s3';
import type { AwsErrorInfo } from '../../model.js';
import { defineDataset, type Fetched } from '../dataset.js';

export interface Bucket {
  name: string;
  arn: string;
  region: string;
  /** Set when the bucket's region could not be read; its reads then go to the home region. */
  locationError?: AwsErrorInfo;
}

export interface PerBucket<T> {
  bucket: Bucket;
  result: Fetched<T>;
}

/** Codes by which S3 says the bucket was deleted between the listing and the read. */
export const BUCKET_GONE = ['NoSuchBucket'] as const;

declare module '../dataset.js' {
  interface DatasetTypes {
    's3.buckets': Bucket[];
    's3.bucketPolicies': PerBucket<string | null>[];
    's3.bucketPolicyStatuses': PerBucket<PolicyStatus | null>[];
    's3.bucketPublicAccessBlocks': PerBucket<PublicAccessBlockConfiguration | null>[];
    's3.accountPublicAccessBlock': PublicAccessBlockConfiguration | null;
  }
}

/** LocationConstraint as S3 reports it, as a region name: empty means us-east-1, EU is eu-west-1. */
export function regionOfLocation(constraint: string | undefined | null): string {
  if (!constraint) return 'us-east-1';
  if (constraint === 'EU') return 'eu-west-1';
  return constraint;
}

export const buckets = defineDataset({
  id: 's3.buckets',
  scope: 'global',
  operations: ['s3:ListBuckets', 's3:GetBucketLocation'],
  async fetch(ctx) {
    const listed = await ctx.list<{ Name?: string; BucketRegion?: string }>('s3:ListBuckets', {}, 'Buckets');
    const named = listed.filter((b): b is { Name: string; BucketRegion?: string } => typeof b.Name === 'string');
    const located = await ctx.perItem(
      named,
      async (b) => {
        if (b.BucketRegion) return b.BucketRegion;
        const out = await ctx.call<{ LocationConstraint?: string }>('s3:GetBucketLocation', { Bucket: b.Name });
        return regionOfLocation(out?.LocationConstraint);
      },
      BUCKET_GONE,
    );
    const all = located.map(({ item, result }): Bucket => ({
      name: item.Name,
      arn: `arn:${ctx.account.partition}:s3:::${item.Name}`,
      region: result.ok ? result.value : ctx.homeRegion,
      ...(result.ok ? {} : { locationError: result.error }),
    }));
    // Buckets of regions outside the scan are left out, as every other regional resource is.
    return all.filter((b) => b.locationError || ctx.regions.includes(b.region)).sort((a, b) => a.name.localeCompare(b.name));
  },
});

export const bucketPolicies = defineDataset({
  id: 's3.bucketPolicies',
  scope: 'global',
  operations: ['s3:GetBucketPolicy'],
  deps: ['s3.buckets'],
  async fetch(ctx) {
    const all = await ctx.get('s3.buckets');
    const read = await ctx.perItem(
      all,
      async (b) => {
        const out = await ctx.call<{ Policy?: string }>('s3:GetBucketPolicy', { Bucket: b.name }, { region: b.region, absent: ['NoSuchBucketPolicy'] });
        return out?.Policy ?? null;
      },
      BUCKET_GONE,
    );
    return read.map(({ item, result }) => ({ bucket: item, result }));
  },
});

export const bucketPolicyStatuses = defineDataset({
  id: 's3.bucketPolicyStatuses',
  scope: 'global',
  operations: ['s3:GetBucketPolicyStatus'],
  deps: ['s3.buckets'],
  async fetch(ctx) {
    const all = await ctx.get('s3.buckets');
    const read = await ctx.perItem(
      all,
      async (b) => {
        const out = await ctx.call<{ PolicyStatus?: PolicyStatus }>('s3:GetBucketPolicyStatus', { Bucket: b.name }, { region: b.region, absent: ['NoSuchBucketPolicy'] });
        return out?.PolicyStatus ?? null;
      },
      BUCKET_GONE,
    );
    return read.map(({ item, result }) => ({ bucket: item, result }));
  },
});

export const bucketPublicAccessBlocks = defineDataset({
  id: 's3.bucketPublicAccessBlocks',
  scope: 'global',
  operations: ['s3:GetPublicAccessBlock'],
  deps: ['s3.buckets'],
  async fetch(ctx) {
    const all = await ctx.get('s3.buckets');
    const read = await ctx.perItem(
      all,
      async (b) => {
        const out = await ctx.call<{ PublicAccessBlockConfiguration?: PublicAccessBlockConfiguration }>(
          's3:GetPublicAccessBlock',
          { Bucket: b.name },
          { region: b.region, absent: ['NoSuchPublicAccessBlockConfiguration'] },
        );
        return out?.PublicAccessBlockConfiguration ?? null;
      },
      BUCKET_GONE,
    );
    return read.map(({ item, result }) => ({ bucket: item, result }));
  },
});

export const accountPublicAccessBlock = defineDataset({
  id: 's3.accountPublicAccessBlock',
  scope: 'global',
  operations: ['s3control:GetPublicAccessBlock'],
  async fetch(ctx) {
    const out = await ctx.call<{ PublicAccessBlockConfiguration?: PublicAccessBlockConfiguration }>(
      's3control:GetPublicAccessBlock',
      { AccountId: ctx.account.id },
      { absent: ['NoSuchPublicAccessBlockConfiguration'] },
    );
    return out?.PublicAccessBlockConfiguration ?? null;
  },
});

export default [buckets, bucketPolicies, bucketPolicyStatuses, bucketPublicAccessBlocks, accountPublicAccessBlock];
