// The KMS, CloudTrail and ELBv2 datasets against recorded answers: what they ask AWS for and in
// which region, what they drop and what they keep as a per-resource error; and the demo account
// replayed through every check of these services.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { type RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
// @ts-expect-error -- plain ESM script without type declarations
import kmsDemo from '../../scripts/demo/kms.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import cloudtrailDemo from '../../scripts/demo/cloudtrail.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import elbv2Demo from '../../scripts/demo/elbv2.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import networkDemo from '../../scripts/demo/ec2-network.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import exposureDemo from '../../scripts/demo/exposure.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import wafv2Demo from '../../scripts/demo/wafv2.mjs';
import { replayLoader } from '../helpers/replay-loader.js';

const HOME = 'us-east-1';
const REGIONS = ['us-east-1', 'eu-west-1'];

const loaderFor = (calls: RecordedCall[], regions = REGIONS) => replayLoader(calls, regions, HOME);

const answer = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service, region, operation, input, output });
const refused = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, code: string): RecordedCall => ({
  service,
  region,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus: code.startsWith('AccessDenied') ? 403 : 404 },
});

describe('kms datasets', () => {
  const keyMeta = (KeyId: string, extra: Record<string, unknown> = {}) => ({ KeyId, KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyState: 'Enabled', Origin: 'AWS_KMS', ...extra });

  it('keeps a key DescribeKey refuses as an error, and drops a key deleted since the listing', async () => {
    const { loader, sent } = loaderFor([
      answer('kms', HOME, 'ListKeys', { Limit: 1000 }, { Keys: [{ KeyId: 'k-ok' }, { KeyId: 'k-hidden' }, { KeyId: 'k-gone' }], Truncated: false }),
      answer('kms', HOME, 'DescribeKey', { KeyId: 'k-ok' }, { KeyMetadata: keyMeta('k-ok') }),
      refused('kms', HOME, 'DescribeKey', { KeyId: 'k-hidden' }, 'AccessDeniedException'),
      refused('kms', HOME, 'DescribeKey', { KeyId: 'k-gone' }, 'NotFoundException'),
    ]);
    const keys = await loader.load('kms.keys', HOME);
    expect(keys.map((k) => [k.keyId, k.metadata.ok])).toEqual([
      ['k-ok', true],
      ['k-hidden', false],
    ]);
    // KMS's largest page: one ListKeys per region up to 1,000 keys instead of one per 100.
    expect(sent.filter((r) => r.operation === 'ListKeys').map((r) => r.input)).toEqual([{ Limit: 1000 }]);
  });

  it('reads the key policy named default of customer managed keys only', async () => {
    const { loader, sent } = loaderFor([
      answer('kms', HOME, 'ListKeys', { Limit: 1000 }, { Keys: [{ KeyId: 'k-customer' }, { KeyId: 'k-aws' }], Truncated: false }),
      answer('kms', HOME, 'DescribeKey', { KeyId: 'k-customer' }, { KeyMetadata: keyMeta('k-customer') }),
      answer('kms', HOME, 'DescribeKey', { KeyId: 'k-aws' }, { KeyMetadata: keyMeta('k-aws', { KeyManager: 'AWS' }) }),
      answer('kms', HOME, 'GetKeyPolicy', { KeyId: 'k-customer', PolicyName: 'default' }, { Policy: '{"Statement":[]}', PolicyName: 'default' }),
    ]);
    const policies = await loader.load('kms.customerKeyPolicies', HOME);
    expect(policies.map((p) => [p.key.keyId, p.policy])).toEqual([['k-customer', { ok: true, value: '{"Statement":[]}' }]]);
    expect(sent.filter((r) => r.operation === 'GetKeyPolicy').map((r) => r.input)).toEqual([{ KeyId: 'k-customer', PolicyName: 'default' }]);
  });
});

