// The exit-code matrix of docs/ci.md, run against the built binary: --fail-on, --fail-on-error,
// --fail-on-new and suppressions, alone and together, plus bad input (2) and interruption (130).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO, isolatedEnv, runCli } from '../helpers/cli.js';
import { startFakeAws } from '../helpers/fake-aws-server.js';

interface JsonFinding {
  checkId: string;
  status: string;
  severity: string;
  region: string;
  resourceId: string;
}

const CHECKS = 'ec2-ami-not-public,rds-instance-storage-encrypted';
const dir = mkdtempSync(join(tmpdir(), 'aws-posture-exit-'));
const file = (name: string) => join(dir, name);

/**
 * The scenario: the demo account without its eu-west-1 RDS listing, so the two checks give
 *   FAIL critical ec2-ami-not-public (ami-0c1d2e3f4a5b60110), known to the baseline
 *   FAIL medium   rds-instance-storage-encrypted shop-aurora-1, known to the baseline
 *   FAIL medium   rds-instance-storage-encrypted legacy-mysql, new (removed from the baseline)
 *   ERROR         rds-instance-storage-encrypted in eu-west-1 (the listing is not recorded)
 */
beforeAll(async () => {
  const inventory = JSON.parse(readFileSync(DEMO, 'utf8')) as { calls: Array<{ operation: string; region: string }> };
  inventory.calls = inventory.calls.filter((c) => !(c.operation === 'DescribeDBInstances' && c.region === 'eu-west-1'));
  writeFileSync(file('inventory.json'), JSON.stringify(inventory));

  const first = await runCli(['scan', '--inventory', file('inventory.json'), '--check', CHECKS, '--format', `json=${file('full.json')}`, '--fail-on', 'none', '--no-config', '--quiet']);
  expect(first.code).toBe(0);
  const report = JSON.parse(readFileSync(file('full.json'), 'utf8')) as { findings: JsonFinding[] };
  const notPassing = report.findings.filter((f) => f.status !== 'PASS').map((f) => [f.status, f.severity, f.resourceId]);
  expect(notPassing).toEqual([
    ['ERROR', 'medium', '123456789012/eu-west-1'],
    ['FAIL', 'medium', 'legacy-mysql'],
    ['FAIL', 'medium', 'shop-aurora-1'],
    ['FAIL', 'critical', 'ami-0c1d2e3f4a5b60110'],
  ]);
  report.findings = report.findings.filter((f) => f.resourceId !== 'legacy-mysql');
  writeFileSync(file('baseline.json'), JSON.stringify(report));

  const configs: Record<string, string> = {
    'all-fails.yml': 'suppressions:\n  - check: ec2-ami-not-public\n    reason: Shared with the partner account on purpose\n  - check: rds-instance-storage-encrypted\n    region: us-east-1\n    reason: Replaced by encrypted instances in Q3\n',
    'the-error.yml': 'suppressions:\n  - check: rds-instance-storage-encrypted\n    region: eu-west-1\n    reason: The scanner role may not read RDS in eu-west-1 yet\n',
    'the-new-one.yml': 'suppressions:\n  - resource: arn:aws:rds:us-east-1:123456789012:db:legacy-*\n    reason: Legacy database, decommissioned next sprint\n    expires: 2099-12-31\n',
    'the-critical.yml': 'suppressions:\n  - check: ec2-ami-not-public\n    reason: Public on purpose\n',
    'expired.yml': 'suppressions:\n  - check: [ec2-ami-not-public, rds-instance-storage-encrypted]\n    reason: Accepted for the audit\n    expires: 2001-01-31\n',
    'invalid.yml': 'suppressions:\n  - check: ec2-ami-not-public\n',
  };
  for (const [name, text] of Object.entries(configs)) writeFileSync(file(name), text);
});

const scan = (...args: string[]) => runCli(['scan', '--inventory', file('inventory.json'), '--check', CHECKS, '--format', 'json', '--no-config', ...args]);
const config = (name: string) => ['--config', file(name)];
const baseline = () => ['--baseline', file('baseline.json')];

