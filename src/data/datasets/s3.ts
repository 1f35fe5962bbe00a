import type {
  GetBucketAclOutput,
  GetBucketVersioningOutput,
  LifecycleRule,
  LoggingEnabled,
  NotificationConfiguration,
  ObjectLockConfiguration,
  OwnershipControls,
  PublicAccessBlockConfiguration,
  ServerSideEncryptionConfiguration,
} from '@aws-sdk/client-s3';
import type { AccessPoint, GetAccessPointResult, MultiRegionAccessPointReport } from '@aws-sdk/client-s3-control';
import type { OperationId } from '../../aws/catalogue.js';
import { AwsCallError, toAwsError } from '../../aws/errors.js';
import type { AwsErrorInfo } from '../../model.js';
import { defineDataset, type DatasetId, type DatasetSpec, type DatasetTypes, type Fetched, type FetchContext } from '../dataset.js';

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
    's3.bucketPublicAccessBlocks': PerBucket<PublicAccessBlockConfiguration | null>[];
    's3.accountPublicAccessBlock': PublicAccessBlockConfiguration | null;
    /**
     * The same, or the error that kept it from being read, for bucket checks that need the account
     * level only for some buckets and must not fail as a whole without it.
     */
    's3.accountPublicAccessBlockRead': Fetched<PublicAccessBlockConfiguration | null>;
    's3.bucketAcls': PerBucket<BucketAcl>[];
    /** null: no default encryption configured. */
    's3.bucketEncryption': PerBucket<ServerSideEncryptionConfiguration | null>[];
    's3.bucketVersioning': PerBucket<BucketVersioning>[];
    /** null: server access logging off. */
    's3.bucketLogging': PerBucket<LoggingEnabled | null>[];
    /** Empty when the bucket has no lifecycle configuration. */
    's3.bucketLifecycleRules': PerBucket<LifecycleRule[]>[];
    /** null: Object Lock was never enabled on the bucket. */
    's3.bucketObjectLock': PerBucket<ObjectLockConfiguration | null>[];
    /** null: no ownership controls, so ACLs are in force. */
    's3.bucketOwnershipControls': PerBucket<OwnershipControls | null>[];
    's3.bucketNotifications': PerBucket<BucketNotifications>[];
    's3.accessPoints': AccessPointDetails[];
    /** null outside the aws partition, which alone offers Multi-Region Access Points. */
    's3.multiRegionAccessPoints': MultiRegionAccessPointReport[] | null;
  }
}

export type BucketAcl = Pick<GetBucketAclOutput, 'Owner' | 'Grants'>;
export type BucketVersioning = Pick<GetBucketVersioningOutput, 'Status' | 'MFADelete'>;
export type BucketNotifications = NotificationConfiguration;

export interface AccessPointDetails {
  accessPoint: AccessPoint & { Name: string };
  /** GetAccessPoint's answer, which holds the access point's own Block Public Access settings. */
  result: Fetched<GetAccessPointResult>;
}

/** Multi-Region Access Points are managed only through this Region's S3 Control endpoint. */
export const MRAP_CONTROL_REGION = 'us-west-2';

/** LocationConstraint as S3 reports it, as a region name: empty means us-east-1, EU is eu-west-1. */
export function regionOfLocation(constraint: string | undefined | null): string {
  if (!constraint) return 'us-east-1';
  if (constraint === 'EU') return 'eu-west-1';
  return constraint;
}

/** The ListBuckets request: paginated, in pages of 1,000 (emulators that predate MaxBuckets ignore it). */
export const LIST_BUCKETS_INPUT = { MaxBuckets: 1000 } as const;

export const buckets = defineDataset({
  id: 's3.buckets',
  scope: 'global',
  operations: ['s3:ListBuckets', 's3:GetBucketLocation'],
  async fetch(ctx) {
    // Paginated on purpose: S3 rejects unpaginated ListBuckets in accounts whose bucket quota is
    // above 10,000, and gives each bucket's BucketRegion only to paginated requests.
    const listed = await ctx.list<{ Name?: string; BucketRegion?: string }>('s3:ListBuckets', LIST_BUCKETS_INPUT, 'Buckets');
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
    // Every bucket of the account, whatever --region says: bucket names are one global namespace,
    // ListBuckets lists them all, and account-wide controls (CIS 2.1.4) are about all of them. Each
    // bucket is read in its own region.
    return all.sort((a, b) => a.name.localeCompare(b.name));
  },
});

/** An answer AWS always completes but this one left incomplete: an error for that bucket, not for the check. */
function incomplete(operation: string, bucket: Bucket, message: string): AwsCallError {
  return toAwsError({ name: 'IncompleteResponse', message }, { service: 's3', operation, region: bucket.region, input: { Bucket: bucket.name } });
}

