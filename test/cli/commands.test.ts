// The commands around the scan, through the built binary: explain, checks, iam-policy; and the
// table's --group-by and --compact.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DEMO, runCli } from '../helpers/cli.js';

const check = CHECKS.find((c) => c.id === 's3-bucket-no-public-read')!;

describe('explain', () => {
  it("prints a check's description, risk, remediation (console and CLI) and references; JSON on request; a close id for a typo", async () => {
    const [text, json, typo, none] = await Promise.all([
      runCli(['explain', check.id]),
      runCli(['explain', check.id, '--format', 'json']),
      runCli(['explain', 's3-bucket-no-publc-read']),
      runCli(['explain', 'zzz']),
    ]);
    expect(text.code).toBe(0);
    const flat = text.stdout.replace(/\s+/g, ' ');
    expect(text.stdout.split('\n')[0]).toBe(`${check.id}: ${check.title}`.slice(0, text.stdout.split('\n')[0]!.length));
    for (const part of [check.description, check.risk, check.remediation.text, `Console: ${check.remediation.console}`, ...check.references.docs]) {
      expect(flat).toContain(part.replace(/\s+/g, ' '));
    }
    expect(text.stdout).toContain(`Severity       ${check.severity}\n`);
    expect(JSON.parse(json.stdout)).toMatchObject({ id: check.id, title: check.title, risk: check.risk, remediation: { text: check.remediation.text } });
    expect([typo.code, typo.stderr]).toEqual([2, `aws-posture: Unknown check id 's3-bucket-no-publc-read' (did you mean '${check.id}'?); run "aws-posture checks" for the list\n`]);
    expect([none.code, none.stderr]).toEqual([2, `aws-posture: Unknown check id 'zzz'; run "aws-posture checks" for the list\n`]);
  });
});

describe('checks', () => {
  it('takes --check, --exclude-check and --min-severity as scan does', async () => {
    const [one, severe] = await Promise.all([runCli(['checks', '--check', check.id, '--format', 'json']), runCli(['checks', '--min-severity', 'critical', '--format', 'json'])]);
    expect((JSON.parse(one.stdout) as Array<{ id: string }>).map((c) => c.id)).toEqual([check.id]);
    const critical = CHECKS.filter((c) => c.severity === 'critical').map((c) => c.id).sort();
    expect((JSON.parse(severe.stdout) as Array<{ id: string }>).map((c) => c.id).sort()).toEqual(critical);
  });
});

describe('iam-policy', () => {
  it('--org: what the caller of scan --org needs; --framework narrows the checks; --output writes a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-posture-policy-'));
    const file = join(dir, 'policy.json');
    const [org, cis, all, written, mixed] = await Promise.all([
      runCli(['iam-policy', '--org', '--role-name', 'aws-posture-readonly']),
      runCli(['iam-policy', '--framework', 'cis']),
      runCli(['iam-policy']),
      runCli(['iam-policy', '--org', '--output', file]),
      runCli(['iam-policy', '--org', '--check', check.id]),
    ]);
    expect(JSON.parse(org.stdout)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AwsPostureListAccounts',
          Effect: 'Allow',
          Action: ['organizations:DescribeOrganization', 'organizations:ListAccounts', 'organizations:ListAccountsForParent', 'organizations:ListOrganizationalUnitsForParent'],
          Resource: '*',
        },
        { Sid: 'AwsPostureAssumeScanningRole', Effect: 'Allow', Action: ['sts:AssumeRole'], Resource: 'arn:*:iam::*:role/aws-posture-readonly' },
      ],
    });
    const actions = (text: string) => (JSON.parse(text) as { Statement: Array<{ Action: string[] }> }).Statement[0]!.Action;
    expect(actions(cis.stdout).length).toBeLessThan(actions(all.stdout).length);
    expect(actions(all.stdout)).toEqual(expect.arrayContaining(actions(cis.stdout)));
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).Statement[1].Resource).toBe('arn:*:iam::*:role/*');
    expect(mixed.code).toBe(2);
  });
});

describe('the table', () => {
  it('--group-by severity starts with the critical findings; --compact prints one line per FAIL or ERROR', async () => {
    const [grouped, compact, json] = await Promise.all([
      runCli(['scan', '--inventory', DEMO, '--group-by', 'severity', '--fail-on', 'none', '--quiet']),
      runCli(['scan', '--inventory', DEMO, '--compact', '--fail-on', 'none', '--quiet']),
      runCli(['scan', '--inventory', DEMO, '--format', 'json', '--fail-on', 'none', '--quiet']),
    ]);
    const findings = (JSON.parse(json.stdout) as { findings: Array<{ status: string; severity: string }> }).findings;
    const critical = findings.filter((f) => f.status !== 'PASS' && f.severity === 'critical').length;
    expect(grouped.stdout).toContain(`\nCRITICAL (${critical} FAIL)\n`);
    expect(grouped.stdout.indexOf('\nCRITICAL (')).toBeLessThan(grouped.stdout.indexOf('\nHIGH ('));
    const rows = compact.stdout.split('\n').filter((l) => /^(FAIL|ERROR) /.test(l));
    expect(rows).toHaveLength(findings.filter((f) => f.status !== 'PASS').length);
    const bad = await runCli(['scan', '--inventory', DEMO, '--group-by', 'colour']);
    expect([bad.code, bad.stderr]).toEqual([2, "aws-posture: Unknown --group-by 'colour' (expected one of: severity, pillar, service, region, check)\n"]);
  });
});

describe('the Markdown report', () => {
  it("fits a pull-request comment by default, and --markdown-limit sets another limit", async () => {
    const [byDefault, small, bad] = await Promise.all([
      runCli(['scan', '--inventory', DEMO, '--format', 'markdown', '--fail-on', 'none', '--quiet']),
      runCli(['scan', '--inventory', DEMO, '--format', 'markdown', '--fail-on', 'none', '--quiet', '--markdown-limit', '20000']),
      runCli(['scan', '--inventory', DEMO, '--format', 'markdown', '--markdown-limit', '100']),
    ]);
    expect(Buffer.byteLength(byDefault.stdout)).toBeLessThanOrEqual(65_536);
    expect(Buffer.byteLength(small.stdout)).toBeLessThanOrEqual(20_000);
    expect(small.stdout).toMatch(/> \d+ rows were left out to keep this summary under 19\.5 KiB\./);
    expect([bad.code, bad.stderr]).toEqual([2, "aws-posture: --markdown-limit must be a whole number of characters from 8192 to 67108864, not '100'\n"]);
  });
});

describe('output files and words', () => {
  it('--output report.json alone writes JSON; the log counts in the right number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-posture-output-'));
    const [json, sarif, one] = await Promise.all([
      runCli(['scan', '--inventory', DEMO, '--output', join(dir, 'report.json'), '--fail-on', 'none', '--quiet']),
      runCli(['scan', '--inventory', DEMO, '--output', join(dir, 'report.sarif'), '--fail-on', 'none', '--quiet']),
      runCli(['scan', '--inventory', DEMO, '--check', 'ec2-ami-not-public', '--region', 'us-east-1', '--fail-on', 'none', '--format', 'json']),
    ]);
    expect([json.code, sarif.code]).toEqual([0, 0]);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toMatchObject({ schema: 'aws-posture/report' });
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(one.stderr.split('\n')[1]).toBe('1 check in 1 region: us-east-1');
  });
});
