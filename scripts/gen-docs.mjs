#!/usr/bin/env node
// Regenerates docs/checks.md and the README's IAM policy from the built registry (run `npm run build` first).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { CHECKS } = await import('../dist/checks/registry.js');
const { DATASETS } = await import('../dist/data/datasets/index.js');
const { renderChecksDoc, renderIamPolicy, withPolicyBlock } = await import('../dist/docs.js');

writeFileSync(join(root, 'docs', 'checks.md'), renderChecksDoc(CHECKS));
const readmePath = join(root, 'README.md');
writeFileSync(readmePath, withPolicyBlock(readFileSync(readmePath, 'utf8'), renderIamPolicy(CHECKS, DATASETS)));
console.log('wrote docs/checks.md and the IAM policy of README.md');
