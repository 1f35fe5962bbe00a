// Words the human-readable reports use for the model's vocabulary.

import type { Pillar, Severity } from '../model.js';

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
