// What `aws-posture explain <check>` prints: one check in full, as people look a rule up (description,
// risk, remediation by console and CLI, references), or as JSON.

import type { CheckMeta } from '../model.js';
import { jsonCheckEntry } from './check-list.js';
import { jsonText } from './json.js';
import { PILLAR_TITLES, referenceLines } from './labels.js';
import { palette, SEVERITY_STYLES } from './paint.js';
import { flow, padEnd, safeText, safeToken, wellFormed, words } from './text.js';

export interface CheckDetailOptions {
  format: 'table' | 'json';
  color: boolean;
  /** Columns available to the text (links and commands excepted, which stay whole); default 80, at least 40. */
  width?: number;
}

export function formatCheckDetail(check: CheckMeta, options: CheckDetailOptions): string {
  if (options.format === 'json') return jsonText(jsonCheckEntry(check));
  const width = Math.max(40, Math.floor(options.width ?? 80));
  const paint = palette(options.color);
  const bold = paint('bold');
  const prose = (text: string) => flow(words(safeText(text)), { width, prefix: '  ', hang: 2 });
  const out: string[] = [];
  out.push(...flow([`${safeToken(check.id)}:`, ...words(safeText(check.title))], { width, hang: 2 }).map(bold));
  const label = 15;
  const fact = (name: string, value: string) => flow(words(value), { width, prefix: padEnd(name, label), hang: label });
  const severity = fact('Severity', check.severity);
  severity[0] = severity[0]!.slice(0, label) + paint(...(SEVERITY_STYLES[check.severity] ?? []))(severity[0]!.slice(label));
  out.push(
    ...severity,
    ...fact('Pillar', `${check.pillar} (${PILLAR_TITLES[check.pillar] ?? check.pillar})`),
    ...fact('Service', safeToken(check.service)),
    ...fact('Resource type', safeToken(check.resourceType)),
  );
  out.push('', bold('What it checks'), ...prose(check.description));
  out.push('', bold('Risk'), ...prose(check.risk));
  out.push('', bold('Remediation'), ...prose(check.remediation.text));
  if (check.remediation.console) out.push('', ...flow(words(`Console: ${safeText(check.remediation.console)}`), { width, prefix: '  ', hang: 4 }));
  if (check.remediation.cli) {
    // Commands are kept as written, line by line, so that they can be copied; only control characters are made visible.
    out.push('', '  CLI:', ...wellFormed(check.remediation.cli).split('\n').map((line) => `    ${safeToken(line)}`));
  }
  const references = referenceLines(check);
  if (references.length > 0 || check.references.docs.length > 0) {
    out.push('', bold('References'));
    for (const line of references) out.push(...flow(words(safeText(line)), { width, prefix: '  ', hang: 4 }));
    for (const url of check.references.docs) out.push(`  ${safeToken(url)}`);
  }
  return out.join('\n') + '\n';
}
