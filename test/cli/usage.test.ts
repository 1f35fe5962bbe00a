import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { DEMO, isolatedEnv, runCli } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'aws-posture-cli-'));

/** One clear line on stderr, no stack trace, exit 2. */
function expectUsageError(result: { code: number | null; stderr: string; stdout: string }, pattern: RegExp) {
  expect(result.code).toBe(2);
  const lines = result.stderr.trim().split('\n').filter((l) => !l.startsWith('(run with --help'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stdout).toBe('');
}

describe('aws-posture basics', () => {
  it('prints its version', async () => {
    // The binary answers --version without loading the command line: the same line run() prints.
    const [short, long] = await Promise.all([runCli(['-V']), runCli(['--version'])]);
    expect(long.code).toBe(0);
    expect(long.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(short).toEqual(long);
    let stdout = '';
    const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, env: {} };
    expect(await run(['--version'], io)).toBe(0);
    expect(stdout).toBe(long.stdout);
  });

  it('prints help with examples and exit codes', async () => {
    const result = await runCli(['scan', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('--fail-on');
    expect(result.stdout).toContain('Exit codes:');
  });

  it('lists the checks as JSON', async () => {
    const result = await runCli(['checks', '--format', 'json']);
    expect(result.code).toBe(0);
    const list = JSON.parse(result.stdout) as Array<{ id: string; pillar: string }>;
    expect(list.length).toBeGreaterThanOrEqual(20);
    expect(new Set(list.map((c) => c.pillar))).toEqual(new Set(['transit', 'rest', 'prevention', 'detection', 'iam']));
  });

  it('lists the checks as a table of at most 80 columns', async () => {
    const result = await runCli(['checks', '--pillar', 'iam']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('iam-root-mfa-enabled');
    for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('prints a read-only IAM policy', async () => {
    const result = await runCli(['iam-policy']);
    expect(result.code).toBe(0);
    const policy = JSON.parse(result.stdout) as { Statement: Array<{ Action: string[] }> };
    const actions = policy.Statement[0]!.Action;
    expect(actions).toContain('sts:GetCallerIdentity');
    expect(actions).toContain('s3:GetBucketPolicy');
    // API Gateway names its read actions after the HTTP verb: GET alone is read-only.
    for (const action of actions) expect(action).toMatch(/^(?:[a-z0-9-]+:(Describe|Get|List|GenerateCredentialReport)|apigateway:GET$)/);
  });
});

describe('bad input: one line, exit 2, nothing written', () => {
  // Independent runs of the binary: concurrently, to keep the suite fast.
  it.concurrent.each([
    [['scan', '--inventory', DEMO, '--check', 'no-such-check'], /Unknown check id 'no-such-check'/],
    [['scan', '--inventory', DEMO, '--pillar', 'network'], /Unknown pillar 'network'/],
    [['scan', '--inventory', DEMO, '--service', 'quicksight'], /Unknown service 'quicksight'/],
    [['scan', '--inventory', DEMO, '--format', 'xml'], /Unknown format 'xml'/],
    [['scan', '--inventory', DEMO, '--fail-on', 'severe'], /Unknown severity 'severe'/],
    [['scan', '--inventory', DEMO, '--min-severity', 'urgent'], /Unknown severity 'urgent'/],
    [['scan', '--inventory', DEMO, '--region', 'mars-1'], /Malformed region 'mars-1'/],
    [['scan', '--inventory', DEMO, '--region', 'ap-south-2'], /Region ap-south-2 is not enabled/],
    [['scan', '--inventory', DEMO, '--region', 'us-east-9'], /^aws-posture: Unknown region 'us-east-9' \(did you mean 'us-east-1'\?\): no AWS partition has it$/],
    [['scan', '--inventory', DEMO, '--check', 'ec2-ami-not-publc'], /Unknown check id 'ec2-ami-not-publc' \(did you mean 'ec2-ami-not-public'\?\)/],
    [['scan', '--inventory', DEMO, '--output', 'report.out'], /--output report.out: name its format with --format \(table, json, sarif, junit, markdown, csv or html\); the file's extension names none/],
    [['scan', '--inventory', DEMO, '--format', 'json', '--output', 'report.sarif'], /--output report.sarif is named as a sarif report, but its format is json/],
    ...(process.platform === 'linux' ? [[['scan', '--inventory', DEMO, '--format', 'json', '--output', '/proc/report.json'], /Cannot write the json report to \/proc\/report.json: the directory takes no new file/]] : []),
    [['scan', '--inventory', DEMO, '--concurrency', '0'], /--concurrency must be a whole number/],
    [['scan', '--inventory', '/nonexistent/inventory.json'], /Cannot read inventory file .*: no such file/],
    [['scan', '--inventory', DEMO, '--output', '/nonexistent/dir/report.json', '--format', 'json'], /Cannot write the json report to .*: directory .* does not exist/],
    [['scan', '--inventory', DEMO, '--format', 'json', '--format', 'sarif'], /Only one format can go to standard output/],
    [['scan', '--no-such-option'], /unknown option '--no-such-option'/],
  ] as Array<[string[], RegExp]>)('%j', async (args, pattern) => {
    expectUsageError(await runCli(args), pattern);
  });

  it('rejects an inventory file that is not JSON', async () => {
    const dir = tmp();
    const file = join(dir, 'inv.json');
    writeFileSync(file, '{ not json');
    expectUsageError(await runCli(['scan', '--inventory', file]), /is not valid JSON/);
  });

  it('rejects an inventory of another format, naming the bad field', async () => {
    const dir = tmp();
    const file = join(dir, 'inv.json');
    writeFileSync(file, JSON.stringify({ format: 'aws-posture-inventory', version: 1, recordedAt: '2026-01-01T00:00:00Z', account: { id: '1', principalArn: 'a', partition: 'aws' }, regions: [], calls: [{ service: 'ec2', region: 'x', operation: 'TerminateInstances', input: {} }] }));
    expectUsageError(await runCli(['scan', '--inventory', file]), /calls\[0\]\.operation TerminateInstances is not an operation of ec2/);
  });

  it('writes no report when one of several outputs cannot be written', async () => {
    const dir = tmp();
    const sarif = join(dir, 'out.sarif');
    const result = await runCli(['scan', '--inventory', DEMO, '--format', `sarif=${sarif}`, '--format', 'json=/nonexistent/dir/out.json']);
    expect(result.code).toBe(2);
    expect(existsSync(sarif)).toBe(false);
  });

  it('exits 2 with one line naming the credential source when there are no credentials', async () => {
    const result = await runCli(['scan', '--region', 'us-east-1'], { env: isolatedEnv({ AWS_REGION: 'us-east-1' }) });
    expectUsageError(result, /credentials/i);
  });

  it('exits 2 when the endpoint cannot be reached', async () => {
    const result = await runCli(['scan', '--endpoint-url', 'http://127.0.0.1:9', '--request-timeout', '2'], {
      env: isolatedEnv({ AWS_ACCESS_KEY_ID: 'AKIAUNREACHABLE00001', AWS_SECRET_ACCESS_KEY: 'unreachable-secret', AWS_REGION: 'us-east-1' }),
    });
    expectUsageError(result, /could not be reached/);
    expect(result.stderr).not.toContain('AKIAUNREACHABLE00001');
    expect(result.stderr).not.toContain('unreachable-secret');
  });

  it('shows a stack trace only with --debug', async () => {
    const result = await runCli(['scan', '--inventory', '/nonexistent/inventory.json', '--debug']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});

describe('inventory round trip', () => {
  it('replays a saved inventory to the same findings', async () => {
    const dir = tmp();
    const saved = join(dir, 'saved.json');
    const first = await runCli(['scan', '--inventory', DEMO, '--format', 'json', '--save-inventory', saved, '--fail-on', 'none', '--quiet']);
    expect(first.code).toBe(0);
    const second = await runCli(['scan', '--inventory', saved, '--format', 'json', '--fail-on', 'none', '--quiet']);
    expect(second.code).toBe(0);
    const findings = (text: string) => (JSON.parse(text) as { findings: unknown[] }).findings;
    expect(findings(second.stdout)).toEqual(findings(first.stdout));
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ format: 'aws-posture-inventory', version: 1 });
  });
});