/** An enumeration value in AWS's spelling (`Enabled`), whatever case an S3-compatible endpoint used. */
function canonical<T extends string>(value: T | undefined, spellings: readonly T[]): T | undefined {
  if (typeof value !== 'string') return value;
  return spellings.find((spelling) => spelling.toLowerCase() === value.trim().toLowerCase()) ?? value;
}

export const bucketPolicies = perBucketDataset('s3.bucketPolicies', 's3:GetBucketPolicy', async (ctx, b) => {
  const out = await ctx.call<{ Policy?: unknown }>('s3:GetBucketPolicy', { Bucket: b.name }, { region: b.region, absent: ['NoSuchBucketPolicy'] });
  if (out === undefined) return null;
  if (typeof out.Policy === 'string' && out.Policy.trim() !== '') return out.Policy;
  // Some endpoints hand the policy back already parsed.
  if (out.Policy !== null && typeof out.Policy === 'object') return JSON.stringify(out.Policy);
  // A success without a policy is not "no policy" (that is NoSuchBucketPolicy): it cannot be judged.
  throw incomplete('GetBucketPolicy', b, `GetBucketPolicy answered without a policy for bucket ${b.name}`);
});

export const bucketPublicAccessBlocks = perBucketDataset('s3.bucketPublicAccessBlocks', 's3:GetPublicAccessBlock', async (ctx, b) => {
  const out = await ctx.call<{ PublicAccessBlockConfiguration?: PublicAccessBlockConfiguration }>(
    's3:GetPublicAccessBlock',
    { Bucket: b.name },
    { region: b.region, absent: ['NoSuchPublicAccessBlockConfiguration'] },
  );
  return out?.PublicAccessBlockConfiguration ?? null;
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

export const accountPublicAccessBlockRead = defineDataset({
  id: 's3.accountPublicAccessBlockRead',
  scope: 'global',
  operations: [],
  deps: ['s3.accountPublicAccessBlock'],
  async fetch(ctx): Promise<Fetched<PublicAccessBlockConfiguration | null>> {
    try {
      return { ok: true, value: await ctx.get('s3.accountPublicAccessBlock') };
    } catch (err) {
      if (err instanceof AwsCallError) return { ok: false, error: err.info };
      throw err;
    }
  },
});

type PerBucketId = { [K in DatasetId]: DatasetTypes[K] extends PerBucket<unknown>[] ? K : never }[DatasetId];
type BucketValue<K extends PerBucketId> = DatasetTypes[K] extends PerBucket<infer T>[] ? T : never;

/** A dataset holding one read per bucket, each sent to the bucket's own region. */
function perBucketDataset<K extends PerBucketId>(
  id: K,
  operation: OperationId,
  read: (ctx: FetchContext, bucket: Bucket) => Promise<BucketValue<K>>,
): DatasetSpec<K> {
  return defineDataset({
    id,
    scope: 'global',
    operations: [operation],
    deps: ['s3.buckets'],
    async fetch(ctx) {
      const all = await ctx.get('s3.buckets');
      const results = await ctx.perItem(all, (b) => read(ctx, b), BUCKET_GONE);
      return results.map(({ item, result }) => ({ bucket: item, result })) as DatasetTypes[K];
    },
  });
}

export const bucketAcls = perBucketDataset('s3.bucketAcls', 's3:GetBucketAcl', async (ctx, b) => {
  const out = await ctx.call<BucketAcl>('s3:GetBucketAcl', { Bucket: b.name }, { region: b.region });
  return { ...(out?.Owner ? { Owner: out.Owner } : {}), Grants: out?.Grants ?? [] };
});

export const bucketEncryption = perBucketDataset('s3.bucketEncryption', 's3:GetBucketEncryption', async (ctx, b) => {
  const out = await ctx.call<{ ServerSideEncryptionConfiguration?: ServerSideEncryptionConfiguration }>(
    's3:GetBucketEncryption',
    { Bucket: b.name },
    { region: b.region, absent: ['ServerSideEncryptionConfigurationNotFoundError'] },
  );
  return out?.ServerSideEncryptionConfiguration ?? null;
});

export const bucketVersioning = perBucketDataset('s3.bucketVersioning', 's3:GetBucketVersioning', async (ctx, b) => {
  const out = await ctx.call<BucketVersioning>('s3:GetBucketVersioning', { Bucket: b.name }, { region: b.region });
  const status = canonical(out?.Status, ['Enabled', 'Suspended']);
  const mfaDelete = canonical(out?.MFADelete, ['Enabled', 'Disabled']);
  return { ...(status ? { Status: status } : {}), ...(mfaDelete ? { MFADelete: mfaDelete } : {}) };
});

export const bucketLogging = perBucketDataset('s3.bucketLogging', 's3:GetBucketLogging', async (ctx, b) => {
  const out = await ctx.call<{ LoggingEnabled?: LoggingEnabled }>('s3:GetBucketLogging', { Bucket: b.name }, { region: b.region });
  return out?.LoggingEnabled ?? null;
});

export const bucketLifecycleRules = perBucketDataset('s3.bucketLifecycleRules', 's3:GetBucketLifecycleConfiguration', async (ctx, b) => {
  const out = await ctx.call<{ Rules?: LifecycleRule[] }>(
    's3:GetBucketLifecycleConfiguration',
    { Bucket: b.name },
    { region: b.region, absent: ['NoSuchLifecycleConfiguration'] },
  );
  return (out?.Rules ?? []).map((rule) => (rule.Status ? { ...rule, Status: canonical(rule.Status, ['Enabled', 'Disabled'])! } : rule));
});

export const bucketObjectLock = perBucketDataset('s3.bucketObjectLock', 's3:GetObjectLockConfiguration', async (ctx, b) => {
  const out = await ctx.call<{ ObjectLockConfiguration?: ObjectLockConfiguration }>(
    's3:GetObjectLockConfiguration',
    { Bucket: b.name },
    { region: b.region, absent: ['ObjectLockConfigurationNotFoundError'] },
  );
  const config = out?.ObjectLockConfiguration;
  return config ? { ...config, ...(config.ObjectLockEnabled ? { ObjectLockEnabled: canonical(config.ObjectLockEnabled, ['Enabled']) } : {}) } : null;
});

export const bucketOwnershipControls = perBucketDataset('s3.bucketOwnershipControls', 's3:GetBucketOwnershipControls', async (ctx, b) => {
  const out = await ctx.call<{ OwnershipControls?: OwnershipControls }>(
    's3:GetBucketOwnershipControls',
    { Bucket: b.name },
    { region: b.region, absent: ['OwnershipControlsNotFoundError'] },
  );
  return out?.OwnershipControls ?? null;
});

export const bucketNotifications = perBucketDataset('s3.bucketNotifications', 's3:GetBucketNotificationConfiguration', async (ctx, b) => {
  const out = await ctx.call<BucketNotifications>('s3:GetBucketNotificationConfiguration', { Bucket: b.name }, { region: b.region });
  return out ?? {};
});

export const accessPoints = defineDataset({
  id: 's3.accessPoints',
  scope: 'regional',
  operations: ['s3control:ListAccessPoints', 's3control:GetAccessPoint'],
  async fetch(ctx) {
    const listed = await ctx.list<AccessPoint>('s3control:ListAccessPoints', { AccountId: ctx.account.id }, 'AccessPointList');
    const named = listed.filter((ap): ap is AccessPoint & { Name: string } => typeof ap.Name === 'string');
    const read = await ctx.perItem(
      named,
      async (ap) => {
        const out = await ctx.call<GetAccessPointResult>('s3control:GetAccessPoint', { AccountId: ctx.account.id, Name: ap.Name });
        return out ?? {};
      },
      ['NoSuchAccessPoint'],
    );
    return read.map(({ item, result }) => ({ accessPoint: item, result })).sort((a, b) => a.accessPoint.Name.localeCompare(b.accessPoint.Name));
  },
});

export const multiRegionAccessPoints = defineDataset({
  id: 's3.multiRegionAccessPoints',
  scope: 'global',
  operations: ['s3control:ListMultiRegionAccessPoints'],
  async fetch(ctx) {
    // Their control plane is us-west-2 of the aws partition; aws-cn and aws-us-gov have none.
    if (ctx.account.partition !== 'aws') return null;
    const listed = await ctx.list<MultiRegionAccessPointReport>(
      's3control:ListMultiRegionAccessPoints',
      { AccountId: ctx.account.id },
      'AccessPoints',
      { region: MRAP_CONTROL_REGION },
    );
    return listed.sort((a, b) => (a.Name ?? '').localeCompare(b.Name ?? ''));
  },
});

export default [
  buckets,
  bucketPolicies,
  bucketPublicAccessBlocks,
  accountPublicAccessBlock,
  accountPublicAccessBlockRead,
  bucketAcls,
  bucketEncryption,
  bucketVersioning,
  bucketLogging,
  bucketLifecycleRules,
  bucketObjectLock,
  bucketOwnershipControls,
  bucketNotifications,
  accessPoints,
  multiRegionAccessPoints,
];
