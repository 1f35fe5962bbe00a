// The exposure analysis as datasets, over the whole demo account: every exposure check judged on
// recorded answers, the verdicts the demo is built to show, and a refused supporting read turning
// only the resources that depend on it into ERROR.
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { type RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import type { Finding } from '../../src/model.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
import { replayLoader } from '../helpers/replay-loader.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
const IDS = [
  'ec2-instance-admin-ports-not-internet-reachable',
  'ec2-instance-data-ports-not-internet-reachable',
  'ec2-instance-only-expected-ports-internet-reachable',
  'ec2-instance-reachable-imdsv2-required',
  'ec2-instance-reachable-not-privileged',
  'elbv2-load-balancer-only-listener-ports-reachable',
  'iam-principal-no-privilege-escalation',
  'rds-instance-not-internet-reachable',
];
const checks = CHECKS.filter((c) => IDS.includes(c.id));

async function demoCalls(): Promise<RecordedCall[]> {
  const dir = new URL('../../scripts/demo/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.mjs'));
  const parts = await Promise.all(files.map(async (f) => ((await import(new URL(f, dir).href)) as { default: RecordedCall[] }).default));
  return parts.flat();
}

async function scan(calls: RecordedCall[]): Promise<Finding[]> {
  const { loader } = replayLoader(calls, REGIONS);
  return (await runChecks({ checks, datasets: DATASETS, loader, scope: { regions: REGIONS, homeRegion: 'us-east-1', account: ACCOUNT }, now: NOW })).findings;
}

describe('the demo account through the exposure checks', () => {
  let calls: RecordedCall[] = [];
  let findings: Finding[] = [];
  beforeAll(async () => {
    calls = await demoCalls();
    findings = await scan(calls);
  });
  const verdict = (id: string, resource: string) => findings.filter((f) => f.checkId === id && f.resourceId === resource).map((f) => f.status).join(',');

  it('covers the eight checks, with no ERROR', () => {
    expect(checks.map((c) => c.id).sort()).toEqual(IDS);
    expect(findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId} ${f.resourceId}: ${f.message}`)).toEqual([]);
  });

  it('gives every check a PASS and, but for the load balancers, a FAIL', () => {
    for (const id of IDS) {
      expect(findings.some((f) => f.checkId === id && f.status === 'PASS'), `${id} PASS`).toBe(true);
      if (id !== 'elbv2-load-balancer-only-listener-ports-reachable') expect(findings.some((f) => f.checkId === id && f.status === 'FAIL'), `${id} FAIL`).toBe(true);
    }
  });

  it('shows reachable and unreachable machines', () => {
    // Reachable: RDP on the Windows jump host, InfluxDB's port among the CI runner's tool ports.
    expect(verdict('ec2-instance-admin-ports-not-internet-reachable', 'i-0a1b2c3d4e5f60108')).toBe('FAIL');
    expect(verdict('ec2-instance-data-ports-not-internet-reachable', 'i-0a1b2c3d4e5f60107')).toBe('FAIL');
    // Not reachable: SSH open in the bastion's group, denied by its subnet's network ACL; no public address; a NAT route.
    expect(verdict('ec2-instance-admin-ports-not-internet-reachable', 'i-0a1b2c3d4e5f60102')).toBe('PASS');
    expect(verdict('ec2-instance-admin-ports-not-internet-reachable', 'i-0a1b2c3d4e5f60101')).toBe('PASS');
    // Through a load balancer: counted by the role and IMDS checks, named but not counted by the port checks.
    expect(verdict('ec2-instance-only-expected-ports-internet-reachable', 'i-0e1f2a3b4c5d60201')).toBe('PASS');
    const euApi = findings.find((f) => f.checkId === 'ec2-instance-reachable-not-privileged' && f.resourceId === 'i-0e1f2a3b4c5d60201')!;
    expect(euApi.evidence!.reachable![0]!.path.at(-1)).toMatchObject({ kind: 'load-balancer', id: 'eu-web' });
    // The analytics host: reachable, its role escalates through iam:PassRole + ec2:RunInstances, IMDSv1 allowed.
    expect(verdict('ec2-instance-reachable-not-privileged', 'i-0e1f2a3b4c5d60202')).toBe('FAIL');
    expect(verdict('ec2-instance-reachable-imdsv2-required', 'i-0e1f2a3b4c5d60202')).toBe('FAIL');
    // The database open to a partner's range only: reachable from that part of the internet.
    const mysql = findings.find((f) => f.checkId === 'rds-instance-not-internet-reachable' && f.resourceId === 'legacy-mysql')!;
    expect(mysql.status).toBe('FAIL');
    expect(mysql.evidence!.reachable![0]).toMatchObject({ protocol: 'tcp', ports: '3306', sources: '203.0.113.0/24' });
  });

  it('shows escalating and non-escalating identities', () => {
    const chain = (resource: string) => findings.find((f) => f.checkId === 'iam-principal-no-privilege-escalation' && f.resourceId === resource)!.evidence!.chains![0]!;
    expect(chain('build-bot').steps.map((s) => s.method)).toEqual([11]);
    expect(chain('support-engineer').steps.map((s) => s.method)).toEqual([10, 5]);
    expect(chain('vendor-sync')).toMatchObject({ conditional: true });
    for (const twin of ['build-bot-scoped', 'auditor', 'ci-deployer', 'alice']) expect(verdict('iam-principal-no-privilege-escalation', twin), twin).toBe('PASS');
  });

  it('turns only the resources that depend on a refused read into ERROR', async () => {
    const refused = calls.map((c) =>
      c.service === 'ec2' && c.region === 'eu-west-1' && c.operation === 'DescribeRouteTables'
        ? { service: c.service, region: c.region, operation: c.operation, input: c.input, error: { code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', httpStatus: 403 } }
        : c,
    );
    const after = await scan(refused as RecordedCall[]);
    const admin = after.filter((f) => f.checkId === 'ec2-instance-admin-ports-not-internet-reachable');
    expect(admin.filter((f) => f.status === 'ERROR').map((f) => f.resourceId)).toEqual(['i-0e1f2a3b4c5d60202']);
    expect(admin.find((f) => f.resourceId === 'i-0e1f2a3b4c5d60202')!.message).toContain('ec2:DescribeRouteTables');
    // An instance without a public address needs no route to be judged; us-east-1 is untouched.
    expect(admin.find((f) => f.resourceId === 'i-0e1f2a3b4c5d60201')!.status).toBe('PASS');
    expect(admin.find((f) => f.resourceId === 'i-0a1b2c3d4e5f60108')!.status).toBe('FAIL');
  });
});
