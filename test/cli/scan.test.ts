import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, isolatedEnv, runCli } from '../helpers/cli.js';
import { ACCOUNT_HANDLERS, startFakeAws, type FakeAws } from '../helpers/fake-aws-server.js';

interface JsonReport {
  account: { id: string };
  regions: string[];
  findings: Array<{ checkId: string; status: string; severity: string; pillar: string; resourceId: string; region: string; error?: { action: string } }>;
}

const tmp = () => mkdtempSync(join(tmpdir(), 'aws-posture-scan-'));

describe('scanning the demo inventory', () => {
  it('prints a table grouped by pillar, who was scanned on stderr, and exits 1 on FAIL', async () => {
    const result = await runCli(['scan', '--inventory', DEMO]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Scanning account 123456789012');
    for (const pillar of ['TRANSIT', 'REST', 'PREVENTION', 'DETECTION', 'IAM']) expect(result.stdout.toUpperCase()).toContain(pillar);
    expect(result.stdout).not.toMatch(/\u001b\[/);
    for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('finds PASS and FAIL in every pillar, and no ERROR', async () => {
    const result = await runCli(['scan', '--inventory', DEMO, '--format', 'json', '--fail-on', 'none', '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.regions).toEqual(['eu-west-1', 'us-east-1']);
    const errors = report.findings.filter((f) => f.status === 'ERROR');
    expect(errors).toEqual([]);
    for (const pillar of ['transit', 'rest', 'prevention', 'detection', 'iam']) {
      const statuses = new Set(report.findings.filter((f) => f.pillar === pillar).map((f) => f.status));
      expect([pillar, [...statuses].sort()]).toEqual([pillar, ['FAIL', 'PASS']]);
    }
  });

  it('gates on --fail-on: exit 1 only when a FAIL reaches the threshold', async () => {
    const report = JSON.parse((await runCli(['scan', '--inventory', DEMO, '--format', 'json', '--fail-on', 'none', '--quiet'])).stdout) as JsonReport;
    const worst = ['critical', 'high', 'medium', 'low'].find((s) => report.findings.some((f) => f.status === 'FAIL' && f.severity === s))!;
    const onlyPassing = report.findings.find((f) => f.status === 'PASS' && !report.findings.some((g) => g.checkId === f.checkId && g.status !== 'PASS'))!;
    const codes = await Promise.all([
      runCli(['scan', '--inventory', DEMO, '--fail-on', worst, '--quiet', '--format', 'json']),
      runCli(['scan', '--inventory', DEMO, '--fail-on', 'none', '--quiet', '--format', 'json']),
      runCli(['scan', '--inventory', DEMO, '--check', onlyPassing.checkId, '--quiet', '--format', 'json']),
    ]);
    expect(codes.map((r) => r.code)).toEqual([1, 0, 0]);
  });

  it('filters by pillar, service, check and minimum severity', async () => {
    const run = async (...args: string[]) => JSON.parse((await runCli(['scan', '--inventory', DEMO, '--format', 'json', '--fail-on', 'none', '--quiet', ...args])).stdout) as JsonReport;
    const [rest, s3, severe, excluded] = await Promise.all([
      run('--pillar', 'rest'),
      run('--service', 's3', '--region', 'eu-west-1'),
      run('--min-severity', 'high'),
      run('--exclude-check', 'rds-instance-storage-encrypted'),
    ]);
    expect(new Set(rest.findings.map((f) => f.pillar))).toEqual(new Set(['rest']));
    expect(s3.findings.every((f) => f.checkId.startsWith('s3-'))).toBe(true);
    expect(severe.findings.every((f) => ['critical', 'high'].includes(f.severity))).toBe(true);
    expect(excluded.findings.some((f) => f.checkId === 'rds-instance-storage-encrypted')).toBe(false);
  });

  it('writes several formats in one run: table on stdout, SARIF and JSON to files', async () => {
    const dir = tmp();
    const sarif = join(dir, 'out.sarif');
    const json = join(dir, 'out.json');
    const result = await runCli(['scan', '--inventory', DEMO, '--format', 'table', '--format', `sarif=${sarif}`, '--format', `json=${json}`, '--fail-on', 'none']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('FAIL');
    expect(JSON.parse(readFileSync(sarif, 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ account: { id: '123456789012' } });
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'out.sarif']);
  });

  it('writes one format to --output', async () => {
    const dir = tmp();
    const out = join(dir, 'report.json');
    const result = await runCli(['scan', '--inventory', DEMO, '--format', 'json', '--output', out, '--fail-on', 'none', '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
  });
});

describe('scanning a live endpoint', () => {
  let fake: FakeAws;
  const env = () =>
    isolatedEnv({
      AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE0001',
      AWS_SECRET_ACCESS_KEY: 'fake-secret-key-never-printed',
      AWS_SESSION_TOKEN: 'fake-session-token-never-printed',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL: fake.url,
    });
  beforeAll(async () => {
    fake = await startFakeAws(ACCOUNT_HANDLERS);
  });
  afterAll(() => fake.close());

  it('scans through the SDK against AWS_ENDPOINT_URL, and never prints the credentials', async () => {
    const dir = tmp();
    const inventory = join(dir, 'inv.json');
    const checks = ['ec2-sg-no-admin-ports-from-ipv4-internet', 's3-bucket-denies-insecure-transport', 's3-account-public-access-block-enabled', 'iam-password-policy-min-length-14'];
    const result = await runCli(['scan', '--check', checks.join(','), '--format', 'json', '--save-inventory', inventory, '--debug'], { env: env() });
    expect(result.stderr).toContain('Scanning account 111122223333 as arn:aws:iam::111122223333:user/auditor');
    const report = JSON.parse(result.stdout) as JsonReport;
    const verdict = (id: string) => report.findings.filter((f) => f.checkId === id).map((f) => [f.status, f.region, f.resourceId]);
    expect(verdict('ec2-sg-no-admin-ports-from-ipv4-internet')).toEqual([
      ['FAIL', 'eu-west-1', 'sg-0openeu'],
      ['FAIL', 'us-east-1', 'sg-0openus'],
    ]);
    expect(verdict('s3-bucket-denies-insecure-transport')).toEqual([['FAIL', 'eu-west-1', 'wire-logs']]);
    expect(verdict('s3-account-public-access-block-enabled').map((v) => v[0])).toEqual(['PASS']);
    expect(verdict('iam-password-policy-min-length-14').map((v) => v[0])).toEqual(['FAIL']);
    expect(result.code).toBe(1);
    for (const text of [result.stdout, result.stderr, readFileSync(inventory, 'utf8')]) {
      expect(text).not.toContain('AKIAFAKEFAKEFAKE0001');
      expect(text).not.toContain('fake-secret-key-never-printed');
      expect(text).not.toContain('fake-session-token-never-printed');
    }
    // A child process that loads the SDK clients and talks to the loopback endpoint: slow on a busy machine.
  }, 60_000);

  it('reports unreadable data as ERROR, and exits 1 on it only with --fail-on-error', async () => {
    // The fake endpoint does not implement ec2:DescribeVpcs or DescribeFlowLogs: the flow-log check cannot read its data.
    const args = ['scan', '--check', 'ec2-vpc-flow-logs-enabled', '--format', 'json', '--fail-on', 'none'];
    const lenient = await runCli(args, { env: env() });
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/2 results could not be evaluated \(ERROR\)/);
    const report = JSON.parse(lenient.stdout) as JsonReport;
    expect(report.findings.map((f) => [f.status, f.region, f.error?.action])).toEqual([
      ['ERROR', 'eu-west-1', 'ec2:DescribeVpcs'],
      ['ERROR', 'us-east-1', 'ec2:DescribeVpcs'],
    ]);
    expect((await runCli([...args, '--fail-on-error'], { env: env() })).code).toBe(1);
  });

  it('leaves no file behind and exits 130 when interrupted', async () => {
    const dir = tmp();
    // An endpoint that accepts the request and never answers: the scan is still running when interrupted.
    const hanging = await startFakeAws({ 'sts:GetCallerIdentity': () => new Promise(() => undefined) });
    const out = join(dir, 'report.json');
    let kill: ((s: NodeJS.Signals) => void) | undefined;
    const pending = runCli(['scan', '--format', `json=${out}`, '--endpoint-url', hanging.url, '--request-timeout', '30'], {
      env: isolatedEnv({ AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE0001', AWS_SECRET_ACCESS_KEY: 'x', AWS_REGION: 'us-east-1' }),
      onSpawn: (k) => (kill = k),
    });
    while (hanging.requests.length === 0) await new Promise((r) => setTimeout(r, 50));
    kill!('SIGINT');
    const result = await pending;
    await hanging.close();
    expect(result.code).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });
});
