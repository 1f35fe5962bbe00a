#!/usr/bin/env node
// The command line's entry point, a thin shim over run(argv). run() comes from the bundle that `npm run
// build` writes (scripts/bundle.mjs), a few files for node to load instead of hundreds, or from tsc's
// dist/ where only tsc built it (the Dockerfile, the Action).
//
// No static import: those are loaded before this file's first line runs. A node older than 20 gets
// one line and exit code 2 instead of a syntax or loader error. Node.js 20 is past its end of life
// and not supported, but it still runs the scanner: a pipeline pinned to it is warned, not broken.
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (!(nodeMajor >= 20)) {
  process.stderr.write(`aws-posture: Node.js 22 or later is required (this is ${process.version})\n`);
  process.exit(2);
}

if (nodeMajor < 22) process.stderr.write(`aws-posture: warning: Node.js ${process.version} is past its end of life and not supported; use Node.js 22 or later\n`);

const argv = process.argv.slice(2);
// process.getBuiltinModule (Node.js 22.3 and later) spares the first import() of the run, which costs
// several milliseconds by itself.
const { existsSync, readFileSync, writeSync } = process.getBuiltinModule?.('node:fs') ?? (await import('node:fs'));
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // What run() prints for it (the version of package.json), without loading the command line, and
  // straight to the descriptor, without setting up process.stdout.
  const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
  try {
    writeSync(1, `${version}\n`);
  } catch (err) {
    // A reader that has gone (`aws-posture --version | true`) is not an error.
    if (err.code !== 'EPIPE') throw err;
  }
} else {
  // Before the rest is loaded, so that it is compiled from the cache (dist/cli/compile-cache.js).
  const { enableCompileCache } = await import('../dist/cli/compile-cache.js');
  enableCompileCache();
  const bundle = new URL('../dist/bundle/aws-posture.mjs', import.meta.url);
  const { run } = await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js');
  process.exitCode = await run(argv);
}
