// Bundles the command line (src/cli/main.ts) into dist/bundle/, which bin/aws-posture.js runs. Node
// spends most of the CLI's start-up resolving, reading and linking modules, one file at a time; the
// bundle gives it a handful instead of hundreds (docs/performance.md, "Start-up"). Run by `npm run
// build` after tsc, which type-checks and writes dist/ module by module for the tests and the API.
//
// What loads lazily today stays lazy: each dynamic import() becomes a chunk of its own (code
// splitting), so --help loads no reporter and a scan of an inventory no SDK client.
//
// The dependencies are bundled too: commander, ajv, yaml, p-limit, and the AWS SDK, from its ES module
// build (dist-es), which lets esbuild leave out what the scanner never calls (the credential providers
// it does not use, the SDK's browser and HTTP/2 code) and share one copy of the SDK's cores between the
// clients. src/aws/sdk-modules.ts, which loads an SDK package by name, is replaced here by one that
// import()s every package the transport loads by its literal name (sdkModules below): each client is
// then a chunk of its own, loaded when a scan first talks to its service.

import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

/** src/aws/sdk-modules.ts with an import() by literal name of each package the transport may load. */
const sdkModules = {
  name: 'sdk-modules-by-literal-name',
  setup(b) {
    b.onLoad({ filter: /\/src\/aws\/sdk-modules\.ts$/ }, async () => {
      // tsc has written dist/ by now (npm run build): the catalogue names each service's package.
      const { CATALOGUE } = await import(pathToFileURL(`${root}dist/aws/catalogue.js`).href);
      const { SDK_CORE_MODULES } = await import(pathToFileURL(`${root}dist/aws/sdk-modules.js`).href);
      const names = [...new Set([...Object.values(CATALOGUE).map((service) => service.sdkModule), ...SDK_CORE_MODULES])].sort();
      const cases = names.map((name) => `    case ${JSON.stringify(name)}: return import(${JSON.stringify(name)});`).join('\n');
      return {
        contents: [
          `export const SDK_CORE_MODULES = ${JSON.stringify(SDK_CORE_MODULES)};`,
          'export function loadSdkModule(name) {',
          '  switch (name) {',
          cases,
          '    default: return Promise.reject(new Error(`The bundle has no SDK package ${name}`));',
          '  }',
          '}',
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/**
 * commander requires node:child_process when it loads, for executable subcommands (a command run as a
 * program of its own), which this command line has none of. Loading that module costs several
 * milliseconds of every start, --help's included; commander is handed one that loads it on first use.
 */
const lazyChildProcess = {
  name: 'commander-lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'lazy-child-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, name) => (loaded ??= require('node:child_process'))[name] });",
      loader: 'js',
    }));
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
  // The SDK's ES module build, which esbuild can trim, rather than its CommonJS bundles: the packages
  // that have no `exports` map name it in `module`.
  mainFields: ['module', 'main'],
  // Bundled CommonJS (commander) calls require() for node's own modules, which an ES module lacks.
  banner: { js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);" },
  chunkNames: 'chunk-[hash]',
  plugins: [sdkModules, tscLayoutUrls, lazyChildProcess],
  legalComments: 'none',
  logLevel: 'warning',
});
