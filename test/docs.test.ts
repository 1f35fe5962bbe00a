import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/checks/registry.js';
import { DATASETS } from '../src/data/datasets/index.js';
import { renderChecksDoc, renderIamPolicy, withPolicyBlock } from '../src/docs.js';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('generated documentation (npm run gen:docs)', () => {
  it('docs/checks.md lists exactly the registry', () => {
    expect(read('docs/checks.md')).toBe(renderChecksDoc(CHECKS));
  });

  it("the README's IAM policy covers exactly what the checks call", () => {
    const readme = read('README.md');
    expect(readme).toBe(withPolicyBlock(readme, renderIamPolicy(CHECKS, DATASETS)));
  });
});
