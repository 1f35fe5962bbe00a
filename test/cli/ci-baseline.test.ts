// Baselines end to end: scan --baseline, --fail-on-new, and the diff command.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO, runCli } from '../helpers/cli.js';

interface JsonFinding {
  checkId: string;
  status: string;
  severity: string;
  region: string;
  resourceId: string;
  resourceArn: string;
  message: string;
  accountId: string;
  baseline?: string | null;
  suppression?: { reason: string; expires: string | null; source: string } | null;
}
interface JsonReport {
  schemaVersion: number;
  account: { id: string };
  findings: JsonFinding[];
  baseline?: { fixed: JsonFinding[] } | null;
}
interface Diff {
  schema: string;
  schemaVersion: number;
  account: string;
  summary: { new: number; fixed: number; stillFailing: number; notEvaluated: number };
  new: JsonFinding[];
  fixed: JsonFinding[];
  stillFailing: JsonFinding[];
  notEvaluated: JsonFinding[];
}

const CHECKS = 'ec2-ami-not-public,rds-instance-storage-encrypted';
const dir = mkdtempSync(join(tmpdir(), 'aws-posture-baseline-'));
const file = (name: string) => join(dir, name);
const read = <T>(name: string) => JSON.parse(readFileSync(file(name), 'utf8')) as T;
const write = (name: string, value: unknown) => writeFileSync(file(name), JSON.stringify(value, null, 2));
const scan = (...args: string[]) => runCli(['scan', '--inventory', DEMO, '--check', CHECKS, '--no-config', ...args]);


/**
 * now.json: today's scan. before.json: the same scan as it was "last week": legacy-mysql was not failing
 * yet (so it is new today), and a bucket that has since been fixed was failing.
 */
beforeAll(async () => {
  expect((await scan('--format', `json=${file('now.json')}`, '--fail-on', 'none', '--quiet')).code).toBe(0);
  const now = read<JsonReport>('now.json');
  const failing = now.findings.filter((f) => f.status === 'FAIL').map((f) => f.resourceId);
  expect(failing).toEqual(['legacy-mysql', 'shop-aurora-1', 'ami-0c1d2e3f4a5b60110']);
  const before = structuredClone(now);
  before.findings = before.findings.filter((f) => f.resourceId !== 'legacy-mysql');
  const template = before.findings.find((f) => f.resourceId === 'shop-aurora-1')!;
  before.findings.push({ ...template, resourceId: 'old-reports', resourceArn: 'arn:aws:rds:us-east-1:123456789012:db:old-reports', message: 'DB instance old-reports does not encrypt its storage at rest.' });
  write('before.json', before);
});

describe('scan --baseline', () => {
  it('says what is new, still failing and fixed, and gates only on new FAILs with --fail-on-new', async () => {
    const result = await scan('--format', 'json', '--baseline', file('before.json'), '--fail-on-new', 'medium');
    expect(result.stderr).toMatch(/Compared with .*before\.json \(scan of [^)]+\): 1 new FAIL, 2 still failing, 1 fixed\./);
    expect(result.code).toBe(1);
    expect((await scan('--format', 'json', '--baseline', file('before.json'), '--fail-on-new', 'high')).code).toBe(0);
  });

  it('accepts the file it is about to replace as its baseline (the CI pattern)', async () => {
    write('rolling.json', read('before.json'));
    const result = await scan('--format', `json=${file('rolling.json')}`, '--baseline', file('rolling.json'), '--fail-on-new', 'critical');
    expect(result.code).toBe(0);
    expect(read<JsonReport>('rolling.json').findings.some((f) => f.resourceId === 'legacy-mysql')).toBe(true);
  });

  it('refuses a baseline of another account before running any check', async () => {
    const other = read<JsonReport>('before.json');
    other.account.id = '210987654321';
    write('other-account.json', other);
    const result = await scan('--format', 'json', '--baseline', file('other-account.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aws-posture: The baseline report .*other-account\.json is a scan of account 210987654321, not of 123456789012/m);
    expect(result.stdout).toBe('');
  });

  it('refuses a report of another schema version in one line', async () => {
    write('v2.json', { ...read<JsonReport>('before.json'), schemaVersion: 2 });
    const result = await scan('--format', 'json', '--baseline', file('v2.json'));
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/^aws-posture: The baseline report .*v2\.json has schema version 2; this aws-posture reads version 1 only$/);
  });

  it('marks each result new or unchanged in the JSON report and lists the fixed ones', async () => {
    const result = await scan('--format', 'json', '--baseline', file('before.json'), '--fail-on', 'none');
    const report = JSON.parse(result.stdout) as JsonReport;
    const mark = (id: string) => report.findings.find((f) => f.resourceId === id)?.baseline;
    expect(mark('legacy-mysql')).toBe('new');
    expect(mark('shop-aurora-1')).toBe('unchanged');
    expect(report.baseline?.fixed.map((f) => f.resourceId)).toEqual(['old-reports']);
  });
});

