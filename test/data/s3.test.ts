// The S3 bucket datasets against answers AWS never gives but S3-compatible endpoints do: a policy
// read that succeeds without a policy, a policy already parsed, enumerations in another case.
import { describe, expect, it } from 'vitest';
import { type RecordedCall } from '../../src/data/inventory.js';
import { replayLoader } from '../helpers/replay-loader.js';

const HOME = 'us-east-1';

const loaderFor = (calls: RecordedCall[]) => replayLoader(calls, [HOME, 'eu-west-1'], HOME).loader;

const answer = (operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service: 's3', region: HOME, operation, input, output });
const listing = (...names: string[]) => answer('ListBuckets', { MaxBuckets: 1000 }, { Buckets: names.map((Name) => ({ Name, BucketRegion: HOME })) });
const value = <T>(entries: Array<{ bucket: { name: string }; result: { ok: true; value: T } | { ok: false; error: { code: string } } }>) =>
  entries.map((e) => [e.bucket.name, e.result.ok ? e.result.value : e.result.error.code]);

describe('s3.buckets', () => {
  it('lists buckets with paginated requests (S3 refuses unpaginated ones above a 10,000-bucket quota), following ContinuationToken', async () => {
    const loader = loaderFor([
      answer('ListBuckets', { MaxBuckets: 1000 }, { Buckets: [{ Name: 'acme-a', BucketRegion: 'eu-west-1' }], ContinuationToken: 'next' }),
      answer('ListBuckets', { MaxBuckets: 1000, ContinuationToken: 'next' }, { Buckets: [{ Name: 'acme-b', BucketRegion: HOME }] }),
    ]);
    expect((await loader.load('s3.buckets', HOME)).map((b) => [b.name, b.region])).toEqual([
      ['acme-a', 'eu-west-1'],
      ['acme-b', HOME],
    ]);
  });
});

describe('s3.buckets regions', () => {
  it('keeps buckets of regions outside the scan: bucket names are global and account-wide controls cover every bucket', async () => {
    const loader = loaderFor([
      answer('ListBuckets', { MaxBuckets: 1000 }, { Buckets: [{ Name: 'acme-tokyo', BucketRegion: 'ap-northeast-1' }, { Name: 'acme-home', BucketRegion: HOME }] }),
    ]);
    expect((await loader.load('s3.buckets', HOME)).map((b) => [b.name, b.region])).toEqual([
      ['acme-home', HOME],
      ['acme-tokyo', 'ap-northeast-1'],
    ]);
  });

  it('reads the legacy LocationConstraint EU as eu-west-1, and another constraint as its region', async () => {
    const loader = loaderFor([
      answer('ListBuckets', { MaxBuckets: 1000 }, { Buckets: [{ Name: 'acme-eu' }, { Name: 'acme-frankfurt' }] }),
      answer('GetBucketLocation', { Bucket: 'acme-eu' }, { LocationConstraint: 'EU' }),
      answer('GetBucketLocation', { Bucket: 'acme-frankfurt' }, { LocationConstraint: 'eu-central-1' }),
    ]);
    expect((await loader.load('s3.buckets', HOME)).map((b) => [b.name, b.region])).toEqual([
      ['acme-eu', 'eu-west-1'],
      ['acme-frankfurt', 'eu-central-1'],
    ]);
  });
});

describe('s3.multiRegionAccessPoints', () => {
  it('asks us-west-2 in the aws partition, and nothing outside it, where Multi-Region Access Points do not exist', async () => {
    const mrap = { service: 's3control', region: 'us-west-2', operation: 'ListMultiRegionAccessPoints', input: { AccountId: '123456789012' }, output: { AccessPoints: [{ Name: 'global-assets' }] } } as RecordedCall;
    const aws = replayLoader([mrap], [HOME], HOME);
    expect((await aws.loader.load('s3.multiRegionAccessPoints', HOME))?.map((a) => a.Name)).toEqual(['global-assets']);
    const gov = { id: '123456789012', principalArn: 'arn:aws-us-gov:iam::123456789012:user/auditor', partition: 'aws-us-gov' };
    const govCloud = replayLoader([], ['us-gov-west-1'], 'us-gov-west-1', gov);
    expect(await govCloud.loader.load('s3.multiRegionAccessPoints', 'us-gov-west-1')).toBeNull();
    expect(govCloud.sent).toEqual([]);
  });
});

describe('s3 bucket datasets on S3-compatible answers', () => {
  it('reads the region of a bucket whose LocationConstraint is null or empty as us-east-1', async () => {
    const loader = loaderFor([
      answer('ListBuckets', { MaxBuckets: 1000 }, { Buckets: [{ Name: 'acme-null' }, { Name: 'acme-empty' }] }),
      answer('GetBucketLocation', { Bucket: 'acme-null' }, { LocationConstraint: null }),
      answer('GetBucketLocation', { Bucket: 'acme-empty' }, { LocationConstraint: '' }),
    ]);
    expect((await loader.load('s3.buckets', HOME)).map((b) => [b.name, b.region])).toEqual([
      ['acme-empty', 'us-east-1'],
      ['acme-null', 'us-east-1'],
    ]);
  });

  it('keeps a policy read that succeeds without a policy as an error for that bucket, never as "no policy"', async () => {
    const loader = loaderFor([
      listing('acme-blank', 'acme-none', 'acme-parsed'),
      answer('GetBucketPolicy', { Bucket: 'acme-blank' }, {}),
      { service: 's3', region: HOME, operation: 'GetBucketPolicy', input: { Bucket: 'acme-none' }, error: { code: 'NoSuchBucketPolicy', message: 'none', httpStatus: 404 } },
      answer('GetBucketPolicy', { Bucket: 'acme-parsed' }, { Policy: { Statement: [] } }),
    ]);
    expect(value(await loader.load('s3.bucketPolicies', HOME))).toEqual([
      ['acme-blank', 'IncompleteResponse'],
      ['acme-none', null],
      ['acme-parsed', '{"Statement":[]}'],
    ]);
  });

  it('spells versioning, lifecycle and Object Lock states as AWS does, whatever case the endpoint used', async () => {
    const loader = loaderFor([
      listing('acme-lower'),
      answer('GetBucketVersioning', { Bucket: 'acme-lower' }, { Status: 'enabled', MFADelete: 'DISABLED' }),
      answer('GetBucketLifecycleConfiguration', { Bucket: 'acme-lower' }, { Rules: [{ ID: 'expire', Status: 'enabled' }, { ID: 'bare' }] }),
      answer('GetObjectLockConfiguration', { Bucket: 'acme-lower' }, { ObjectLockConfiguration: { ObjectLockEnabled: 'enabled' } }),
    ]);
    expect(value(await loader.load('s3.bucketVersioning', HOME))).toEqual([['acme-lower', { Status: 'Enabled', MFADelete: 'Disabled' }]]);
    expect(value(await loader.load('s3.bucketLifecycleRules', HOME))).toEqual([['acme-lower', [{ ID: 'expire', Status: 'Enabled' }, { ID: 'bare' }]]]);
    expect(value(await loader.load('s3.bucketObjectLock', HOME))).toEqual([['acme-lower', { ObjectLockEnabled: 'Enabled' }]]);
  });
});