describe('cloudtrail datasets', () => {
  const multi = { Name: 'org', TrailARN: 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/org', HomeRegion: 'eu-west-1', IsMultiRegionTrail: true, S3BucketName: 'org-logs' };
  const local = { Name: 'local', TrailARN: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/local', HomeRegion: 'us-east-1', IsMultiRegionTrail: false, S3BucketName: 'gone-bucket' };
  const listings = [
    answer('cloudtrail', 'us-east-1', 'DescribeTrails', {}, { trailList: [multi, local] }),
    answer('cloudtrail', 'eu-west-1', 'DescribeTrails', {}, { trailList: [multi] }),
  ];

  it('lists trails in every region and keeps each shadow copy once, in ARN order', async () => {
    const { loader } = loaderFor(listings);
    const trails = await loader.load('cloudtrail.trails', HOME);
    expect(trails.map((t) => t.Name)).toEqual(['org', 'local']);
  });

  it("keeps the trails of the regions that answered when one region refuses the listing, and names that region", async () => {
    const { loader, sent } = loaderFor([
      answer('cloudtrail', 'us-east-1', 'DescribeTrails', {}, { trailList: [multi, local] }),
      refused('cloudtrail', 'eu-west-1', 'DescribeTrails', {}, 'AccessDeniedException'),
    ]);
    expect((await loader.load('cloudtrail.trails', HOME)).map((t) => t.Name)).toEqual(['org', 'local']);
    const unlisted = await loader.load('cloudtrail.unlistedRegions', HOME);
    expect(unlisted.map((u) => [u.region, u.error.code])).toEqual([['eu-west-1', 'AccessDeniedException']]);
    // The two datasets share the listings: each region was asked once.
    expect(sent.filter((c) => c.operation === 'DescribeTrails')).toHaveLength(2);
  });

  it('fails the listing only when no region answers', async () => {
    const { loader } = loaderFor([
      refused('cloudtrail', 'us-east-1', 'DescribeTrails', {}, 'AccessDeniedException'),
      refused('cloudtrail', 'eu-west-1', 'DescribeTrails', {}, 'AccessDeniedException'),
    ]);
    await expect(loader.load('cloudtrail.trails', HOME)).rejects.toMatchObject({ info: { code: 'AccessDeniedException' } });
  });

  it('reads status and selectors by ARN in the home region of each trail', async () => {
    const { loader, sent } = loaderFor([
      ...listings,
      answer('cloudtrail', 'eu-west-1', 'GetTrailStatus', { Name: multi.TrailARN }, { IsLogging: true }),
      refused('cloudtrail', 'us-east-1', 'GetTrailStatus', { Name: local.TrailARN }, 'AccessDeniedException'),
    ]);
    const statuses = await loader.load('cloudtrail.trailStatuses', HOME);
    expect(statuses.map((s) => [s.trail.Name, s.result.ok])).toEqual([
      ['org', true],
      ['local', false],
    ]);
    expect(sent.filter((r) => r.operation === 'GetTrailStatus').map((r) => [r.region, r.input.Name])).toEqual([
      ['eu-west-1', multi.TrailARN],
      ['us-east-1', local.TrailARN],
    ]);
  });

  it('reads status in the region of the ARN when the answer leaves out HomeRegion, and gives an ARN-less trail one', async () => {
    const bare = { Name: 'bare', IsMultiRegionTrail: true, S3BucketName: 'bare-logs' };
    const noHome = { Name: 'nohome', TrailARN: 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/nohome', IsMultiRegionTrail: false, S3BucketName: 'eu-logs' };
    const { loader, sent } = loaderFor([
      answer('cloudtrail', 'us-east-1', 'DescribeTrails', {}, { trailList: [] }),
      answer('cloudtrail', 'eu-west-1', 'DescribeTrails', {}, { trailList: [bare, noHome] }),
      answer('cloudtrail', 'eu-west-1', 'GetTrailStatus', { Name: noHome.TrailARN }, { IsLogging: true }),
      answer('cloudtrail', 'eu-west-1', 'GetTrailStatus', { Name: 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/bare' }, { IsLogging: false }),
    ]);
    const trails = await loader.load('cloudtrail.trails', HOME);
    expect(trails.map((t) => t.TrailARN)).toEqual(['arn:aws:cloudtrail:eu-west-1:123456789012:trail/bare', noHome.TrailARN]);
    const statuses = await loader.load('cloudtrail.trailStatuses', HOME);
    expect(statuses.map((s) => [s.trail.Name, s.result.ok])).toEqual([
      ['bare', true],
      ['nohome', true],
    ]);
    expect(sent.filter((r) => r.operation === 'GetTrailStatus').map((r) => r.region)).toEqual(['eu-west-1', 'eu-west-1']);
  });

  it("reads the logging of each trail's bucket; NoSuchBucket is data, a refusal is an error", async () => {
    const { loader } = loaderFor([
      ...listings,
      refused('s3', 'eu-west-1', 'GetBucketLogging', { Bucket: 'org-logs' }, 'AccessDenied'),
      refused('s3', 'us-east-1', 'GetBucketLogging', { Bucket: 'gone-bucket' }, 'NoSuchBucket'),
    ]);
    const logging = await loader.load('cloudtrail.bucketLogging', HOME);
    expect(logging.map((l) => [l.trail.Name, l.result.ok ? l.result.value : l.result.error.code])).toEqual([
      ['org', 'AccessDenied'],
      ['local', { bucket: 'gone-bucket', exists: false }],
    ]);
  });
});

describe('elbv2 datasets', () => {
  it('reads the rules of HTTP listeners only', async () => {
    const lb = { LoadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1', LoadBalancerName: 'web', Type: 'application' };
    const http = { ListenerArn: 'arn:l/http', Protocol: 'HTTP', Port: 80 };
    const https = { ListenerArn: 'arn:l/https', Protocol: 'HTTPS', Port: 443 };
    const { loader, sent } = loaderFor(
      [
        answer('elbv2', HOME, 'DescribeLoadBalancers', {}, { LoadBalancers: [lb] }),
        answer('elbv2', HOME, 'DescribeListeners', { LoadBalancerArn: lb.LoadBalancerArn }, { Listeners: [http, https] }),
        answer('elbv2', HOME, 'DescribeRules', { ListenerArn: http.ListenerArn }, { Rules: [{ IsDefault: true, Priority: 'default', Actions: [] }] }),
      ],
      [HOME],
    );
    const rules = await loader.load('elbv2.listenerRules', HOME);
    expect(rules.map((r) => r.listener.ListenerArn)).toEqual(['arn:l/http']);
    expect(sent.filter((r) => r.operation === 'DescribeRules')).toHaveLength(1);
  });
});

describe('elbv2.listenerCertificates', () => {
  it('lists the certificates of HTTPS and TLS listeners only, paged, and drops a listener deleted meanwhile', async () => {
    const lb = { LoadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1', LoadBalancerName: 'web', Type: 'application' };
    const http = { ListenerArn: 'arn:l/http', Protocol: 'HTTP', Port: 80 };
    const https = { ListenerArn: 'arn:l/https', Protocol: 'HTTPS', Port: 443 };
    const gone = { ListenerArn: 'arn:l/gone', Protocol: 'HTTPS', Port: 8443 };
    const cert = (arn: string, IsDefault: boolean) => ({ CertificateArn: arn, IsDefault });
    const { loader, sent } = loaderFor(
      [
        answer('elbv2', HOME, 'DescribeLoadBalancers', {}, { LoadBalancers: [lb] }),
        answer('elbv2', HOME, 'DescribeListeners', { LoadBalancerArn: lb.LoadBalancerArn }, { Listeners: [http, https, gone] }),
        answer('elbv2', HOME, 'DescribeListenerCertificates', { ListenerArn: https.ListenerArn }, { Certificates: [cert('arn:aws:acm:us-east-1:123456789012:certificate/a', true)], NextMarker: 'p2' }),
        answer('elbv2', HOME, 'DescribeListenerCertificates', { ListenerArn: https.ListenerArn, Marker: 'p2' }, { Certificates: [cert('arn:aws:iam::123456789012:server-certificate/old', false)] }),
        refused('elbv2', HOME, 'DescribeListenerCertificates', { ListenerArn: gone.ListenerArn }, 'ListenerNotFound'),
      ],
      [HOME],
    );
    const certificates = await loader.load('elbv2.listenerCertificates', HOME);
    expect(certificates.map((c) => [c.listener.ListenerArn, c.result.ok ? c.result.value.map((x) => x.CertificateArn!.split(':')[2]) : c.result.error.code])).toEqual([['arn:l/https', ['acm', 'iam']]]);
    expect(sent.filter((r) => r.operation === 'DescribeListenerCertificates').map((r) => r.input.ListenerArn)).not.toContain(http.ListenerArn);
  });
});

describe('the demo account replayed through the KMS, CloudTrail and ELBv2 checks', () => {
  const checks = CHECKS.filter((c) => ['kms', 'cloudtrail', 'elbv2'].includes(c.service));
  // Account-level checks give one result, so they cannot have both a PASS and a FAIL.
  const accountLevel = ['cloudtrail-multi-region-trail-enabled', 'cloudtrail-s3-data-events-write', 'cloudtrail-s3-data-events-read'];
  // The demo's internet-facing load balancers are open on their listener ports only (or not at all).
  const passOnly = ['elbv2-load-balancer-only-listener-ports-reachable'];
  let result: Awaited<ReturnType<typeof runChecks>>;
  beforeAll(async () => {
    // elbv2-alb-waf-attached reads the web ACLs of each region; the reachability check reads the network.
    const { loader } = loaderFor([...(kmsDemo as RecordedCall[]), ...(cloudtrailDemo as RecordedCall[]), ...(elbv2Demo as RecordedCall[]), ...(wafv2Demo as RecordedCall[]), ...(networkDemo as RecordedCall[]), ...(exposureDemo as RecordedCall[])]);
    result = await runChecks({ checks, datasets: DATASETS, loader, scope: { regions: REGIONS, homeRegion: HOME, account: ACCOUNT }, now: NOW });
  });

  it('covers the 23 checks of these services', () => {
    expect(checks).toHaveLength(23);
  });

  it('has no ERROR', () => {
    expect(result.findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
  });

  it.for(checks.map((c) => c.id))('%s has a PASS and, unless account-level, a FAIL', (id) => {
    const summary = result.checks.find((s) => s.checkId === id)!;
    if (accountLevel.includes(id)) expect(summary.pass + summary.fail).toBe(1);
    else if (passOnly.includes(id)) expect(summary.pass, 'pass').toBeGreaterThan(0);
    else {
      expect(summary.pass, 'pass').toBeGreaterThan(0);
      expect(summary.fail, 'fail').toBeGreaterThan(0);
    }
  });

  it('gives the findings the notes call for', () => {
    const verdict = (id: string, resource: string) => result.findings.filter((f) => f.checkId === id && f.resourceId === resource).map((f) => `${f.status} ${f.region}`);
    expect(verdict('cloudtrail-multi-region-trail-enabled', ACCOUNT.id)).toEqual(['PASS global']);
    expect(verdict('cloudtrail-s3-data-events-write', ACCOUNT.id)).toEqual(['PASS global']);
    expect(verdict('cloudtrail-s3-data-events-read', ACCOUNT.id)).toEqual(['FAIL global']);
    // The multi-Region trail is listed in both regions and judged once, in its home region.
    expect(verdict('cloudtrail-trail-is-logging', 'acme-org-audit')).toEqual(['PASS us-east-1']);
    expect(verdict('cloudtrail-trail-is-logging', 'eu-app-trail')).toEqual(['FAIL eu-west-1']);
    expect(verdict('kms-key-rotation-enabled', 'mrk-4f1d0b3c9a8e4b2f9d6c1a7e5b3c2d10')).toEqual(['PASS eu-west-1', 'PASS us-east-1']);
    expect(verdict('kms-key-policy-not-public', 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f')).toEqual(['PASS eu-west-1']);
    expect(verdict('elbv2-listener-tls-1-2-minimum', 'legacy-admin/HTTPS:443')).toEqual(['FAIL us-east-1']);
    expect(verdict('elbv2-alb-http-redirects-to-https', 'eu-web')).toEqual(['PASS eu-west-1']);
    expect(verdict('elbv2-listener-encrypted-protocol', 'prod-web/HTTP:80')).toEqual(['FAIL us-east-1']);
    // eu-web is reachable on its two listener ports; prod-web's VPC is behind VPC Block Public Access.
    expect(verdict('elbv2-load-balancer-only-listener-ports-reachable', 'eu-web')).toEqual(['PASS eu-west-1']);
    expect(verdict('elbv2-load-balancer-only-listener-ports-reachable', 'prod-web')).toEqual(['PASS us-east-1']);
    expect(verdict('elbv2-load-balancer-only-listener-ports-reachable', 'tcp-ingest')).toEqual([]);
  });
});
