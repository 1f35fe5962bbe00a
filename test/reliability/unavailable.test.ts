// Regions that are not enabled and services not offered in a region: one note per (service, region)
// instead of an ERROR per check, and never a PASS for what could not be read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../src/data/inventory.js';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import type { ScanReport } from '../../src/model.js';
import { checksNeeding, DEMO_INVENTORY, DemoAws, is, line, lines, notOffered, regionNotEnabled, replayDemo } from './harness.js';

let demo: DemoAws;
let baseline: ScanReport;

beforeAll(async () => {
  demo = await DemoAws.start();
  baseline = (await demo.scan(undefined)).report;
}, 60_000);
afterAll(() => demo.close());

/** What a scan reports for the region and service pairs it could not read, beside the findings. */
function expectNotEvaluated(report: ScanReport, unavailable: ReadonlyArray<[service: string, region: string]>) {
  const pairs = new Set(unavailable.map(([s, r]) => `${s}@${r}`));
  const hit = (service: string, region: string) => pairs.has(`${service}@${region}`);
  // No ERROR for what lies in the unavailable region: those became notes.
  const collapsed = report.findings.filter((f) => f.status === 'ERROR' && f.error && hit(f.error.service, f.error.region) && f.region === f.error.region);
  expect(collapsed.map(line)).toEqual([]);
  // One note per pair, naming it.
  expect(report.notes).toHaveLength(pairs.size);
  for (const [service, region] of unavailable) {
    expect(report.notes.filter((n) => n.startsWith(`${service} is not available in ${region}:`))).toHaveLength(1);
  }
  // Every check that lost data there is summarised as not evaluated there, never as a pass.
  const lost = new Set(baseline.findings.filter((f) => unavailable.some(([s, r]) => f.region === r && checksNeedingService(s).has(f.checkId))).map((f) => f.checkId));
  expect(lost.size).toBeGreaterThan(0);
  const summaries = new Map(report.checks.map((c) => [c.checkId, c]));
  for (const id of lost) {
    const summary = summaries.get(id)!;
    expect(summary.state, id).not.toBe('pass');
    expect(summary.state, id).not.toBe('not-applicable');
  }
  return { lost, summaries };
}

/**
 * Checks that call any operation of `service` in the region they judge: through regional datasets
 * only. A global dataset (the organization context, say) reads its services in the home region, so
 * a check that needs `service` only through it loses nothing when another region refuses `service`.
 */
function checksNeedingService(service: string): Set<string> {
  const ids = new Set<string>();
  for (const check of CHECKS) {
    const seen = new Set<string>();
    const regionalOps = new Set<string>();
    const visit = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      const spec = DATASETS.get(id as never)!;
      if (spec.scope === 'global') return;
      spec.operations.forEach((op) => regionalOps.add(op));
      spec.deps?.forEach(visit);
    };
    check.reads.forEach(visit);
    if ([...regionalOps].some((op) => op.startsWith(`${service}:`))) ids.add(check.id);
  }
  return ids;
}

