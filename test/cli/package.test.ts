// The package as npm publishes it: `npm pack` of a checkout that was never built (prepare builds it),
// unpacked where a global install puts it, with its production dependencies only (installed from npm's
// cache, offline), and run through the link in the prefix's bin directory, far from the sources.
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, isolatedEnv } from '../helpers/cli.js';

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** npm's own environment: the user's cache (where `npm ci` put every tarball), no network. */
const npmEnv = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  npm_config_cache: process.env.npm_config_cache ?? join(process.env.HOME ?? '', '.npm'),
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
});

describe('the npm package', () => {
  it('is built when packed, and works once installed with its production dependencies alone', { timeout: 120_000 }, async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'aws-posture-pack-'));

    // A checkout as git leaves it: sources, no dist/. The development dependencies are the repository's.
    const checkout = join(tmp, 'checkout');
    mkdirSync(checkout);
    for (const entry of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'LICENSE', 'src', 'bin', 'scripts', 'schemas', 'examples']) {
      cpSync(join(ROOT, entry), join(checkout, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
    const packed = await run('npm', ['pack', '--json', '--pack-destination', tmp], checkout, npmEnv());
    expect(packed.code, packed.stderr).toBe(0);
    const [manifest] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = manifest!.files.map((f) => f.path);
    for (const file of ['bin/aws-posture.js', 'dist/bundle/aws-posture.mjs', 'dist/cli/main.js', 'dist/cli/heap.js', 'dist/checks/registry.js', 'schemas/report.v1.schema.json', 'examples/demo-inventory.json', 'LICENSE', 'README.md', 'package.json']) {
      expect(files, file).toContain(file);
    }
    expect(files.filter((f) => /^(src|test|scripts|docs|node_modules)\//.test(f))).toEqual([]);

    // Where `npm install --global <tarball>` puts it: <prefix>/lib/node_modules/aws-posture, linked from <prefix>/bin.
    const prefix = join(tmp, 'prefix');
    const installed = join(prefix, 'lib', 'node_modules', 'aws-posture');
    mkdirSync(installed, { recursive: true });
    mkdirSync(join(prefix, 'bin'));
    const untar = await run('tar', ['-xzf', join(tmp, manifest!.filename), '-C', installed, '--strip-components=1'], tmp, npmEnv());
    expect(untar.code, untar.stderr).toBe(0);
    copyFileSync(join(ROOT, 'package-lock.json'), join(installed, 'package-lock.json'));
    const deps = await run('npm', ['ci', '--omit=dev', '--ignore-scripts'], installed, npmEnv());
    expect(deps.code, deps.stderr).toBe(0);
    expect(existsSync(join(installed, 'node_modules', 'typescript'))).toBe(false);
    expect(existsSync(join(installed, 'node_modules', 'commander'))).toBe(true);
    symlinkSync('../lib/node_modules/aws-posture/bin/aws-posture.js', join(prefix, 'bin', 'aws-posture'));

    const user = mkdtempSync(join(tmpdir(), 'aws-posture-user-'));
    const cli = join(prefix, 'bin', 'aws-posture');
    const [version, scan] = await Promise.all([
      run(cli, ['--version'], user, isolatedEnv()),
      run(cli, ['scan', '--inventory', join(installed, 'examples', 'demo-inventory.json'), '--format', 'json', '--fail-on', 'none', '--quiet'], user, isolatedEnv()),
    ]);
    expect(version).toEqual({ code: 0, stdout: `${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`, stderr: '' });
    expect(scan.code, scan.stderr).toBe(0);
    expect(scan.stderr).toBe('');
    expect(JSON.parse(scan.stdout)).toMatchObject({ schema: 'aws-posture/report', account: { id: '123456789012' }, source: 'inventory' });
  });
});

describe('the Dockerfile', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const instructions = dockerfile
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));

  it('follows the official Node.js image: production dependencies only, the node user, the CLI as entry point', () => {
    expect(instructions.filter((l) => l.startsWith('FROM '))).toEqual(['FROM node:${NODE_VERSION}-bookworm-slim AS build', 'FROM node:${NODE_VERSION}-bookworm-slim']);
    expect(instructions).toContain('ARG NODE_VERSION=24');
    expect(instructions).toContain('RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund');
    expect(instructions).toContain('ENV NODE_ENV=production');
    const user = instructions.indexOf('USER node');
    expect(user).toBeGreaterThan(instructions.findIndex((l) => l.startsWith('FROM node:${NODE_VERSION}-bookworm-slim') && !l.endsWith('AS build')));
    // Nothing runs as root after the switch, and the process starts with the scan's node flags.
    expect(instructions.slice(user).filter((l) => l.startsWith('RUN '))).toEqual([]);
    expect(instructions.at(-2)).toBe('ENTRYPOINT ["node", "--heap-growing-percent=30", "/app/bin/aws-posture.js"]');
    expect(instructions.at(-1)).toBe('CMD ["--help"]');
  });

  it('builds as the Action does: the lock file compiler, emit only', () => {
    const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    const build = instructions.find((l) => l.startsWith('RUN npm exec'))!.replace(/^RUN /, '');
    expect(build).toBe(`npm exec --yes --package="typescript@$(node -p "require('./package-lock.json').packages['node_modules/typescript'].version")" -- tsc -p tsconfig.build.json --noCheck --types ''`);
    expect(action).toContain("tsc -p tsconfig.build.json --noCheck --types ''");
  });

  it('has a .dockerignore that lets in only what the build copies', () => {
    const ignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(ignore[0]).toBe('**');
    const copied = instructions.filter((l) => l.startsWith('COPY ') && !l.includes('--from=')).flatMap((l) => l.split(/\s+/).slice(1, -1));
    for (const path of copied) expect(ignore.some((rule) => rule === `!${path}` || rule === `!${path}/**`), path).toBe(true);
  });
});
