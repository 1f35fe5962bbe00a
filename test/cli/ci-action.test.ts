// The GitHub Action (action.yml): its shape, and its scan step run for real over the demo inventory,
// with the GitHub runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) faked in a temporary directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, DEMO, ROOT, isolatedEnv } from '../helpers/cli.js';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  if?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const steps = action.runs.steps;
const step = (pred: (s: Step) => boolean) => steps.find(pred)!;
const scanStep = step((s) => s.id === 'scan');

/** Runs the scan step's script as the runner would, with the inputs given (others at their defaults). */
function runScanStep(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'aws-posture-action-'));
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(scanStep.env!)) {
    const input = /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(value)?.[1];
    if (input) env[name] = inputs[input] ?? action.inputs[input]!.default ?? '';
  }
  env.AWS_POSTURE_BIN = BIN;
  const outputs = join(dir, 'outputs');
  const summary = join(dir, 'summary.md');
  writeFileSync(outputs, '');
  const result = spawnSync('bash', ['-c', scanStep.run!], {
    cwd: dir,
    env: isolatedEnv({ ...env, RUNNER_TEMP: dir, GITHUB_OUTPUT: outputs, GITHUB_STEP_SUMMARY: summary, ...extraEnv }),
    encoding: 'utf8',
  });
  const parsed = Object.fromEntries(
    readFileSync(outputs, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { ...result, dir, outputs: parsed as Record<string, string>, summary: () => readFileSync(summary, 'utf8') };
}

const DEMO_ARGS = `--inventory ${DEMO} --check ec2-ami-not-public,rds-instance-storage-encrypted`;

describe('action.yml', () => {
  it('is a composite action with the documented inputs and outputs', () => {
    expect(action.runs.using).toBe('composite');
    for (const input of ['role-to-assume', 'profile', 'aws-region', 'regions', 'fail-on', 'fail-on-new', 'baseline', 'framework', 'category', 'upload-sarif', 'args', 'config']) {
      expect(action.inputs[input]?.description, input).toBeTruthy();
    }
    expect(action.inputs['upload-sarif']!.default).toBe('true');
    for (const output of ['exit-code', 'account-id', 'sarif-file', 'json-file', 'category']) expect(action.outputs[output]?.value).toContain('steps.scan.outputs.');
  });

  it('sets up Node, builds in the action path, and assumes the role only when one is given', () => {
    expect(steps[0]!.uses).toMatch(/^actions\/setup-node@v\d+$/);
    const build = step((s) => s.run?.includes('npm ci') === true);
    expect(build['working-directory']).toBe('${{ github.action_path }}');
    expect(build.run).toContain('npm run build');
    const credentials = step((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@') === true);
    expect(credentials.if).toBe("inputs.role-to-assume != ''");
    expect(credentials.with).toMatchObject({ 'role-to-assume': '${{ inputs.role-to-assume }}', 'aws-region': '${{ inputs.aws-region }}' });
    expect(steps.indexOf(credentials)).toBeLessThan(steps.indexOf(scanStep));
  });

  it('uploads the SARIF even when the gate tripped, with its category, then exits with the scan code', () => {
    const upload = step((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@') === true);
    expect(upload.if).toContain('always()');
    expect(upload.if).toContain("inputs.upload-sarif == 'true'");
    expect(upload.with).toEqual({ sarif_file: '${{ steps.scan.outputs.sarif-file }}', category: '${{ steps.scan.outputs.category }}' });
    const last = steps[steps.length - 1]!;
    expect(last.if).toContain('always()');
    expect(last.env).toEqual({ SCAN_EXIT_CODE: '${{ steps.scan.outputs.exit-code }}' });
    expect(last.run).toBe('exit "$SCAN_EXIT_CODE"');
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(scanStep));
  });

  it('passes inputs to shell scripts only through the environment (no expression can inject code)', () => {
    for (const s of steps.filter((x) => x.run)) expect(s.run).not.toContain('${{');
    const parsed = spawnSync('bash', ['-n', '-c', scanStep.run!]);
    expect(parsed.status).toBe(0);
  });
});

describe("the action's scan step", () => {
  it('writes the table to the log, SARIF and JSON files, and outputs the exit code, account and category', () => {
    const run = runScanStep({ args: DEMO_ARGS });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('PREVENTION - ');
    expect(run.outputs).toMatchObject({ 'exit-code': '1', 'account-id': '123456789012', category: 'aws-posture/123456789012' });
    expect(JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(JSON.parse(readFileSync(run.outputs['json-file']!, 'utf8'))).toMatchObject({ schema: 'aws-posture/report' });
    expect(run.summary()).toContain('### aws-posture: account 123456789012');
    expect(run.summary()).toContain('| 3 | 0 |');
  });

  it('passes fail-on, category and framework through', () => {
    const run = runScanStep({ args: DEMO_ARGS, 'fail-on': 'none', category: 'aws-posture-prod' });
    expect(run.outputs).toMatchObject({ 'exit-code': '0', category: 'aws-posture-prod' });
    const cis = runScanStep({ args: `--inventory ${DEMO}`, framework: 'cis', 'fail-on': 'none' });
    expect(cis.outputs).toMatchObject({ 'exit-code': '0', category: 'aws-posture/123456789012/cis' });
  });

  it('compares with a baseline when the file exists, and treats every FAIL as new when it does not yet', () => {
    const first = runScanStep({ args: DEMO_ARGS, 'fail-on': 'none' });
    const baseline = first.outputs['json-file']!;
    const unchanged = runScanStep({ args: DEMO_ARGS, baseline, 'fail-on-new': 'low' });
    expect(unchanged.stderr).toContain('0 new FAILs, 3 still failing, 0 fixed');
    expect(unchanged.outputs['exit-code']).toBe('0');
    const missing = runScanStep({ args: DEMO_ARGS, baseline: join(first.dir, 'none.json'), 'fail-on-new': 'critical' });
    expect(missing.stdout).toContain('::notice title=aws-posture::No baseline report at');
    expect(missing.outputs['exit-code']).toBe('1');
    const lenient = runScanStep({ args: DEMO_ARGS, baseline: join(first.dir, 'none.json'), 'fail-on-new': 'critical', 'fail-on': 'none' });
    expect(lenient.outputs['exit-code']).toBe('1');
  });

  it('outputs exit code 2 and no files when the scan cannot run', () => {
    const run = runScanStep({ args: `--inventory ${DEMO} --check no-such-check` });
    expect(run.status).toBe(0);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.outputs['sarif-file']).toBeUndefined();
    expect(run.stderr).toContain("Unknown check id 'no-such-check'");
  });
});