describe('exit codes', () => {
  // Independent runs of the binary: concurrently, to keep the suite fast.
  it.concurrent.each([
    // --fail-on alone
    ['default --fail-on low: any FAIL', [], 1],
    ['--fail-on none', ['--fail-on', 'none'], 0],
    ['--fail-on critical: the public AMI', ['--fail-on', 'critical'], 1],
    ['--fail-on critical, the critical suppressed', ['--fail-on', 'critical', ...config('the-critical.yml')], 0],
    // --fail-on-error
    ['--fail-on-error: the ERROR', ['--fail-on', 'none', '--fail-on-error'], 1],
    ['--fail-on-error, the ERROR suppressed', ['--fail-on', 'none', '--fail-on-error', ...config('the-error.yml')], 0],
    ['every FAIL suppressed: an ERROR alone does not gate', [...config('all-fails.yml')], 0],
    ['every FAIL suppressed, with --fail-on-error', [...config('all-fails.yml'), '--fail-on-error'], 1],
    // --fail-on-new (which turns the default --fail-on off)
    ['--fail-on-new high: the new FAIL is medium', ['--fail-on-new', 'high', ...baseline()], 0],
    ['--fail-on-new medium: legacy-mysql is new', ['--fail-on-new', 'medium', ...baseline()], 1],
    ['--fail-on-new medium, the new FAIL suppressed', ['--fail-on-new', 'medium', ...baseline(), ...config('the-new-one.yml')], 0],
    ['--fail-on-new medium and --fail-on critical: a known critical still gates', ['--fail-on-new', 'medium', '--fail-on', 'critical', ...baseline(), ...config('the-new-one.yml')], 1],
    ['--fail-on-new with --fail-on-error', ['--fail-on-new', 'critical', '--fail-on-error', ...baseline()], 1],
    ['--baseline alone changes nothing: default --fail-on low', [...baseline()], 1],
    // expired suppressions count again
    ['an expired suppression no longer applies', [...config('expired.yml')], 1],
  ] as Array<[string, string[], number]>)('%s', async (_name, args, code) => {
    const result = await scan(...args);
    expect(result.stderr).not.toMatch(/unexpected error/);
    expect(result.code).toBe(code);
  });

  it.concurrent.each([
    ['--fail-on-new without --baseline', ['--fail-on-new', 'high'], /--fail-on-new needs --baseline/],
    ['--fail-on-new with an unknown severity', ['--fail-on-new', 'severe', '--baseline', 'x.json'], /Unknown severity 'severe'/],
    ['a config entry without a reason', ['--config', 'invalid.yml'], /invalid\.yml: suppressions\[0\]\.reason is required/],
    ['a missing --config file', ['--config', 'missing.yml'], /Cannot read the config file .*missing\.yml: no such file/],
    ['a missing baseline', ['--baseline', 'missing.json'], /Cannot read the baseline report .*missing\.json: no such file/],
  ])('2 on bad input: %s', async (_name, args, pattern) => {
    const resolved = (args as string[]).map((a) => (a.endsWith('.yml') || a.endsWith('.json') ? file(a) : a));
    const result = await scan(...resolved);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n').filter((l) => !l.startsWith('(run with'))).toHaveLength(1);
    expect(result.stderr).toMatch(pattern as RegExp);
    expect(result.stdout).toBe('');
  });

  it('warns on stderr about an expired suppression, naming it and its date', async () => {
    const result = await scan(...config('expired.yml'));
    expect(result.stderr).toMatch(/warning: .*expired\.yml suppressions\[0\] \(check ec2-ami-not-public, rds-instance-storage-encrypted\) expired on 2001-01-31/);
    expect((await scan(...config('expired.yml'), '--quiet')).stderr).toBe('');
  });

  it('says on stderr why the gate did or did not trip', async () => {
    const suppressed = await scan(...config('all-fails.yml'));
    expect(suppressed.stderr).toContain('3 results are suppressed by');
    expect(suppressed.stderr).toContain('do not affect the exit code');
    const fresh = await scan('--fail-on-new', 'medium', ...baseline());
    expect(fresh.stderr).toMatch(/Compared with .*baseline\.json .*: 1 new FAIL, 2 still failing, 0 fixed\./);
    expect(fresh.stderr).toContain('Gate: 1 new FAIL result at or above medium (not in the baseline).');
  });

  it('130 when interrupted, with a config and a baseline in play, and no file written', async () => {
    const out = mkdtempSync(join(tmpdir(), 'aws-posture-exit-130-'));
    const hanging = await startFakeAws({ 'sts:GetCallerIdentity': () => new Promise(() => undefined) });
    let kill: ((s: NodeJS.Signals) => void) | undefined;
    const pending = runCli(
      ['scan', '--format', `json=${join(out, 'report.json')}`, '--format', `sarif=${join(out, 'report.sarif')}`, ...config('all-fails.yml'), ...baseline(), '--fail-on-new', 'high', '--endpoint-url', hanging.url],
      { env: isolatedEnv({ AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE0001', AWS_SECRET_ACCESS_KEY: 'x', AWS_REGION: 'us-east-1' }), onSpawn: (k) => (kill = k) },
    );
    while (hanging.requests.length === 0) await new Promise((r) => setTimeout(r, 50));
    kill!('SIGTERM');
    const result = await pending;
    await hanging.close();
    expect(result.code).toBe(130);
    expect(readdirSync(out)).toEqual([]);
  });
});
