// The CloudFront and Shield datasets against recorded answers: one listing paged to the end in
// us-east-1 whatever the scanned Regions, origin header values that never reach a dataset or a
// recording, per-distribution reads kept or dropped, standard logging v2 in us-east-1, origin
// buckets found in the account or asked with HeadBucket.
import { describe, expect, it } from 'vitest';
import type { AwsRequest } from '../../src/aws/errors.js';
import { dropHeaderValues } from '../../src/aws/services/cloudfront.js';
import { AwsData } from '../../src/data/aws-data.js';
import { DatasetLoader } from '../../src/data/dataset.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { INVENTORY_FORMAT, INVENTORY_VERSION, Recorder, ReplayTransport, type RecordedCall } from '../../src/data/inventory.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
import { replayLoader } from '../helpers/replay-loader.js';
import { distribution, s3Origin, customOrigin } from '../fixtures/cloudfront.js';

const HOME = 'us-east-1';
const answer = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service, region, operation, input, output });
const refused = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, code: string, httpStatus: number): RecordedCall => ({
  service,
  region,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});
const page = (items: unknown[], next?: string) => ({ DistributionList: { Items: items, Quantity: items.length, IsTruncated: next !== undefined, MaxItems: 100, Marker: '', ...(next ? { NextMarker: next } : {}) } });

const SECRET = 'origin-shared-secret-7f3a9c2e41b8';
const withSecretHeader = distribution('E1SECRET', {
  Origins: {
    Quantity: 1,
    Items: [{ ...customOrigin('api', 'api.example.com'), CustomHeaders: { Quantity: 2, Items: [{ HeaderName: 'X-Origin-Verify', HeaderValue: SECRET }, { HeaderName: 'X-Env', HeaderValue: 'prod' }] } }],
  },
});

describe('cloudfront.distributions', () => {
  it('pages ListDistributions with Marker to the end, in us-east-1 even when only eu-west-1 is scanned', async () => {
    const { loader, sent } = replayLoader(
      [answer('cloudfront', HOME, 'ListDistributions', {}, page([distribution('E2B')], 'E2B')), answer('cloudfront', HOME, 'ListDistributions', { Marker: 'E2B' }, page([distribution('E1A')]))],
      ['eu-west-1'],
      'eu-west-1',
    );
    const all = await loader.load('cloudfront.distributions', 'eu-west-1');
    expect(all.map((d) => d.Id)).toEqual(['E1A', 'E2B']);
    expect(sent.map((r) => [r.region, r.input.Marker])).toEqual([
      [HOME, undefined],
      [HOME, 'E2B'],
    ]);
  });

  it('drops origin custom header values before the dataset and the recording see them, keeping the names', async () => {
    const calls = [
      answer('cloudfront', HOME, 'ListDistributions', {}, page([withSecretHeader])),
      answer('cloudfront', HOME, 'GetDistributionConfig', { Id: 'E1SECRET' }, { ETag: 'E3', DistributionConfig: { CallerReference: 'r', Comment: '', Enabled: true, Origins: withSecretHeader.Origins, DefaultRootObject: 'index.html' } }),
    ];
    const transport = new ReplayTransport({ format: INVENTORY_FORMAT, version: INVENTORY_VERSION, tool: { name: 'aws-posture', version: 'test' }, recordedAt: NOW.toISOString(), account: ACCOUNT, regions: [HOME], calls });
    const recorder = new Recorder();
    const loader = new DatasetLoader(DATASETS, new AwsData(transport, { concurrency: 2, recorder }), { regions: [HOME], homeRegion: HOME, account: ACCOUNT });
    const all = await loader.load('cloudfront.distributions', HOME);
    const settings = await loader.load('cloudfront.distributionSettings', HOME);
    expect(all[0]!.Origins!.Items![0]!.CustomHeaders!.Items).toEqual([{ HeaderName: 'X-Origin-Verify' }, { HeaderName: 'X-Env' }]);
    expect(settings[0]!.result).toEqual({ ok: true, value: { DefaultRootObject: 'index.html' } });
    for (const text of [JSON.stringify(all), JSON.stringify(settings), JSON.stringify(recorder.entries())]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('HeaderValue');
    }
    expect(JSON.stringify(recorder.entries())).toContain('X-Origin-Verify');
  });

  it('reduces answers idempotently: a replayed reduced answer stays as it is', () => {
    const once = dropHeaderValues(page([withSecretHeader]));
    expect(dropHeaderValues(once)).toEqual(once);
    expect(JSON.stringify(once)).not.toContain(SECRET);
  });

  it('keeps dates and leaves answers without headers alone', () => {
    const when = new Date('2026-01-02T03:04:05Z');
    const out = dropHeaderValues({ DistributionList: { Items: [{ Id: 'E1', LastModifiedTime: when }] } });
    expect((out.DistributionList as { Items: Array<{ LastModifiedTime: Date }> }).Items[0]!.LastModifiedTime).toBe(when);
  });
});

