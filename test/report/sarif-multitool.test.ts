// The SARIF multitool (npm @microsoft/sarif-multitool, a self-contained binary; nothing is downloaded when it
// runs) validates real scan output against the SARIF schema and GitHub's ingestion rules. GH1001-GH1007 are
// on only with the GitHub config file (test/fixtures/sarif/github.config.xml). The multitool exits 0 even
// when it finds errors, so the test reads its output log and fails on any error or warning.
import { execFile } from 'node:child_process';
import { accessSync, chmodSync, constants, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatSarif } from '../../src/report/sarif.js';
import { baselineReport, META, suppressedReport } from './fixture.js';
import { demoScan } from './demo-scan.js';

const GITHUB_CONFIG = new URL('../fixtures/sarif/github.config.xml', import.meta.url).pathname;

/** The platform binary of the devDependency; its postinstall only sets the execute bit, done here if skipped. */
function multitool(): string {
  const binary = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, statSync(binary).mode | 0o100);
  }
  return binary;
}

interface Validation {
  stdout: string;
  problems: string[];
}

async function validate(files: string[], output: string): Promise<Validation> {
  const args = ['validate', ...files, '--rule-kind', 'Sarif;Ghas', '--config', GITHUB_CONFIG, '--level', 'Error;Warning', '--output', output, '--log', 'ForceOverwrite'];
  const { stdout } = await promisify(execFile)(multitool(), args, {
    // Without ICU the .NET runtime would refuse to start on minimal images; nothing here depends on culture.
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const log = JSON.parse(readFileSync(output, 'utf8').replace(/^\uFEFF/, '')) as Log;
  const run = log.runs[0]!;
  const problems = (run.results ?? [])
    .filter((r) => r.level === 'error' || r.level === 'warning')
    .map((r) => {
      const where = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
      return `${r.level} ${r.ruleId} ${where}: ${r.message.text ?? JSON.stringify(r.message.arguments)}`;
    });
  // A file the tool could not read or parse is a notification, not a result.
  for (const n of run.invocations?.flatMap((i) => [...(i.toolExecutionNotifications ?? []), ...(i.toolConfigurationNotifications ?? [])]) ?? []) {
    if (n.level === 'error') problems.push(`notification: ${n.message.text}`);
  }
  return { stdout, problems };
}

describe('SARIF multitool, GitHub rules', () => {
  let files: Record<string, string>;
  let dir: string;

  beforeAll(async () => {
    const [plain, framework] = await Promise.all([demoScan(['sarif']), demoScan(['sarif'], { args: ['--framework', 'cis'] })]);
    dir = plain.dir;
    const suppressed = join(dir, 'suppressed.sarif');
    const baseline = join(dir, 'baseline.sarif');
    writeFileSync(suppressed, formatSarif(suppressedReport(), META, { includeSuppressed: true }));
    writeFileSync(baseline, formatSarif(baselineReport(), META));
    files = { demo: plain.path('sarif'), framework: framework.path('sarif'), suppressed, baseline };
  }, 120_000);

  test('the demo scan, a framework scan, suppressions and a baseline: no error, no warning', async () => {
    const demo = JSON.parse(readFileSync(files.demo!, 'utf8')) as Log;
    const cis = JSON.parse(readFileSync(files.framework!, 'utf8')) as Log;
    // The inputs are what they claim to be: real results, and the framework scan in its own category.
    expect(demo.runs[0]!.results!.length).toBeGreaterThan(100);
    expect(cis.runs[0]!.automationDetails!.id).toMatch(/^aws-posture\/123456789012\/cis\//);

    const result = await validate(Object.values(files), join(dir, 'validation.sarif'));
    expect(result.problems).toEqual([]);
    expect(result.stdout).toContain(`Done. ${Object.keys(files).length} files scanned.`);
    expect(result.stdout).toContain('Analysis completed successfully.');
  }, 300_000);

  test('the validator is live: a result with an ARN as its location URI is an error', async () => {
    const log = JSON.parse(readFileSync(files.baseline!, 'utf8')) as Log;
    log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = 'arn:aws:s3:::bucket';
    const broken = join(dir, 'broken.sarif');
    writeFileSync(broken, JSON.stringify(log));
    const result = await validate([broken], join(dir, 'broken-validation.sarif'));
    expect(result.problems.some((p) => p.startsWith('error GH1005'))).toBe(true);
  }, 300_000);
});
