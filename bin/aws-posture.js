#!/usr/bin/env node
// The command line's entry point, a thin shim over run(argv). run() comes from the bundle that `npm run
// build` writes (scripts/bundle.mjs), a few files for node to load instead of hundreds, or from tsc's
// dist/ where only tsc built it (the Dockerfile, the Action). A scan needs node flags of its own
// (dist/cli/heap.js): started without them, it starts again with them before anything else runs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { missingNodeFlags, restartInPlace, runAsChild } from '../dist/cli/heap.js';

const argv = process.argv.slice(2);
const flags = missingNodeFlags(argv, process.execArgv);
if (flags.length > 0) {
  const restart = { execPath: process.execPath, execArgv: process.execArgv, script: fileURLToPath(import.meta.url), argv, env: process.env };
  // Returns only where Node.js cannot replace the process.
  if (!restartInPlace(flags, restart)) process.exitCode = await runAsChild(flags, restart);
} else {
  const bundle = new URL('../dist/bundle/aws-posture.mjs', import.meta.url);
  const { run } = await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js');
  process.exitCode = await run(argv);
}
