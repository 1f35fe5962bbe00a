// scanOrganization on worker threads: the same report as in one thread, account errors and lost
// workers as account errors, and the spool of results gone afterwards. The workers run the build
// (dist/, `npm run build`), as the CLI does.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import type { OrgReport } from '../../src/org/model.js';
import { scanOrganization, scanOrganizationToSpool, type OrgScanOptions } from '../../src/org/scan-org.js';

const transports = new URL('./worker-transports.mjs', import.meta.url).href;
const checks = CHECKS.filter((c) => c.id === 'rds-instance-storage-encrypted' || c.id === 'iam-role-trust-no-public-principal');
const accounts = ['333333333333', '111111111111', '555555555555', '222222222222', '444444444444'].map((id, i) => (i % 2 ? { id, name: `team-${i}` } : { id }));

/** Members under an RCP that denies sts:* outside the organization: their open trust passes, the others' fails. */
const rcp = '{"Statement":[{"Effect":"Deny","Principal":"*","Action":"sts:*","Resource":"*","Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}}]}';
const contextOf = () => ({
  organization: { id: 'o-a1b2c3d4e5', managementAccountId: '999999999999' },
  readBy: 'management-account' as const,
  isManagementAccount: false,
  resourceControlPolicies: { known: true as const, value: [{ id: 'p-1', name: 'OrgOnly', awsManaged: false, target: 'r-ab12', content: rcp }] },
  accountIds: { known: true as const, value: accounts.map((a) => a.id) },
  declarativeEc2: { known: true as const, value: null },
  organizationTrails: { known: true as const, value: [] },
});
const organizationReading = { contexts: new Map(['111111111111', '444444444444'].map((id) => [id, contextOf()])), notes: [], requests: { sent: 0, reused: 0, byService: {} } };

function options(extra: Partial<OrgScanOptions> = {}): OrgScanOptions {
  return {
    accounts,
    transports: { module: transports, options: {} },
    checks,
    datasets: DATASETS,
    homeRegion: 'us-east-1',
    concurrency: 4,
    accountConcurrency: 2,
    source: 'aws',
    organizationReading,
    ...extra,
  };
}

/** The report without its clock readings. */
function timeless(report: OrgReport): unknown {
  return report.accounts.map((a) => (a.report ? { ...a, report: { ...a.report, startedAt: '', finishedAt: '', durationMs: 0, checks: a.report.checks.map((c) => ({ ...c, durationMs: 0 })) } } : a));
}

describe('scanning an organization on worker threads', () => {
  it('gives the same report as one thread: the same accounts, findings and order, the organization context included', async () => {
    const done: string[] = [];
    const [one, two] = await Promise.all([
      scanOrganization(options({ workers: 1 })),
      scanOrganization(options({ workers: 2, onAccountDone: (summary, n, total) => done.push(`${n}/${total} ${summary.id} ${summary.findings?.FAIL}`) })),
    ]);
    expect(two.report.accounts.map((a) => a.id)).toEqual(['111111111111', '222222222222', '333333333333', '444444444444', '555555555555']);
    expect(timeless(two.report)).toEqual(timeless(one.report));
    // An RCP above the member neutralises its open trust: the context crossed to the worker.
    expect(two.report.accounts[0]!.report!.findings.map((f) => [f.checkId, f.status])).toContainEqual(['iam-role-trust-no-public-principal', 'PASS']);
    expect(two.report.accounts[1]!.report!.findings.map((f) => [f.checkId, f.status])).toContainEqual(['iam-role-trust-no-public-principal', 'FAIL']);
    expect(done.map((line) => line.split(' ')[0])).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(two.requests.sent).toBe(one.requests.sent);
  });

  it('keeps an account error inside a worker an account error', async () => {
    const { report } = await scanOrganization(options({ workers: 2, transports: { module: transports, options: { refuse: '222222222222' } } }));
    expect(report.accounts.map((a) => a.status)).toEqual(['scanned', 'error', 'scanned', 'scanned', 'scanned']);
    expect(report.accounts[1]).toEqual({ id: '222222222222', name: 'team-3', status: 'error', error: 'Could not assume role arn:aws:iam::222222222222:role/posture-audit: AccessDenied: not authorized' });
  });

  it('turns a worker that stops into an error for the accounts it was scanning, and scans the rest', async () => {
    const { report } = await scanOrganization(options({ workers: 2, transports: { module: transports, options: { crash: '333333333333' } } }));
    const crashed = report.accounts.find((a) => a.id === '333333333333')!;
    expect(crashed).toMatchObject({ status: 'error', error: 'the worker thread scanning it stopped (the synthetic worker failure)' });
    // The worker's other account, if it had one at the time, is lost with it; every other account is scanned.
    expect(report.accounts.filter((a) => a.status === 'scanned').length).toBeGreaterThanOrEqual(3);
    expect(report.accounts.map((a) => a.id)).toEqual(['111111111111', '222222222222', '333333333333', '444444444444', '555555555555']);
  });

  it('gives up the accounts when no worker can start, instead of waiting', async () => {
    const { report } = await scanOrganization(options({ workers: 2, transports: { module: new URL('./no-such-module.mjs', import.meta.url).href, options: {} } }));
    expect(report.accounts.every((a) => a.status === 'error' && /worker thread/.test(a.error!))).toBe(true);
  });

  it('keeps results in a private directory, removed after the run', async () => {
    const { report, spool } = await scanOrganizationToSpool(options({ workers: 2 }));
    expect(statSync(spool.dir).mode & 0o777).toBe(0o700);
    expect(spool.read('111111111111').report!.findings.length).toBeGreaterThan(0);
    expect(report.accounts[0]).not.toHaveProperty('report');
    spool.remove();
    expect(existsSync(spool.dir)).toBe(false);
  });

  it('removes the spool when the process is ended by an interruption (process.exit from the signal handler)', () => {
    const spoolModule = new URL('../../src/org/spool.ts', import.meta.url).href.replace('/src/', '/dist/').replace(/\.ts$/, '.js');
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', `const { ResultSpool } = await import(${JSON.stringify(spoolModule)}); const s = new ResultSpool(); s.write({ id: '111111111111', status: 'error', error: 'x' }); console.log(s.dir); process.exit(130);`], { encoding: 'utf8' });
    expect(child.status).toBe(130);
    const dir = child.stdout.trim();
    expect(dir).toMatch(/aws-posture-/);
    expect(existsSync(dir)).toBe(false);
  });
});