describe('cloudfront.distributionSettings', () => {
  it('drops a distribution deleted since the listing and keeps a refused read as that distribution’s error', async () => {
    const { loader } = replayLoader(
      [
        answer('cloudfront', HOME, 'ListDistributions', {}, page([distribution('E1OK'), distribution('E2GONE'), distribution('E3DENIED')])),
        answer('cloudfront', HOME, 'GetDistributionConfig', { Id: 'E1OK' }, { DistributionConfig: { DefaultRootObject: '', Logging: { Enabled: true, Bucket: 'logs.s3.amazonaws.com', Prefix: 'cf/', IncludeCookies: false } } }),
        refused('cloudfront', HOME, 'GetDistributionConfig', { Id: 'E2GONE' }, 'NoSuchDistribution', 404),
        refused('cloudfront', HOME, 'GetDistributionConfig', { Id: 'E3DENIED' }, 'AccessDenied', 403),
      ],
      [HOME],
    );
    const settings = await loader.load('cloudfront.distributionSettings', HOME);
    expect(settings.map((s) => [s.distribution.Id, s.result.ok ? s.result.value : s.result.error.code])).toEqual([
      ['E1OK', { DefaultRootObject: '', Logging: { Enabled: true, Bucket: 'logs.s3.amazonaws.com', Prefix: 'cf/', IncludeCookies: false } }],
      ['E3DENIED', 'AccessDenied'],
    ]);
  });

  it('turns an answer without DistributionConfig into that distribution’s error, never a default', async () => {
    const { loader } = replayLoader([answer('cloudfront', HOME, 'ListDistributions', {}, page([distribution('E1')])), answer('cloudfront', HOME, 'GetDistributionConfig', { Id: 'E1' }, { ETag: 'x' })], [HOME]);
    const [only] = await loader.load('cloudfront.distributionSettings', HOME);
    expect(only!.result.ok ? 'ok' : only!.result.error.code).toBe('IncompleteResponse');
  });
});

describe('cloudfront.logDeliveries', () => {
  const source = { name: 'cf-E1', service: 'cloudfront', logType: 'ACCESS_LOGS', resourceArns: ['arn:aws:cloudfront::123456789012:distribution/E1'], arn: 'arn:aws:logs:us-east-1:123456789012:delivery-source:cf-E1' };

  it('reads delivery sources and deliveries in us-east-1, paged, keeping CloudFront sources only', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('logs', HOME, 'DescribeDeliverySources', {}, { deliverySources: [source], nextToken: 't2' }),
        answer('logs', HOME, 'DescribeDeliverySources', { nextToken: 't2' }, { deliverySources: [{ name: 'vpc', service: 'ec2', resourceArns: [] }] }),
        answer('logs', HOME, 'DescribeDeliveries', {}, { deliveries: [{ id: 'd1', deliverySourceName: 'cf-E1', deliveryDestinationType: 'S3', deliveryDestinationArn: 'arn:aws:logs:us-east-1:123456789012:delivery-destination:s3' }] }),
      ],
      ['eu-west-1'],
      'eu-west-1',
    );
    const read = await loader.load('cloudfront.logDeliveries', 'eu-west-1');
    expect(read.ok && read.value.sources.map((s) => s.name)).toEqual(['cf-E1']);
    expect(read.ok && read.value.deliveries.map((d) => d.deliverySourceName)).toEqual(['cf-E1']);
    expect(new Set(sent.map((r) => r.region))).toEqual(new Set([HOME]));
  });

  it('skips DescribeDeliveries when no source concerns CloudFront', async () => {
    const { loader, sent } = replayLoader([answer('logs', HOME, 'DescribeDeliverySources', {}, { deliverySources: [] })], [HOME]);
    expect(await loader.load('cloudfront.logDeliveries', HOME)).toEqual({ ok: true, value: { sources: [], deliveries: [] } });
    expect(sent.map((r) => r.operation)).toEqual(['DescribeDeliverySources']);
  });

  it('keeps a refusal as an error, and reads an endpoint without the API as having no deliveries', async () => {
    const denied = replayLoader([refused('logs', HOME, 'DescribeDeliverySources', {}, 'AccessDeniedException', 400)], [HOME]);
    const read = await denied.loader.load('cloudfront.logDeliveries', HOME);
    expect(read.ok ? 'ok' : read.error.code).toBe('AccessDeniedException');
    const missing = replayLoader([refused('logs', HOME, 'DescribeDeliverySources', {}, 'UnknownOperationException', 400)], [HOME]);
    const none = await missing.loader.load('cloudfront.logDeliveries', HOME);
    expect(none.ok && none.value.sources).toEqual([]);
    expect(none.ok && none.value.notOffered).toContain('UnknownOperationException');
    const unimplemented = replayLoader([{ ...refused('logs', HOME, 'DescribeDeliverySources', {}, 'InternalFailure', 501), error: { code: 'InternalFailure', message: "API action 'DescribeDeliverySources' for service 'logs' not yet implemented", httpStatus: 501 } }], [HOME]);
    const empty = await unimplemented.loader.load('cloudfront.logDeliveries', HOME);
    expect(empty.ok && empty.value.sources).toEqual([]);
  });
});

