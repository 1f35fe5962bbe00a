// Words the human-readable reports use for the model's vocabulary.

import type { CheckMeta, Pillar, Severity } from '../model.js';

export const PILLAR_TITLES: Record<Pillar, string> = {
  transit: 'Encryption in transit',
  rest: 'Encryption at rest',
  prevention: 'Exposure and prevention',
  detection: 'Logging and detection',
  iam: 'Identity and access',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  low: 'low',
  // Shortened so that severity columns stay narrow; the JSON and SARIF reports spell it out.
  informational: 'info',
};

/** How long a scan took, e.g. `1m 5s`; undefined when the times do not make a duration. */
export function durationLabel(startedAt: string, finishedAt: string): string | undefined {
  const ms = Date.parse(finishedAt) - Date.parse(startedAt);
  if (!Number.isFinite(ms) || ms < 0) return undefined;
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
}

/** A check's framework references, one line each: CIS AWS Foundations Benchmark, AWS Security Hub. */
export function referenceLines(m: CheckMeta): string[] {
  const lines: string[] = [];
  const cis = m.references.cis;
  if (cis?.v5 || cis?.v3) {
    const parts = [cis.v5 ? `v5.0.0 ${cis.v5}` : '', cis.v3 ? `v3.0.0 ${cis.v3}` : ''].filter(Boolean);
    lines.push(`CIS AWS Foundations Benchmark ${parts.join(', ')}`);
  }
  const hub = m.references.securityHub;
  if (hub && hub.ids.length) {
    const standard = hub.standard === 'other' ? 'not part of FSBP' : 'AWS Foundational Security Best Practices';
    lines.push(`AWS Security Hub ${hub.ids.join(', ')} (${standard})`);
  }
  return lines;
}

/** `1 check`, `2 checks`: a count with its noun in the right number. */
export function counted(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}
