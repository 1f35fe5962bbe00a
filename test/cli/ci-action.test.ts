// The GitHub Action (action.yml) and the workflows the documentation shows: validated against GitHub's
// schemas, and every `run:` script that can run here run exactly as the runner does, with
// `bash --noprofile --norc -eo pipefail {0}` and the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY)
// in a temporary directory.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import validator from '@action-validator/core';
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

const actionText = readFileSync(join(ROOT, 'action.yml'), 'utf8');
const action = parse(actionText) as Action;
const steps = action.runs.steps;
const step = (pred: (s: Step) => boolean) => steps.find(pred)!;
const scanStep = step((s) => s.id === 'scan');
const buildStep = step((s) => s.name === 'Build aws-posture');
const gateStep = steps[steps.length - 1]!;

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A `run:` script as GitHub runs a `shell: bash` step: written to a file, run with GitHub's bash options. */
function runAsGitHub(script: string, options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Ran> {
  const file = join(mkdtempSync(join(tmpdir(), 'aws-posture-step-')), 'step.sh');
  writeFileSync(file, script);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const readOutputs = (file: string): Record<string, string> =>
  Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

/** The scan step with these inputs (the others at their defaults), then the Gate step with its output. */
async function runAction(inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'aws-posture-action-'));
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(scanStep.env!)) {
    const input = /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(value)?.[1];
    if (input) env[name] = inputs[input] ?? action.inputs[input]!.default ?? '';
  }
  env.AWS_POSTURE_BIN = BIN;
  const outputsFile = join(dir, 'outputs');
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(outputsFile, '');
  const runner = { RUNNER_TEMP: dir, GITHUB_OUTPUT: outputsFile, GITHUB_STEP_SUMMARY: summaryFile };
  const scan = await runAsGitHub(scanStep.run!, { cwd: dir, env: isolatedEnv({ ...env, ...runner }) });
  const outputs = readOutputs(outputsFile);
  const gate = await runAsGitHub(gateStep.run!, { cwd: dir, env: isolatedEnv({ SCAN_EXIT_CODE: outputs['exit-code'] ?? '' }) });
  const summary = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '';
  return { dir, scan, gate, outputs, summary };
}

/** The demo inventory with every RDS instance listing refused: the RDS checks are ERROR. */
function inventoryWithErrors(): string {
  const inventory = JSON.parse(readFileSync(DEMO, 'utf8')) as { calls: Array<{ service: string; operation: string; output?: unknown; error?: unknown }> };
  for (const call of inventory.calls) {
    if (call.service === 'rds' && call.operation === 'DescribeDBInstances') {
      delete call.output;
      call.error = { code: 'AccessDenied', message: 'User is not authorized to perform: rds:DescribeDBInstances', httpStatus: 403 };
    }
  }
  const file = join(mkdtempSync(join(tmpdir(), 'aws-posture-action-')), 'errors.json');
  writeFileSync(file, JSON.stringify(inventory));
  return file;
}

const CHECKS = '--check ec2-ami-not-public,rds-instance-storage-encrypted';
const DEMO_ARGS = `--inventory ${DEMO} ${CHECKS}`;