describe('cloudfront.originBuckets', () => {
  const dist = distribution('E1', {
    Origins: {
      Quantity: 5,
      Items: [
        s3Origin('own', 'acme-assets.s3.amazonaws.com'),
        s3Origin('gone', 'acme-old-site.s3.eu-west-1.amazonaws.com'),
        s3Origin('partner', 'partner-cdn.s3-us-west-2.amazonaws.com'),
        s3Origin('hidden', 'acme-hidden.s3.amazonaws.com'),
        // A website endpoint is a custom origin: never asked.
        customOrigin('site', 'acme-site.s3-website-us-east-1.amazonaws.com'),
      ],
    },
  });
  const listBuckets = answer('s3', HOME, 'ListBuckets', { MaxBuckets: 1000 }, { Buckets: [{ Name: 'acme-assets', BucketRegion: 'us-east-1' }] });

  it('knows the account’s own buckets, asks HeadBucket for the others in the Region their endpoint names, and reads 404, 403 and errors', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('cloudfront', HOME, 'ListDistributions', {}, page([dist])),
        listBuckets,
        refused('s3', 'eu-west-1', 'HeadBucket', { Bucket: 'acme-old-site' }, 'NotFound', 404),
        refused('s3', 'us-west-2', 'HeadBucket', { Bucket: 'partner-cdn' }, '403', 403),
        refused('s3', HOME, 'HeadBucket', { Bucket: 'acme-hidden' }, 'InternalError', 500),
      ],
      [HOME],
    );
    const buckets = await loader.load('cloudfront.originBuckets', HOME);
    expect(buckets.map((b) => [b.bucket, b.result.ok ? b.result.value : b.result.error.code])).toEqual([
      ['acme-assets', { exists: true, how: 'owned' }],
      ['acme-hidden', 'InternalError'],
      ['acme-old-site', { exists: false }],
      ['partner-cdn', { exists: true, how: 'forbidden' }],
    ]);
    expect(sent.filter((r) => r.operation === 'HeadBucket').map((r) => `${r.input.Bucket}@${r.region}`).sort()).toEqual(['acme-hidden@us-east-1', 'acme-old-site@eu-west-1', 'partner-cdn@us-west-2']);
  });

  it('asks nothing when no distribution has an S3 origin', async () => {
    const web = distribution('E9', { Origins: { Quantity: 1, Items: [customOrigin('web', 'www.example.com')] } });
    const { loader, sent } = replayLoader([answer('cloudfront', HOME, 'ListDistributions', {}, page([web]))], [HOME]);
    expect(await loader.load('cloudfront.originBuckets', HOME)).toEqual([]);
    expect(sent.map((r: AwsRequest) => r.operation)).toEqual(['ListDistributions']);
  });

  it('still asks HeadBucket for every bucket when the bucket list is refused', async () => {
    const { loader } = replayLoader(
      [
        answer('cloudfront', HOME, 'ListDistributions', {}, page([distribution('E1', { Origins: { Quantity: 1, Items: [s3Origin('own', 'acme-assets.s3.amazonaws.com')] } })])),
        refused('s3', HOME, 'ListBuckets', { MaxBuckets: 1000 }, 'AccessDenied', 403),
        answer('s3', HOME, 'HeadBucket', { Bucket: 'acme-assets' }, { BucketRegion: 'us-east-1' }),
      ],
      [HOME],
    );
    const [only] = await loader.load('cloudfront.originBuckets', HOME);
    expect(only!.result).toEqual({ ok: true, value: { exists: true, how: 'answered' } });
  });
});
