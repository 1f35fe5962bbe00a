// Faults that retrying can cure, and faults it cannot: throttling, timeouts, connection resets, 5xx
// and a failing page of a listing, injected on the wire under the real SDK stack with the CLI's retry
// settings (adaptive mode, 6 attempts; waits shrunk a hundredfold so the file runs in seconds).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iamActionOf, type AwsService } from '../../src/aws/catalogue.js';
import { CHECKS } from '../../src/checks/registry.js';
import type { RecordedCall } from '../../src/data/inventory.js';
import type { Finding, ScanReport } from '../../src/model.js';
import { awsError, HANG, RESET, type Answer, type SeenRequest } from '../helpers/fake-aws-server.js';
import { checksNeeding, contextOnly, DEMO_INVENTORY, DemoAws, is, line, lines, throttled, unitHash, type Fault } from './harness.js';

let demo: DemoAws;
let baseline: ScanReport;

beforeAll(async () => {
  demo = await DemoAws.start();
  baseline = (await demo.scan(undefined)).report;
}, 60_000);
afterAll(() => demo.close());

const attemptsPerRequest = (requests: readonly SeenRequest[]) => {
  const counts = new Map<string, number>();
  for (const r of requests) counts.set(r.identity, Math.max(counts.get(r.identity) ?? 0, r.attempt));
  return counts;
};

/**
 * The scan against `fault` on one operation: checks that do not read it are unchanged, and every
 * result that changed is an ERROR of a check that reads it, with the error kind and action given.
 */
function expectOnlyErrorsOf(report: ScanReport, service: string, operation: string, kind: string, region?: string): Finding[] {
  const needing = checksNeeding(service, operation);
  const scanned = new Set(report.checks.map((c) => c.checkId));
  const others = (findings: readonly Finding[]) => lines(findings.filter((f) => !needing.has(f.checkId) && scanned.has(f.checkId)));
  expect(others(report.findings)).toEqual(others(baseline.findings));
  const before = new Set(lines(baseline.findings));
  const changed = report.findings.filter((f) => !before.has(line(f)));
  expect(changed.length).toBeGreaterThan(0);
  const action = iamActionOf(service as AwsService, operation);
  for (const f of changed) {
    expect(needing.has(f.checkId)).toBe(true);
    if (region) expect([region, 'global']).toContain(f.region);
    if (contextOnly(f, baseline.findings, action)) continue;
    expect([f.status, f.error?.kind, f.error?.action], line(f)).toEqual(['ERROR', kind, action]);
  }
  return changed;
}

describe('throttling', () => {
  it('on 30% of requests, each throttled up to 5 times in a row: the same findings as without', async () => {
    // Which requests, and how often, depends on the request alone, not on timing: the run is repeatable.
    const throttles = (req: SeenRequest) => (unitHash(req.identity) < 0.3 ? 1 + Math.floor(unitHash(`times ${req.identity}`) * 5) : 0);
    const fault: Fault = (req) => (req.attempt <= throttles(req) ? throttled(req.service) : undefined);
    const { report, requests } = await demo.scan(fault);
    expect(lines(report.findings)).toEqual(lines(baseline.findings));
    expect(report.notes).toEqual([]);

    const attempts = attemptsPerRequest(requests);
    const hit = [...attempts.values()].filter((n) => n > 1);
    expect(hit.length / attempts.size).toBeGreaterThan(0.2);
    expect(hit.length / attempts.size).toBeLessThan(0.4);
    // Some requests needed the sixth and last attempt the CLI allows (maxAttempts 6), and got through.
    expect(Math.max(...attempts.values())).toBe(6);
  }, 60_000);

  it('on every attempt of one operation: 6 attempts, then ERROR (throttled) for the checks that read it', async () => {
    const { report, requests } = await demo.scan((req) => (is(req, 'kms', 'ListKeys', 'eu-west-1') ? throttled('kms') : undefined));
    expectOnlyErrorsOf(report, 'kms', 'ListKeys', 'throttled', 'eu-west-1');
    const listKeys = requests.filter((r) => is(r, 'kms', 'ListKeys', 'eu-west-1'));
    expect(listKeys.map((r) => r.attempt)).toEqual([1, 2, 3, 4, 5, 6]);
  }, 60_000);
});

