#!/usr/bin/env node
// The command line's entry point, a thin shim over run(argv). run() comes from the bundle that `npm run
// build` writes (scripts/bundle.mjs), a few files for node to load instead of hundreds, or from tsc's
// dist/ where only tsc built it (the Dockerfile, the Action). A scan needs node flags of its own
// (dist/cli/heap.js): started without them, it starts again with them before anything else runs.
//
// No static import: those are loaded before this file's first line runs. A node older than 20 gets
// one line and exit code 2 instead of a syntax or loader error. Node.js 20 is past its end of life
// and not supported, but it still runs the scanner: a pipeline pinned to it is warned, not broken.
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (!(nodeMajor >= 20)) {
  process.stderr.write(`aws-posture: Node.js 22 or later is required (this is ${process.version})\n`);
  process.exit(2);
}

// Before the rest is loaded, so that it is compiled from the cache (dist/cli/compile-cache.js).
const { enableCompileCache } = await import('../dist/cli/compile-cache.js');
enableCompileCache();

const { existsSync } = await import('node:fs');
const { fileURLToPath } = await import('node:url');
const { missingNodeFlags, restartInPlace, runAsChild } = await import('../dist/cli/heap.js');

const argv = process.argv.slice(2);
const flags = missingNodeFlags(argv, process.execArgv);
if (flags.length > 0) {
  const restart = { execPath: process.execPath, execArgv: process.execArgv, script: fileURLToPath(import.meta.url), argv, env: process.env };
  // Returns only where Node.js cannot replace the process.
  if (!restartInPlace(flags, restart)) process.exitCode = await runAsChild(flags, restart);
} else {
  // Here, not before the restart above: the restarted process runs this file again.
  if (nodeMajor < 22) process.stderr.write(`aws-posture: warning: Node.js ${process.version} is past its end of life and not supported; use Node.js 22 or later\n`);
  const bundle = new URL('../dist/bundle/aws-posture.mjs', import.meta.url);
  const { run } = await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js');
  process.exitCode = await run(argv);
}
