// No module of src/ imports itself through others, types and dynamic imports included: a cycle makes
// the load order matter and every module of the cycle part of every other's change. dpdm reads the
// imports as TypeScript does.
import dpdm from 'dpdm';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

describe('imports in src/', () => {
  it('form no cycle', async () => {
    const tree = await dpdm.parseDependencyTree('src/**/*.ts', {
      cwd: ROOT,
      context: ROOT,
      tsconfig: join(ROOT, 'tsconfig.json'),
      transform: false,
      skipDynamicImports: false,
    });
    // The walk must have reached the whole source, not stopped at an unresolved import.
    expect(Object.keys(tree).filter((file) => file.startsWith('src/cli/')).length).toBeGreaterThan(15);
    expect(dpdm.parseCircular(tree).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });
});
