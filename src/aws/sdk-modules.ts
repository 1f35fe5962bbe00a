// How the transport loads the AWS SDK's packages: by name, in one place, so that the command line's
// bundle can load them its own way.
//
// Here, in tsc's dist/ (what the tests, the Dockerfile and the Action run), a package is required
// from node_modules: its CommonJS bundle loads in about half the time import() takes, which first
// scans it for ESM syntax and lexes its named exports (docs/performance.md). The bundle
// (scripts/bundle.mjs) replaces this module with one that import()s each package by its literal
// name, every client of the catalogue and the core modules below, so that esbuild bundles the SDK
// as well: each client a chunk of its own, loaded on first use, over shared chunks of the cores.

import { createRequire } from 'node:module';

/** The SDK's core modules the transport loads besides the clients (the settings clients share). */
export const SDK_CORE_MODULES = ['@smithy/core/config', '@aws-sdk/core/client', '@aws-sdk/core/httpAuthSchemes'] as const;

const requireSdk = createRequire(import.meta.url);

/** The package's exports; rejects, as import() would, when it cannot be loaded. */
export function loadSdkModule(name: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => resolve(requireSdk(name) as Record<string, unknown>));
}