describe('a region that is not enabled for the account', () => {
  it('rejects the credentials for every service: one note per service, the region not evaluated, the rest unchanged', async () => {
    // S3 is left alone: bucket reads follow the buckets, and no bucket lives in a region that is not enabled.
    const rejected = (service: string, region: string) => region === 'eu-west-1' && service !== 's3';
    const { report, requests } = await demo.scan((req) => (rejected(req.service, req.region) ? regionNotEnabled(req.service) : undefined));
    const services = [...new Set(requests.filter((r) => rejected(r.service, r.region)).map((r) => r.service))].sort();
    expect(services).toEqual(expect.arrayContaining(['cloudtrail', 'ec2', 'elbv2', 'kms', 'rds', 's3control']));
    const { summaries } = expectNotEvaluated(report, services.map((s) => [s, 'eu-west-1']));

    // Nothing in eu-west-1 from the rejected services, and no verdict about it.
    expect(report.findings.filter((f) => f.region === 'eu-west-1' && f.status !== 'ERROR' && !f.checkId.startsWith('s3-')).map(line)).toEqual([]);
    // An account-wide result that needed eu-west-1 (the trails of every region) cannot be judged for
    // the account: it stays one ERROR, naming the region.
    const accountWide = report.findings.filter((f) => f.status === 'ERROR');
    for (const f of accountWide) expect([f.region, f.error?.region, f.error?.kind], line(f)).toEqual(['global', 'eu-west-1', 'unavailable']);
    // Everything else in us-east-1 is judged exactly as without the fault.
    const unknown = new Set(accountWide.map((f) => f.checkId));
    const inUs = (findings: ScanReport['findings']) => lines(findings.filter((f) => f.region === 'us-east-1' && !unknown.has(f.checkId)));
    expect(inUs(report.findings)).toEqual(inUs(baseline.findings));
    // The checks that lost eu-west-1 say so.
    for (const c of report.checks.filter((s) => s.note?.startsWith('Not evaluated'))) expect(c.note).toContain('eu-west-1');
    expect([...summaries.values()].some((c) => c.note?.startsWith('Not evaluated in eu-west-1'))).toBe(true);
  }, 60_000);
});

describe('a service not offered in a region', () => {
  it('every RDS request in eu-west-1 refused as an unknown action: one note, RDS checks not evaluated there', async () => {
    const { report } = await demo.scan((req) => (req.service === 'rds' && req.region === 'eu-west-1' ? notOffered('rds', req.operation) : undefined));
    const { lost } = expectNotEvaluated(report, [['rds', 'eu-west-1']]);
    expect([...lost].every((id) => id.startsWith('rds-'))).toBe(true);
    expect(report.notes[0]).toMatch(/^rds is not available in eu-west-1: every request failed, the service is not offered there \(InvalidAction: /);
    for (const id of lost) expect(report.notes[0]).toContain(id);
    // Everything but RDS in eu-west-1 is as without the fault.
    const rest = (findings: ScanReport['findings']) => lines(findings.filter((f) => !(f.region === 'eu-west-1' && lost.has(f.checkId))));
    expect(rest(report.findings)).toEqual(rest(baseline.findings));
  }, 60_000);

  it('one operation refused while the service answers the others: an ERROR per check, no note', async () => {
    const unsupported = (req: { service: string; operation: string; region: string }) => is(req as never, 'ec2', 'DescribeVpcBlockPublicAccessOptions', 'eu-west-1');
    const { report } = await demo.scan((req) => (unsupported(req) ? notOffered('ec2', req.operation) : undefined));
    expect(report.notes).toEqual([]);
    const needing = checksNeeding('ec2', 'DescribeVpcBlockPublicAccessOptions');
    const errors = report.findings.filter((f) => f.status === 'ERROR');
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) expect([needing.has(f.checkId), f.error?.kind, f.error?.action]).toEqual([true, 'unavailable', 'ec2:DescribeVpcBlockPublicAccessOptions']);
  }, 60_000);
});

describe('the same rule in a replay', () => {
  it('an inventory that recorded OptInRequired for every KMS call in eu-west-1 replays to one note', async () => {
    const calls = DEMO_INVENTORY.calls.map((call): RecordedCall => {
      if (call.service !== 'kms' || call.region !== 'eu-west-1') return call;
      const { output: _output, ...rest } = call;
      return { ...rest, error: { code: 'OptInRequired', message: 'You are not subscribed to this service.', httpStatus: 401 } };
    });
    const report = await replayDemo(calls);
    expect(report.notes).toEqual([expect.stringMatching(/^kms is not available in eu-west-1: every request failed, the account is not opted in there/)]);
    expect(report.findings.filter((f) => f.status === 'ERROR' && f.region === 'eu-west-1').map(line)).toEqual([]);
    const kms = report.checks.filter((c) => c.note?.startsWith('Not evaluated in eu-west-1'));
    expect(kms.length).toBeGreaterThan(0);
    expect(kms.every((c) => c.state === 'error' || c.state === 'fail')).toBe(true);
  });
});
