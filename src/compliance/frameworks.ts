// The compliance view: framework controls, the checks that evaluate each, and a status per control.

import type { CheckMeta, CheckSummary, ControlMode, ControlResult, ControlStatus, Finding } from '../model.js';
import { CIS_V7_ADDITIONS, cisV6Of, cisV7Of } from './cis-numbering.js';
import { UNCOVERED_CONTROLS, type UncoveredControl } from './uncovered-controls.js';

/** `cis` is CIS v5.0.0, the version most audits name today; the others are named by version. */
export const FRAMEWORKS = ['cis', 'cis-v3', 'cis-v6', 'cis-v7', 'fsbp'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_NAMES: Record<Framework, string> = {
  cis: 'CIS AWS Foundations Benchmark v5.0.0',
  'cis-v3': 'CIS AWS Foundations Benchmark v3.0.0',
  'cis-v6': 'CIS AWS Foundations Benchmark v6.0.0',
  'cis-v7': 'CIS AWS Foundations Benchmark v7.0.0',
  fsbp: 'AWS Foundational Security Best Practices v1.0.0',
};

export type Control = Omit<ControlResult, 'status' | 'pass' | 'fail' | 'error'>;
export type { ControlMode, ControlResult, ControlStatus };

/** The control ids a check maps to in a framework. */
export function controlIdsOf(check: CheckMeta, framework: Framework): string[] {
  const refs = check.references;
  const v5 = refs.cis?.v5;
  if (framework === 'cis') return v5 ? [v5] : [];
  if (framework === 'cis-v3') return refs.cis?.v3 ? [refs.cis.v3] : [];
  if (framework === 'cis-v6') return v5 ? [cisV6Of(v5)] : [];
  if (framework === 'cis-v7') {
    const renumbered = v5 ? cisV7Of(v5) : undefined;
    const added = CIS_V7_ADDITIONS.filter((a) => a.checks.includes(check.id)).map((a) => a.id);
    return [...(renumbered ? [renumbered] : []), ...added];
  }
  const sh = refs.securityHub;
  return sh && sh.standard !== 'other' ? [...sh.ids] : [];
}

/** Natural order of control ids: 1.2 before 1.10, EC2.2 before EC2.10. */
export function compareControlIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export function controlsOf(framework: Framework, checks: readonly CheckMeta[]): Control[] {
  const byId = new Map<string, Control>();
  for (const check of checks) {
    for (const id of controlIdsOf(check, framework)) {
      const control = byId.get(id) ?? { id, title: check.title, mode: 'automated' as const, checks: [] };
      control.checks.push(check.id);
      byId.set(id, control);
    }
  }
  if (framework === 'cis-v7') {
    for (const addition of CIS_V7_ADDITIONS) {
      const control = byId.get(addition.id);
      if (control) byId.set(addition.id, { ...control, title: addition.title, ...(addition.remainder ? { reason: `Partial: ${addition.remainder}.` } : {}) });
      // CIS labels every addition Manual: without its checks it is one for a person.
      else byId.set(addition.id, { id: addition.id, title: addition.title, mode: 'manual', checks: [], reason: 'No check of this selection evaluates it.' });
    }
  }
  for (const uncovered of UNCOVERED_CONTROLS) {
    for (const id of uncoveredIds(uncovered, framework)) {
      if (!byId.has(id)) byId.set(id, { id, title: uncovered.title, mode: uncovered.mode, checks: [], reason: uncovered.reason });
    }
  }
  return [...byId.values()].map((c) => ({ ...c, checks: [...c.checks].sort() })).sort((a, b) => compareControlIds(a.id, b.id));
}

export function checksOfFramework<T extends CheckMeta>(framework: Framework, checks: readonly T[]): T[] {
  return checks.filter((c) => controlIdsOf(c, framework).length > 0);
}

/** A control passes only when every result of every mapped check passes; FAIL outranks ERROR. */
export function evaluateControls(
  framework: Framework,
  checks: readonly CheckMeta[],
  findings: readonly Finding[],
  summaries: readonly CheckSummary[] = [],
): ControlResult[] {
  // A check skipped somewhere (service unavailable in a region) leaves its controls unknown there.
  const incomplete = new Set(summaries.filter((s) => s.state === 'error').map((s) => s.checkId));
  return controlsOf(framework, checks).map((control) => {
    if (control.mode !== 'automated') return { ...control, status: control.mode, pass: 0, fail: 0, error: 0 };
    const mine = findings.filter((f) => control.checks.includes(f.checkId) && (!f.controls || f.controls.includes(control.id)));
    const count = (s: Finding['status']) => mine.filter((f) => f.status === s).length;
    const [pass, fail, error] = [count('PASS'), count('FAIL'), count('ERROR')];
    const status: ControlStatus =
      fail > 0 ? 'fail' : error > 0 || control.checks.some((id) => incomplete.has(id)) ? 'error' : pass > 0 ? 'pass' : 'not-applicable';
    return { ...control, status, pass, fail, error };
  });
}

function uncoveredIds(uncovered: UncoveredControl, framework: Framework): readonly string[] {
  switch (framework) {
    case 'cis':
      return uncovered.cisV5 ?? [];
    case 'cis-v3':
      return uncovered.cisV3 ?? [];
    case 'cis-v6':
      return (uncovered.cisV5 ?? []).map(cisV6Of);
    case 'cis-v7':
      return [...(uncovered.cisV5 ?? []).flatMap((id) => cisV7Of(id) ?? []), ...(uncovered.cisV7 ?? [])];
    case 'fsbp':
      return uncovered.fsbp ?? [];
  }
}
