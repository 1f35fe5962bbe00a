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
