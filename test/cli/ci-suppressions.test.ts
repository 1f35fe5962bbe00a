// Suppressions from .aws-posture.yml (or --config), end to end: what each output shows and what gates.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO, runCli } from '../helpers/cli.js';

interface Sarif {
  runs: Array<{
    automationDetails: { id: string };
    results: Array<{ ruleId: string; locations: Array<{ logicalLocations?: Array<{ fullyQualifiedName: string }> }>; suppressions?: Array<{ kind: string; status?: string; justification?: string }> }>;
  }>;
}
interface JsonReport {
  findings: Array<{ resourceId: string; status: string; suppression?: { reason: string; expires: string | null; source: string } | null }>;
}

const CHECKS = 'ec2-ami-not-public,rds-instance-storage-encrypted';
const LEGACY = 'arn:aws:rds:us-east-1:123456789012:db:legacy-mysql';
const REASON = 'Legacy database, decommissioned in Q3';
const CONFIG = `# accepted risks\nsuppressions:\n  - check: rds-instance-storage-encrypted\n    resource: ${LEGACY}\n    reason: ${REASON}\n    expires: 2099-12-31\n`;

function workdir(config = CONFIG): string {
  const dir = mkdtempSync(join(tmpdir(), 'aws-posture-suppress-'));
  writeFileSync(join(dir, '.aws-posture.yml'), config);
  return dir;
}

// Repeated --check options add up, so a test that narrows the scan passes its own instead.
const scanIn = (cwd: string, ...args: string[]) => runCli(['scan', '--inventory', DEMO, ...(args.includes('--check') ? [] : ['--check', CHECKS]), ...args], { cwd });
const resultArns = (sarif: Sarif) => sarif.runs[0]!.results.map((r) => r.locations[0]!.logicalLocations?.[0]?.fullyQualifiedName);

describe('suppressions', () => {
  it('reads .aws-posture.yml from the working directory; a suppressed FAIL does not gate', async () => {
    const args = ['--check', 'rds-instance-storage-encrypted', '--region', 'us-east-1', '--format', 'json'];
    const one = await scanIn(workdir(), ...args);
    // shop-aurora-1 is not suppressed and still gates.
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('1 result is suppressed by .aws-posture.yml and does not affect the exit code.');
    const both = await scanIn(workdir(`suppressions:\n  - check: rds-instance-storage-encrypted\n    resource: [${LEGACY}, shop-aurora-*]\n    reason: ${REASON}\n`), ...args);
    expect(both.stderr).toContain('2 results are suppressed by .aws-posture.yml');
    expect(both.code).toBe(0);
  });

  it('finds .aws-posture.yaml at the repository root from a subdirectory, and says which file it uses', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'aws-posture-repo-'));
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'infra', 'posture'), { recursive: true });
    writeFileSync(join(repo, '.aws-posture.yaml'), CONFIG);
    const args = ['--check', 'rds-instance-storage-encrypted', '--region', 'us-east-1', '--format', 'json'];
    const result = await scanIn(join(repo, 'infra', 'posture'), ...args);
    const file = join('..', '..', '.aws-posture.yaml');
    expect(result.stderr.split('\n')[0]).toBe(`Suppressions from ${file} (1 entry)`);
    expect(result.stderr).toContain(`1 result is suppressed by ${file} and does not affect the exit code.`);
    const legacy = (JSON.parse(result.stdout) as JsonReport).findings.find((f) => f.resourceId === 'legacy-mysql')!;
    expect(legacy.suppression).toEqual({ reason: REASON, expires: '2099-12-31', source: `${file} suppressions[0]` });
    expect((await scanIn(join(repo, 'infra'), ...args, '--quiet')).stderr).toBe('');
  });

  it('reads --config instead, and --no-config ignores the file in the working directory', async () => {
    const dir = workdir('suppressions:\n  - check: no-such-check\n    reason: broken on purpose\n');
    writeFileSync(join(dir, 'ci.yml'), CONFIG);
    const broken = await scanIn(dir, '--format', 'json', '--fail-on', 'none');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(".aws-posture.yml: suppressions[0].check 'no-such-check' is not a check id");
    expect((await scanIn(dir, '--format', 'json', '--fail-on', 'none', '--config', 'ci.yml')).code).toBe(0);
    expect((await scanIn(dir, '--format', 'json', '--fail-on', 'none', '--no-config')).code).toBe(0);
  });

  it('leaves suppressed results out of SARIF by default, since GitHub shows them as open alerts', async () => {
    const dir = workdir();
    const result = await scanIn(dir, '--format', `sarif=${join(dir, 'out.sarif')}`, '--fail-on', 'none', '--quiet');
    expect(result.code).toBe(0);
    const arns = resultArns(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as Sarif);
    expect(arns).not.toContain(LEGACY);
    expect(arns).toContain('arn:aws:rds:us-east-1:123456789012:db:shop-aurora-1');
  });

  it('keeps them in SARIF with --sarif-suppressions', async () => {
    const dir = workdir();
    await scanIn(dir, '--format', `sarif=${join(dir, 'out.sarif')}`, '--fail-on', 'none', '--quiet', '--sarif-suppressions');
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as Sarif;
    expect(resultArns(sarif)).toContain(LEGACY);
    const legacy = sarif.runs[0]!.results.find((r) => r.locations[0]!.logicalLocations?.[0]?.fullyQualifiedName === LEGACY)!;
    expect(legacy.suppressions).toEqual([expect.objectContaining({ kind: 'external', status: 'accepted', justification: REASON })]);
    const others = sarif.runs[0]!.results.filter((r) => r !== legacy);
    expect(others.every((r) => r.suppressions === undefined)).toBe(true);
  });

  it('sets the code scanning category with --sarif-category', async () => {
    const dir = workdir();
    await scanIn(dir, '--format', `sarif=${join(dir, 'out.sarif')}`, '--fail-on', 'none', '--quiet', '--sarif-category', 'aws-posture-prod');
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as Sarif;
    expect(sarif.runs[0]!.automationDetails.id).toMatch(/^aws-posture-prod\/[^/]+$/);
  });

  it('keeps suppressed results in the JSON report, with the reason', async () => {
    const dir = workdir();
    const result = await scanIn(dir, '--format', 'json', '--fail-on', 'none', '--quiet');
    const findings = (JSON.parse(result.stdout) as JsonReport).findings;
    expect(findings.find((f) => f.resourceId === 'legacy-mysql')?.suppression).toEqual({ reason: REASON, expires: '2099-12-31', source: '.aws-posture.yml suppressions[0]' });
    expect(findings.find((f) => f.resourceId === 'shop-aurora-1')?.suppression ?? null).toBeNull();
  });

  it('shows suppressed results in the table, with the reason', async () => {
    const dir = workdir();
    const result = await scanIn(dir, '--fail-on', 'none', '--quiet');
    expect(result.stdout).toContain('legacy-mysql');
    expect(result.stdout).toContain(REASON);
  });
});