describe('timeouts, connection resets and server errors: bounded retries, then ERROR', () => {
  it('an endpoint that never answers one operation: each attempt times out, 6 attempts, ERROR (timeout)', async () => {
    // The EC2 checks only, and a one-second attempt: a timeout this short would also catch answers
    // that are merely late while a full scan keeps the test process busy.
    const { report, requests } = await demo.scan((req) => (is(req, 'ec2', 'DescribeVpcs', 'eu-west-1') ? HANG : undefined), {
      requestTimeoutMs: 1_000,
      checks: CHECKS.filter((c) => c.service === 'ec2'),
    });
    const changed = expectOnlyErrorsOf(report, 'ec2', 'DescribeVpcs', 'timeout', 'eu-west-1');
    expect(changed.every((f) => f.error?.code === 'ETIMEDOUT')).toBe(true);
    expect(requests.filter((r) => is(r, 'ec2', 'DescribeVpcs', 'eu-west-1')).map((r) => r.attempt)).toEqual([1, 2, 3, 4, 5, 6]);
  }, 60_000);

  it('connections reset on one operation: 6 attempts, ERROR (network)', async () => {
    const { report, requests } = await demo.scan((req) => (is(req, 'rds', 'DescribeDBClusters') ? RESET : undefined));
    const changed = expectOnlyErrorsOf(report, 'rds', 'DescribeDBClusters', 'network');
    expect(new Set(changed.map((f) => f.error?.code))).toEqual(new Set(['ECONNRESET']));
    for (const [identity, n] of attemptsPerRequest(requests)) if (identity.includes('DescribeDBClusters')) expect(n).toBe(6);
  }, 60_000);

  it.each([
    ['s3', 'GetBucketEncryption', 500, 'InternalError'],
    ['iam', 'ListPolicies', 503, 'ServiceUnavailable'],
  ])('%s:%s answering %i %s: 6 attempts per request at most, ERROR naming the code', async (service, operation, status, code) => {
    const { report, requests } = await demo.scan((req) => (is(req, service, operation) ? awsError(service, code, 'We encountered an internal error. Please try again.', status) : undefined));
    const changed = expectOnlyErrorsOf(report, service, operation, 'other');
    expect(new Set(changed.map((f) => f.error?.code))).toEqual(new Set([code]));
    const attempts = [...attemptsPerRequest(requests.filter((r) => is(r, service, operation))).values()];
    expect(attempts.length).toBeGreaterThan(0);
    expect(attempts.every((n) => n === 6)).toBe(true);
  }, 60_000);

  it('the SDK retry quota bounds retries when a whole service keeps failing: later requests are tried once', async () => {
    // The quota (500 tokens per client, 14 per retry of a transient error) pays for 35 retries: seven
    // requests failing five retries each. After that a failing service costs one attempt per request.
    // HeadBucket is left out: an answer to HEAD has no body, so its error carries no code to compare.
    const bucketRead = (req: SeenRequest) => req.service === 's3' && req.region === 'us-east-1' && req.operation !== 'ListBuckets' && req.operation !== 'HeadBucket';
    const { report, requests } = await demo.scan((req): Answer | undefined => (bucketRead(req) ? awsError('s3', 'InternalError', 'We encountered an internal error.', 500) : undefined));
    const attempts = [...attemptsPerRequest(requests.filter(bucketRead)).values()];
    const retries = attempts.reduce((sum, n) => sum + n - 1, 0);
    expect(attempts.length * 5).toBeGreaterThan(35);
    expect(retries).toBeGreaterThan(0);
    expect(retries).toBeLessThanOrEqual(Math.floor(500 / 14));
    expect(attempts.filter((n) => n === 1).length).toBeGreaterThan(0);
    const before = new Set(lines(baseline.findings));
    const changed = report.findings.filter((g) => !before.has(line(g)));
    expect(changed.length).toBeGreaterThan(0);
    for (const f of changed) expect([f.status, f.error?.code], line(f)).toEqual(['ERROR', 'InternalError']);
  }, 60_000);
});

describe('a page of a paginated listing fails', () => {
  /** The demo with us-east-1's security groups served in two pages. */
  function paged(): RecordedCall[] {
    return DEMO_INVENTORY.calls.flatMap((call): RecordedCall[] => {
      if (!(call.service === 'ec2' && call.operation === 'DescribeSecurityGroups' && call.region === 'us-east-1')) return [call];
      const groups = (call.output as { SecurityGroups: unknown[] }).SecurityGroups;
      const half = Math.ceil(groups.length / 2);
      return [
        { ...call, output: { SecurityGroups: groups.slice(0, half), NextToken: 'page-2' } },
        { ...call, input: { ...call.input, NextToken: 'page-2' }, output: { SecurityGroups: groups.slice(half) } },
      ];
    });
  }

  it('serves the same findings in two pages as in one', async () => {
    const twoPages = await DemoAws.start(paged());
    try {
      const { report, requests } = await twoPages.scan(undefined);
      expect(requests.filter((r) => is(r, 'ec2', 'DescribeSecurityGroups', 'us-east-1'))).toHaveLength(2);
      expect(lines(report.findings)).toEqual(lines(baseline.findings));
    } finally {
      await twoPages.close();
    }
  }, 60_000);

  it('the second page failing: ERROR for every check that reads the listing there, never a verdict from the first page', async () => {
    const twoPages = await DemoAws.start(paged());
    try {
      const secondPage = (req: SeenRequest) => is(req, 'ec2', 'DescribeSecurityGroups', 'us-east-1') && req.identity.includes('NextToken=page-2');
      const { report, requests } = await twoPages.scan((req) => (secondPage(req) ? awsError('ec2', 'Unavailable', 'The server is overloaded.', 503) : undefined));
      expect(requests.filter(secondPage)).toHaveLength(6);
      expectOnlyErrorsOf(report, 'ec2', 'DescribeSecurityGroups', 'other', 'us-east-1');
      const needing = checksNeeding('ec2', 'DescribeSecurityGroups');
      const there = report.findings.filter((f) => needing.has(f.checkId) && f.region === 'us-east-1');
      expect(there.length).toBeGreaterThan(0);
      expect(there.filter((f) => f.status !== 'ERROR' && !contextOnly(f, baseline.findings, 'ec2:DescribeSecurityGroups')).map(line)).toEqual([]);
    } finally {
      await twoPages.close();
    }
  }, 60_000);
});