describe('aws-posture diff', () => {
  it('prints new FAILs, fixed and still failing as a table of at most 80 columns, exit 0', async () => {
    const result = await runCli(['diff', file('before.json'), file('now.json')]);
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain('aws-posture diff of account 123456789012');
    const section = (title: string) => out.slice(out.indexOf(title), out.indexOf('\n\n', out.indexOf(title)));
    expect(section('New FAIL (1)')).toContain('legacy-mysql');
    expect(section('Fixed (1)')).toContain('old-reports');
    expect(section('Still failing (2)')).toContain('ami-0c1d2e3f4a5b60110');
    expect(section('Still failing (2)')).toContain('shop-aurora-1');
    expect(out).toContain('1 new FAIL, 1 fixed, 2 still failing.');
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('prints JSON with --format json', async () => {
    const result = await runCli(['diff', file('before.json'), file('now.json'), '--format', 'json']);
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout) as Diff;
    expect(diff).toMatchObject({ schema: 'aws-posture/diff', schemaVersion: 1, account: '123456789012', summary: { new: 1, fixed: 1, stillFailing: 2, notEvaluated: 0 } });
    expect(diff.new.map((f) => [f.severity, f.checkId, f.resourceId])).toEqual([['medium', 'rds-instance-storage-encrypted', 'legacy-mysql']]);
    // Most severe first.
    expect(diff.stillFailing.map((f) => f.resourceId)).toEqual(['ami-0c1d2e3f4a5b60110', 'shop-aurora-1']);
  });

  it('exits 1 with --fail-on-new when a new FAIL reaches it, unless it is suppressed', async () => {
    expect((await runCli(['diff', file('before.json'), file('now.json'), '--fail-on-new', 'medium'])).code).toBe(1);
    expect((await runCli(['diff', file('before.json'), file('now.json'), '--fail-on-new', 'high'])).code).toBe(0);
    const accepted = read<JsonReport>('now.json');
    accepted.findings.find((f) => f.resourceId === 'legacy-mysql')!.suppression = { reason: 'Decommissioned next sprint', expires: null, source: '.aws-posture.yml suppressions[0]' };
    write('accepted.json', accepted);
    const result = await runCli(['diff', file('before.json'), file('accepted.json'), '--fail-on-new', 'medium']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('suppressed: Decommissioned next sprint');
    expect(result.stdout).toContain('1 new FAIL (1 suppressed)');
  });

  it('lists a FAIL the later scan could not judge as not evaluated, never as fixed', async () => {
    const later = read<JsonReport>('now.json');
    const ami = later.findings.find((f) => f.resourceId === 'ami-0c1d2e3f4a5b60110')!;
    Object.assign(ami, { status: 'ERROR', message: 'Could not read the image attribute: AccessDenied.' });
    write('later-error.json', later);
    const diff = JSON.parse((await runCli(['diff', file('now.json'), file('later-error.json'), '--format', 'json'])).stdout) as Diff;
    expect(diff.summary).toEqual({ new: 0, fixed: 0, stillFailing: 2, notEvaluated: 1 });
    expect(diff.notEvaluated[0]).toMatchObject({ resourceId: 'ami-0c1d2e3f4a5b60110', status: 'FAIL' });
  });

  it.each([
    ['a report of another schema version', 'v2.json', /has schema version 2; this aws-posture reads version 1 only/],
    ['a report of another account', 'other-account.json', /is a scan of account 123456789012 and .*other-account\.json of account 210987654321/],
    ['an inventory instead of a report', DEMO, /is not an aws-posture JSON report/],
    ['a missing file', 'missing.json', /Cannot read the report .*missing\.json: no such file/],
  ])('exits 2 with one line on %s', async (_name, second, pattern) => {
    const path = second.startsWith('/') ? second : file(second);
    const result = await runCli(['diff', file('before.json'), path]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
    expect(result.stdout).toBe('');
  });

  it('exits 2 on an unknown format or severity', async () => {
    expect((await runCli(['diff', file('before.json'), file('now.json'), '--format', 'sarif'])).stderr).toMatch(/Unknown format 'sarif' for diff/);
    expect((await runCli(['diff', file('before.json'), file('now.json'), '--fail-on-new', 'urgent'])).code).toBe(2);
  });
});
