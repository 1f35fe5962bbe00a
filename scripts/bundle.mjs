// Bundles the command line (src/cli/main.ts) into dist/bundle/, which bin/aws-posture.js runs. Node
// spends most of the CLI's start-up resolving, reading and linking modules, one file at a time; the
// bundle gives it a handful instead of hundreds (docs/performance.md, "Start-up"). Run by `npm run
// build` after tsc, which type-checks and writes dist/ module by module for the tests and the API.
//
// What loads lazily today stays lazy: each dynamic import() becomes a chunk of its own (code
// splitting), so --help loads no reporter and a scan of an inventory no SDK client.
//
// The small dependencies every scan loads (commander, ajv, yaml, p-limit: 170 files) are bundled too.
// The AWS SDK stays outside, resolved from node_modules as before: its client packages are CommonJS
// bundles already, loaded by require() from src/aws/sdk-transport.ts, one per service a scan talks to,
// and only when it talks to AWS.

import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = `${root}src/`;
const outdir = `${root}dist/bundle`;

/**
 * Modules find files next to the package (schemas/, package.json) relative to their own URL, as tsc
 * lays them out in dist/. Inside the bundle a module's import.meta.url is its chunk's, so each module
 * is given the URL its tsc output has: dist/<path>.js, from dist/bundle/ where every chunk lives.
 */
const tscLayoutUrls = {
  name: 'tsc-layout-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const compiled = relative(src, args.path).replaceAll('\\', '/').replace(/\.ts$/, '.js');
      const url = `new URL(${JSON.stringify(`../${compiled}`)}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

await build({
  entryPoints: { 'aws-posture': `${src}cli/main.ts`, 'scan-worker': `${src}org/scan-worker.ts` },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  external: ['@aws-sdk/*', '@smithy/*'],
  // Bundled CommonJS (commander) calls require() for node's own modules, which an ES module lacks.
  banner: { js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);" },
  chunkNames: 'chunk-[hash]',
  plugins: [tscLayoutUrls],
  legalComments: 'none',
  logLevel: 'warning',
});
