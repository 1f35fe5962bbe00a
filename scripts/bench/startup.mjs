// How long the command line takes to start, on the node that runs this script: `--version`, `--help`,
// and a scan from the process's start to its first AWS request (at a local server that only notes the
// time and ends the scan). Each with the module compile cache off, and on once filled (a cache
// directory of this run's own); the first run with an empty cache is reported too. On Linux, the CPU
// time the process used (user and system, from the children's times in /proc/self/stat, 10 ms steps)
// is given beside the wall time: on a busy machine it varies less.
//
//   node scripts/bench.mjs --startup [--runs 15]            (or: node scripts/bench/startup.mjs --runs 15)

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const BIN = fileURLToPath(new URL('../../bin/aws-posture.js', import.meta.url));

export async function startupBenchmark({ runs }) {
  const home = mkdtempSync(join(os.tmpdir(), 'aws-posture-startup-'));
  const server = await firstRequestServer();
  const env = (cache) => ({
    PATH: process.env.PATH ?? '',
    HOME: home,
    XDG_CACHE_HOME: join(home, 'cache'),
    AWS_CONFIG_FILE: join(home, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-credentials'),
    AWS_ACCESS_KEY_ID: 'AKIDSTARTUPBENCH',
    AWS_SECRET_ACCESS_KEY: 'startup-bench-secret',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...(cache ? {} : { AWS_POSTURE_NO_COMPILE_CACHE: '1' }),
  });
  const commands = {
    '--version': (cache) => exitTime(['--version'], env(cache)),
    '--help': (cache) => exitTime(['--help'], env(cache)),
    'scan, to the first AWS request': (cache) => firstRequestTime(server, env(cache)),
  };
  console.log(
    `aws-posture start-up: node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)}, ` +
      `in ms: median wall time (minimum) / median CPU time, of ${runs} runs`,
  );
  console.log('\n| command | cache off | cache on | first run, empty cache |');
  console.log('|---|---:|---:|---:|');
  const results = [];
  try {
    for (const [name, measure] of Object.entries(commands)) {
      rmSync(join(home, 'cache'), { recursive: true, force: true });
      const empty = await measure(true);
      const off = await repeat(runs, () => measure(false));
      const on = await repeat(runs, () => measure(true));
      results.push({ name, off, on, empty });
      console.log(`| \`${name}\` | ${fmt(off)} | ${fmt(on)} | ${Math.round(empty.wall)}${cpu(empty.cpu)} |`);
    }
  } finally {
    server.close();
    rmSync(home, { recursive: true, force: true });
  }
  return { node: process.version, runs, results };
}

const cpu = (ms) => (Number.isNaN(ms) ? '' : ` / ${Math.round(ms)}`);
const fmt = ({ median, min, cpuMedian }) => `${Math.round(median)} (${Math.round(min)})${cpu(cpuMedian)}`;
const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function repeat(runs, measure) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await measure());
  const walls = samples.map((s) => s.wall);
  return { median: middle(walls), min: Math.min(...walls), cpuMedian: middle(samples.map((s) => s.cpu)) };
}

/** User and system time of the children this process has waited for, in ms; NaN off Linux. */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The fields after the command's name: state is field 3, cutime 16 and cstime 17, in ticks of 10 ms.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** `run`'s wall time (what it resolves to) and the CPU time of the process it waited for. */
async function timed(run) {
  const cpuBefore = childrenCpuMs();
  const wall = await run();
  return { wall, cpu: childrenCpuMs() - cpuBefore };
}

/** From spawn to exit. */
function exitTime(args, env) {
  return timed(() => new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`aws-posture ${args.join(' ')} exited with ${code}`))));
  }));
}

/** From spawn to the scan's first request at the local server; then the scan is ended. */
function firstRequestTime(server, env) {
  return timed(() => new Promise((resolve, reject) => {
    const started = performance.now();
    const args = [BIN, 'scan', '--endpoint-url', server.url, '--region', 'us-east-1', '--quiet', '--request-timeout', '30'];
    const child = spawn(process.execPath, args, { env, stdio: 'ignore' });
    let seen;
    server.onRequest = () => {
      seen ??= performance.now() - started;
      child.kill('SIGKILL');
    };
    child.on('error', reject);
    child.on('close', () => (seen === undefined ? reject(new Error('the scan ended before its first request')) : resolve(seen)));
  }));
}

/** A loopback server that tells who listens of each request and never answers it. */
function firstRequestServer() {
  return new Promise((resolve) => {
    const holder = { onRequest: () => {} };
    const server = createServer((req) => {
      holder.onRequest();
      req.resume();
    });
    server.listen(0, '127.0.0.1', () => {
      holder.url = `http://127.0.0.1:${server.address().port}`;
      holder.close = () => {
        server.closeAllConnections();
        server.close();
      };
      resolve(holder);
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
  await startupBenchmark({ runs: Number(values.runs) });
}
