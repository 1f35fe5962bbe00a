// Parity between the check files, the registry, the tests and the metadata rules.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/checks/registry.js';
import { DATASETS } from '../src/data/datasets/index.js';
import { PILLARS, SERVICES, SEVERITIES } from '../src/model.js';
// @ts-expect-error -- plain ESM script without type declarations
import { renderDatasetIndex, renderRegistry } from '../scripts/gen-registry.mjs';
import { readFileSync } from 'node:fs';

const root = join(import.meta.dirname, '..');

describe('check registry', () => {
  it('is the generated registry of exactly the files under src/checks/<pillar>/', () => {
    expect(readFileSync(join(root, 'src/checks/registry.ts'), 'utf8'), 'src/checks/registry.ts is out of date: run npm run gen').toBe(renderRegistry());
  });

  it('reads datasets from the generated index of exactly the files under src/data/datasets/', () => {
    expect(readFileSync(join(root, 'src/data/datasets/index.ts'), 'utf8'), 'src/data/datasets/index.ts is out of date: run npm run gen').toBe(renderDatasetIndex());
  });

  it('is sorted by id, with unique ids', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds every check file', () => {
    const files = PILLARS.flatMap((p) => readdirSync(join(root, 'src/checks', p)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)));
    expect(CHECKS.map((c) => c.id).sort()).toEqual(files.sort());
  });
});

describe.for(CHECKS.map((c) => [c.id, c] as const))('%s', ([id, check]) => {
  it('lives in src/checks/<pillar>/<id>.ts', () => {
    expect(existsSync(join(root, 'src/checks', check.pillar, `${id}.ts`))).toBe(true);
  });

  it('has a test file with PASS, FAIL, ERROR and named near-miss cases', () => {
    const file = join(root, 'test/checks', check.pillar, `${id}.test.ts`);
    expect(existsSync(file), `test/checks/${check.pillar}/${id}.test.ts is missing`).toBe(true);
    const text = readFileSync(file, 'utf8');
    // As ESLint's RuleTester asks valid and invalid cases of every rule: each status is asserted on a
    // finding, and at least one case is a named near miss (the input that almost passes or almost fails).
    for (const status of ['PASS', 'FAIL', 'ERROR']) {
      expect(new RegExp(`\\['${status}'|status: '${status}'|toBe\\('${status}'\\)`).test(text), `${id}: no ${status} case asserted`).toBe(true);
    }
    expect(/\bit(?:\.each\([^)]*\))?\(\s*['"`][^'"`]*near[ -]miss/i.test(text), `${id}: no test named "near miss"`).toBe(true);
  });

  it('is named service first, kebab-case', () => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(SERVICES).toContain(check.service);
    expect(id.startsWith(`${check.service}-`)).toBe(true);
  });

  it('has complete metadata', () => {
    expect(PILLARS).toContain(check.pillar);
    expect(SEVERITIES).toContain(check.severity);
    expect(check.title.length).toBeGreaterThan(10);
    expect(check.title.length).toBeLessThan(100);
    expect(check.title).not.toMatch(/^Ensure/i);
    expect(check.resourceType).toMatch(/^AWS::/);
    for (const text of [check.description, check.risk, check.remediation.text]) expect(text.length).toBeGreaterThan(20);
    expect(check.references.docs.length).toBeGreaterThan(0);
    for (const url of check.references.docs) expect(url).toMatch(/^https:\/\//);
    if (check.references.cis?.v5) expect(check.references.cis.v5).toMatch(/^\d+(\.\d+)+$/);
    if (check.references.cis?.v3) expect(check.references.cis.v3).toMatch(/^\d+(\.\d+)+$/);
    for (const sh of check.references.securityHub?.ids ?? []) expect(sh).toMatch(/^[A-Za-z0-9]+\.\d+$/);
  });

  it('reads only known datasets', () => {
    expect(check.reads.length).toBeGreaterThan(0);
    for (const dataset of check.reads) expect(DATASETS.has(dataset), dataset).toBe(true);
  });
});
