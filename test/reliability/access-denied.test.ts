// A policy that leaves out one action: through the real SDK stack, the fake endpoint refuses that
// one operation as the service would (UnauthorizedOperation, AccessDenied, AccessDeniedException),
// and the scan is compared with a fault-free scan of the same account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iamActionOf, type AwsService } from '../../src/aws/catalogue.js';
import type { Finding, ScanReport } from '../../src/model.js';
import { accessDenied, checksNeeding, contextOnly, DemoAws, is, line, lines, replayDemo } from './harness.js';

let demo: DemoAws;
let baseline: ScanReport;

beforeAll(async () => {
  demo = await DemoAws.start();
  baseline = (await demo.scan(undefined)).report;
}, 60_000);
afterAll(() => demo.close());

describe('the fault-free scan through the SDK', () => {
  it('finds what the replay of the demo inventory finds, with no ERROR', async () => {
    expect(lines(baseline.findings)).toEqual(lines((await replayDemo()).findings));
    expect(baseline.findings.filter((f) => f.status === 'ERROR').map(line)).toEqual([]);
    expect(baseline.notes).toEqual([]);
  });
});

/**
 * One operation of each protocol and shape: regional and global listings, per-resource reads,
 * account settings; some refused in one region only.
 */
const DENIED: Array<[service: string, operation: string, region: string | undefined]> = [
  ['ec2', 'DescribeSecurityGroups', 'eu-west-1'],
  ['s3', 'GetBucketPolicy', undefined],
  ['s3control', 'GetPublicAccessBlock', undefined],
  ['iam', 'GetAccountAuthorizationDetails', undefined],
  ['iam', 'GetCredentialReport', undefined],
  ['kms', 'GetKeyRotationStatus', undefined],
  ['rds', 'DescribeDBInstances', 'us-east-1'],
  ['elbv2', 'DescribeLoadBalancerAttributes', undefined],
];

describe('AccessDenied on one operation', () => {
  it.concurrent.each(DENIED)('%s:%s refused (region %s): exactly the checks that need it report ERROR naming the action', async (service, operation, region) => {
    const action = iamActionOf(service as AwsService, operation);
    const { report, requests } = await demo.scan((req) => (is(req, service, operation, region) ? accessDenied(service, operation) : undefined));
    expect(requests.some((r) => is(r, service, operation, region)), 'the demo scan calls the operation').toBe(true);
    const needing = checksNeeding(service, operation);

    // Every other check's results are exactly as without the fault.
    const others = (findings: readonly Finding[]) => lines(findings.filter((f) => !needing.has(f.checkId)));
    expect(others(report.findings)).toEqual(others(baseline.findings));

    // What changed is an ERROR naming the refused action, never a new PASS or FAIL.
    const before = new Set(lines(baseline.findings));
    const changed = report.findings.filter((f) => !before.has(line(f)));
    expect(changed.length).toBeGreaterThan(0);
    for (const f of changed) {
      expect(needing.has(f.checkId), `${f.checkId} does not declare ${service}:${operation}`).toBe(true);
      if (contextOnly(f, baseline.findings, action)) continue;
      expect([f.status, f.error?.kind, f.error?.action], line(f)).toEqual(['ERROR', 'access-denied', action]);
      expect(f.message).toContain(`access denied to ${action}`);
      // Refused in one region: only that region's results, or account-wide ones that needed it, change.
      if (region) expect([region, 'global'], line(f)).toContain(f.region);
    }
    // Nothing went missing silently: a result that is gone is covered by an ERROR of its check there.
    const after = new Set(lines(report.findings));
    for (const f of baseline.findings.filter((b) => !after.has(line(b)))) {
      const covered = changed.some((e) => e.checkId === f.checkId && (e.resourceId === f.resourceId || e.region === f.region || e.region === 'global'));
      expect(covered, `${line(f)} vanished without an ERROR`).toBe(true);
    }
    // A refusal is reported where it happens, not folded into a note.
    expect(report.notes).toEqual([]);
    const summaries = new Map(report.checks.map((c) => [c.checkId, c]));
    for (const id of new Set(changed.filter((f) => !contextOnly(f, baseline.findings, action)).map((f) => f.checkId))) expect(summaries.get(id)?.state).toMatch(/^(fail|error)$/);
  }, 120_000);
});
