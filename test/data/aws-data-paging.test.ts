// Paging shapes beyond a top-level token, the guard against a token that comes back, answers
// reduced before anyone sees them, and the endpoint of global services.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { CATALOGUE, globalEndpointRegion, type AwsService } from '../../src/aws/catalogue.js';
import { AwsCallError, type AwsRequest } from '../../src/aws/errors.js';
import type { Transport } from '../../src/aws/transport.js';
import { AwsData } from '../../src/data/aws-data.js';
import { DatasetLoader, defineDataset, type AnyDataset } from '../../src/data/dataset.js';
import { Recorder } from '../../src/data/inventory.js';
import { ACCOUNT } from '../helpers/check-harness.js';
// @ts-expect-error -- plain ESM script without type declarations
import { SIGNING_NAMES } from '../../scripts/bench/wire.mjs';

/** A transport that answers from a function and remembers what it was asked. */
function fakeTransport(answer: (req: AwsRequest) => Record<string, unknown>): Transport & { asked: AwsRequest[] } {
  const asked: AwsRequest[] = [];
  return {
    asked,
    send: async (req) => {
      asked.push(req);
      return answer(req);
    },
  };
}

describe('paging', () => {
  it('follows a token nested in the answer and reads the items under a dotted key (CloudFront)', async () => {
    const transport = fakeTransport((req) =>
      req.input.Marker === 'm1'
        ? { DistributionList: { Items: [{ Id: 'E2' }], IsTruncated: false, NextMarker: 'stale' } }
        : { DistributionList: { Items: [{ Id: 'E1' }], IsTruncated: true, NextMarker: 'm1' } },
    );
    const aws = new AwsData(transport, { concurrency: 2 });
    const items = await aws.list<{ Id: string }>({ service: 'cloudfront', operation: 'ListDistributions', region: 'us-east-1', input: {} }, 'DistributionList.Items');
    expect(items.map((d) => d.Id)).toEqual(['E1', 'E2']);
    expect(transport.asked.map((r) => r.input.Marker)).toEqual([undefined, 'm1']);
  });

  it('fails the listing when a continuation token comes back a second time, instead of ending it as complete', async () => {
    // t1 -> t2 -> t1: the third answer repeats a token; the listing is not known to be complete.
    const tokens: Record<string, string> = { '': 't1', t1: 't2', t2: 't1' };
    const transport = fakeTransport((req) => ({ SecurityGroups: [{ GroupId: `sg-${String(req.input.NextToken ?? '0')}` }], NextToken: tokens[String(req.input.NextToken ?? '')] }));
    const aws = new AwsData(transport, { concurrency: 2 });
    const err = await aws.list({ service: 'ec2', operation: 'DescribeSecurityGroups', region: 'eu-west-1', input: {} }, 'SecurityGroups').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AwsCallError);
    expect((err as AwsCallError).info.code).toBe('PaginationTokenRepeated');
    expect(transport.asked).toHaveLength(3);
  });

  it('stops when the token is the one just sent (an endpoint that repeats its last token): an error, not a loop', async () => {
    const transport = fakeTransport(() => ({ SecurityGroups: [], NextToken: 'same' }));
    const aws = new AwsData(transport, { concurrency: 2 });
    const err = await aws.list({ service: 'ec2', operation: 'DescribeSecurityGroups', region: 'eu-west-1', input: {} }, 'SecurityGroups').catch((e: unknown) => e);
    expect((err as AwsCallError).info.code).toBe('PaginationTokenRepeated');
    expect(transport.asked).toHaveLength(2);
  });
});

describe('sanitized answers', () => {
  it('reduces an answer before it is cached, recorded or returned, and keeps a reduced answer as it is', async () => {
    const spec = CATALOGUE.ec2.operations as Record<string, { sanitize?: (o: Record<string, unknown>) => Record<string, unknown> }>;
    const original = spec.GetEbsEncryptionByDefault!.sanitize;
    spec.GetEbsEncryptionByDefault!.sanitize = (o) => ({ ...o, Secret: o.Secret === undefined ? undefined : '[reduced]' });
    try {
      const transport = fakeTransport(() => ({ EbsEncryptionByDefault: true, Secret: 'hunter2-hunter2' }));
      const recorder = new Recorder();
      const aws = new AwsData(transport, { concurrency: 2, recorder });
      const req: AwsRequest = { service: 'ec2', operation: 'GetEbsEncryptionByDefault', region: 'eu-west-1', input: {} };
      expect(await aws.call(req)).toEqual({ EbsEncryptionByDefault: true, Secret: '[reduced]' });
      expect(JSON.stringify(recorder.entries())).not.toContain('hunter2');
    } finally {
      spec.GetEbsEncryptionByDefault!.sanitize = original;
    }
  });
});

describe('global services', () => {
  it('sends CloudFront and Shield requests to the partition’s global endpoint Region, whatever Region asks', async () => {
    const transport = fakeTransport(() => ({ DistributionList: { Items: [] }, SubscriptionState: 'INACTIVE' }));
    const dataset = defineDataset({
      id: 'test.global' as never,
      scope: 'regional',
      operations: ['cloudfront:ListDistributions', 'shield:GetSubscriptionState'],
      async fetch(ctx) {
        await ctx.list('cloudfront:ListDistributions', {}, 'DistributionList.Items');
        await ctx.call('shield:GetSubscriptionState');
        return [] as never;
      },
    }) as unknown as AnyDataset;
    const scope = { regions: ['eu-west-1'], homeRegion: 'eu-west-1', account: ACCOUNT };
    const loader = new DatasetLoader(new Map([[dataset.id, dataset]]), new AwsData(transport, { concurrency: 2 }), scope);
    await loader.load(dataset.id, 'eu-west-1');
    expect(transport.asked.map((r) => `${r.service}@${r.region}`)).toEqual(['cloudfront@us-east-1', 'shield@us-east-1']);
    expect(globalEndpointRegion('aws-us-gov')).toBe('us-gov-west-1');
    expect(globalEndpointRegion('aws-cn')).toBe('cn-northwest-1');
  });
});

interface SdkClientLike {
  config: { serviceId: string; httpAuthSchemeProvider(params: object): Promise<Array<{ signingProperties?: { name?: string } }>> };
  destroy(): void;
}

describe('catalogue', () => {
  const require = createRequire(import.meta.url);
  it.each(Object.keys(CATALOGUE) as AwsService[])('%s: AWS_ENDPOINT_URL_<name> is the SDK service id, as the SDK reads it', (service) => {
    const spec = CATALOGUE[service];
    const Client = (require(spec.sdkModule) as Record<string, new (config: object) => { config: { serviceId: string }; destroy(): void }>)[spec.clientClass]!;
    const client = new Client({ region: 'us-east-1' });
    expect(spec.endpointEnvName).toBe(client.config.serviceId.toUpperCase().replace(/ /g, '_'));
    client.destroy();
  });

  it.each(Object.keys(CATALOGUE) as AwsService[])('%s: the wire fake knows its SigV4 signing name as the SDK signs', async (service) => {
    const spec = CATALOGUE[service];
    const Client = (require(spec.sdkModule) as Record<string, new (config: object) => SdkClientLike>)[spec.clientClass]!;
    const client = new Client({ region: 'us-east-1' });
    const schemes = await client.config.httpAuthSchemeProvider({ operation: 'x', region: 'us-east-1', Region: 'us-east-1' });
    client.destroy();
    const signingName = schemes.map((s) => s.signingProperties?.name).find(Boolean);
    expect(SIGNING_NAMES[service]).toBe(signingName);
  });
});