describe('action.yml', () => {
  it('is a valid composite action, by the schema GitHub publishes', () => {
    expect(validator.validateAction(actionText).errors).toEqual([]);
    expect(action.runs.using).toBe('composite');
  });

  it('defaults to Node.js 24, the newest long-term support line, and has the inputs and outputs docs/ci.md lists', () => {
    expect(action.inputs['node-version']!.default).toBe('24');
    expect(steps[0]).toMatchObject({ uses: 'actions/setup-node@v4', with: { 'node-version': '${{ inputs.node-version }}' } });
    const docs = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');
    const section = docs.slice(docs.indexOf('### The action'), docs.indexOf('### The AWS side'));
    const documented = [...section.matchAll(/^\| ((?:`[a-z-]+`(?:, )?)+) \|/gm)].flatMap((m) => m[1]!.split(', ').map((name) => name.replaceAll('`', '')));
    expect(documented.sort()).toEqual(Object.keys(action.inputs).sort());
    const outputs = /^Outputs: (.*)\.$/m.exec(section)![1]!.split(', ').map((name) => name.replaceAll('`', ''));
    expect(outputs.sort()).toEqual(Object.keys(action.outputs).sort());
    for (const [name, output] of Object.entries(action.outputs)) expect(output.value).toBe(`\${{ steps.scan.outputs.${name} }}`);
  });

  it('assumes the role only when one is given, before the scan', () => {
    const credentials = step((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@') === true);
    expect(credentials.if).toBe("inputs.role-to-assume != ''");
    expect(credentials.with).toEqual({ 'role-to-assume': '${{ inputs.role-to-assume }}', 'aws-region': '${{ inputs.aws-region }}', 'role-session-name': 'aws-posture' });
    expect(steps.indexOf(credentials)).toBeLessThan(steps.indexOf(scanStep));
  });

  it('uploads the SARIF even when the gate tripped, with its category, then exits with the scan code', () => {
    const upload = step((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@') === true);
    expect(upload.if).toBe("always() && inputs.upload-sarif == 'true' && steps.scan.outputs.sarif-file != ''");
    expect(upload.with).toEqual({ sarif_file: '${{ steps.scan.outputs.sarif-file }}', category: '${{ steps.scan.outputs.category }}' });
    expect(gateStep).toMatchObject({ if: "always() && steps.scan.outputs.exit-code != ''", env: { SCAN_EXIT_CODE: '${{ steps.scan.outputs.exit-code }}' }, run: 'exit "$SCAN_EXIT_CODE"' });
    expect(steps.indexOf(upload)).toBe(steps.indexOf(scanStep) + 1);
  });

  it('passes inputs to shell scripts only through the environment (no expression can inject code)', () => {
    for (const s of steps.filter((x) => x.run)) {
      expect(s.run).not.toContain('${{');
      expect(s.shell).toBe('bash');
    }
  });

  it('builds with the production dependencies and the lock file compiler only, under GitHub bash options', async () => {
    // npm is replaced by a stub that logs its arguments: the script's own logic runs for real.
    const dir = mkdtempSync(join(tmpdir(), 'aws-posture-build-'));
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\n{ printf '[%s]' "$@"; echo; } >> "${join(dir, 'npm.log')}"\n`);
    chmodSync(join(bin, 'npm'), 0o755);
    const ran = await runAsGitHub(buildStep.run!, { cwd: ROOT, env: { ...isolatedEnv(), PATH: `${bin}:${process.env.PATH ?? ''}` } });
    expect(ran.code, ran.stderr).toBe(0);
    expect(buildStep['working-directory']).toBe('${{ github.action_path }}');
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
    expect(readFileSync(join(dir, 'npm.log'), 'utf8').trim().split('\n')).toEqual([
      '[ci][--omit=dev][--ignore-scripts][--no-audit][--no-fund]',
      `[exec][--yes][--package=typescript@${lock.packages['node_modules/typescript']!.version}][--][tsc][-p][tsconfig.build.json][--noCheck][--types][]`,
    ]);
  });

  it('emits, without the type check and the type packages, exactly what the full build does', { timeout: 60_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'aws-posture-emit-'));
    const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
    const ran = await runAsGitHub(`"${tsc}" -p tsconfig.build.json --noCheck --types '' --outDir "${out}"`, { cwd: ROOT, env: isolatedEnv() });
    expect(ran.code, ran.stdout).toBe(0);
    const files = (root: string, ext: string) => (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort();
    expect(files(out, '.js')).toEqual(files(join(ROOT, 'src'), '.ts'));
    for (const file of files(out, '.js')) expect(readFileSync(join(out, `${file}.js`), 'utf8'), file).toBe(readFileSync(join(ROOT, 'dist', `${file}.js`), 'utf8'));
  });
});

// Each test runs the scanner a few times, in parallel where it can.
describe("the action's scan and gate steps, run as GitHub runs them", { timeout: 60_000 }, () => {
  it('gate passes: the reports, every output and the summary; the job succeeds', async () => {
    const run = await runAction({ args: DEMO_ARGS, 'fail-on': 'none', category: 'aws-posture-prod' });
    expect(run.scan.code, run.scan.stderr).toBe(0);
    expect(run.scan.stdout).toContain('PREVENTION - ');
    expect(run.outputs).toEqual({
      'exit-code': '0',
      'sarif-file': join(run.dir, 'aws-posture.sarif'),
      category: 'aws-posture-prod',
      'json-file': join(run.dir, 'aws-posture.json'),
      'account-id': '123456789012',
    });
    expect(JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(run.summary).toBe(
      [
        '### aws-posture: account 123456789012',
        '',
        '| FAIL | ERROR | PASS | suppressed | new FAIL |',
        '| ---: | ---: | ---: | ---: | ---: |',
        '| 3 | 0 | 16 | 0 | - |',
        '',
        'Regions: eu-west-1, us-east-1. Exit code 0.',
        '',
      ].join('\n'),
    );
    expect(run.gate.code).toBe(0);
  });

  it('gate trips: the step still succeeds with every output and the summary, and the Gate step fails the job', async () => {
    const run = await runAction({ args: DEMO_ARGS, 'fail-on': 'high' });
    expect(run.scan.code, run.scan.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ 'exit-code': '1', 'account-id': '123456789012', category: 'aws-posture/123456789012' });
    expect(Object.keys(run.outputs).sort()).toEqual(['account-id', 'category', 'exit-code', 'json-file', 'sarif-file']);
    expect(run.summary).toContain('| 3 | 0 | 16 | 0 | - |');
    expect(run.summary).toContain('Exit code 1.');
    expect(run.gate.code).toBe(1);
  });

  it('ERROR results fail the job only with fail-on-error', async () => {
    const args = `--inventory ${inventoryWithErrors()} ${CHECKS}`;
    const [lenient, strict] = await Promise.all([runAction({ args, 'fail-on': 'none' }), runAction({ args, 'fail-on': 'none', 'fail-on-error': 'true' })]);
    for (const run of [lenient, strict]) {
      expect(run.scan.code, run.scan.stderr).toBe(0);
      expect(run.summary).toMatch(/^\| 1 \| [1-9]\d* \| \d+ \| 0 \| - \|$/m);
      expect(run.outputs['sarif-file']).toBe(join(run.dir, 'aws-posture.sarif'));
    }
    expect([lenient.outputs['exit-code'], lenient.gate.code]).toEqual(['0', 0]);
    expect([strict.outputs['exit-code'], strict.gate.code]).toEqual(['1', 1]);
  });

  it('bad input: exit code 2 and no report outputs, the step succeeds, the Gate step exits 2', async () => {
    const run = await runAction({ args: `--inventory ${DEMO} --check no-such-check` });
    expect(run.scan.code).toBe(0);
    expect(run.outputs).toEqual({ 'exit-code': '2' });
    expect(run.scan.stderr).toContain("Unknown check id 'no-such-check'");
    expect(run.summary).toBe('');
    expect(run.gate.code).toBe(2);
  });

  it('missing baseline: a notice, every FAIL is new, the more demanding threshold gates', async () => {
    const first = await runAction({ args: DEMO_ARGS, 'fail-on': 'none' });
    const missing = join(first.dir, 'none.json');
    const [absent, compared] = await Promise.all([
      runAction({ args: DEMO_ARGS, baseline: missing, 'fail-on-new': 'critical', 'fail-on': 'none' }),
      runAction({ args: DEMO_ARGS, baseline: first.outputs['json-file']!, 'fail-on-new': 'low' }),
    ]);
    expect(absent.scan.stdout).toContain(`::notice title=aws-posture::No baseline report at '${missing}' yet: every FAIL counts as new.`);
    expect([absent.outputs['exit-code'], absent.gate.code]).toEqual(['1', 1]);
    expect(compared.scan.stderr).toContain('0 new FAILs, 3 still failing, 0 fixed');
    expect(compared.summary).toContain('| 3 | 0 | 16 | 0 | 0 |');
    expect([compared.outputs['exit-code'], compared.gate.code]).toEqual(['0', 0]);
  });

  it('never reports the files of an earlier run as this run’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-posture-action-'));
    const sarif = join(dir, 'stale.sarif');
    writeFileSync(sarif, '{"stale": true}');
    const run = await runAction({ args: `--inventory ${DEMO} --check no-such-check`, 'sarif-file': sarif });
    expect(run.outputs).toEqual({ 'exit-code': '2' });
    expect(existsSync(sarif)).toBe(false);
  });
});

/** The ```yaml blocks of a Markdown file that are GitHub workflows or parts of one, each as a whole workflow. */
function documentedWorkflows(file: string): Array<{ at: string; workflow: string }> {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: Array<{ at: string; workflow: string }> = [];
  for (const match of text.matchAll(/```yaml\n([\s\S]*?)```/g)) {
    const at = `${file}:${text.slice(0, match.index).split('\n').length}`;
    const doc = parse(match[1]!) as unknown;
    const isStep = (s: unknown) => typeof s === 'object' && s !== null && ('uses' in s || 'run' in s);
    let workflow: Record<string, unknown> | undefined;
    if (Array.isArray(doc) && doc.every(isStep)) workflow = { jobs: { posture: { 'runs-on': 'ubuntu-latest', steps: doc } } };
    else if (doc && typeof doc === 'object' && 'jobs' in doc) workflow = { ...(doc as Record<string, unknown>) };
    else if (doc && typeof doc === 'object' && 'steps' in doc) workflow = { jobs: { posture: { 'runs-on': 'ubuntu-latest', ...(doc as Record<string, unknown>) } } };
    if (!workflow) continue;
    workflow.on ??= 'workflow_dispatch';
    found.push({ at, workflow: JSON.stringify(workflow) });
  }
  return found;
}

describe('the workflows of the documentation', () => {
  const workflows = ['README.md', 'docs/ci.md', 'docs/scale.md', 'docs/formats.md'].flatMap(documentedWorkflows);

  it('are valid GitHub workflows (fragments completed with a trigger and a job)', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(8);
    for (const { at, workflow } of workflows) expect(validator.validateWorkflow(workflow).errors, at).toEqual([]);
  });

  it('use Node.js 22 or later wherever they choose one', () => {
    for (const { at, workflow } of workflows) {
      for (const version of workflow.matchAll(/"node-version":(\d+)/g)) expect(Number(version[1]), at).toBeGreaterThanOrEqual(22);
    }
  });

  it('keep the baseline of the nightly workflow, run as GitHub runs it', { timeout: 60_000 }, async () => {
    const nightly = parse(readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8').split('```yaml\nname: AWS posture\n')[1]!.split('```')[0]!) as {
      jobs: { posture: { steps: Step[] } };
    };
    const keep = nightly.jobs.posture.steps.find((s) => s.name === 'Keep this report as the next baseline')!;
    const dir = mkdtempSync(join(tmpdir(), 'aws-posture-nightly-'));
    const first = await runAction({ args: DEMO_ARGS, 'fail-on': 'high' });
    writeFileSync(join(dir, 'posture.json'), readFileSync(first.outputs['json-file']!));
    const ran = await runAsGitHub(keep.run!, { cwd: dir, env: isolatedEnv() });
    expect(ran.code).toBe(0);
    expect(readFileSync(join(dir, 'posture-baseline.json'), 'utf8')).toBe(readFileSync(join(dir, 'posture.json'), 'utf8'));
  });
});
