// What `aws-posture checks` prints: the catalogue of checks, as a table for people or JSON for tools.

import { PILLARS, type CheckMeta, type Severity } from '../model.js';
import { jsonReferences, jsonText, type JsonReferences } from './json.js';
import { PILLAR_TITLES, SEVERITY_LABELS } from './labels.js';
import { palette, SEVERITY_STYLES } from './paint.js';
import { flow, padEnd, safeText, safeToken, words } from './text.js';

export interface CheckListOptions {
  format: 'table' | 'json';
  /** ANSI colours in the table; the JSON never has any. */
  color: boolean;
  /** Columns available to the table; default 80, at least 40. */
  width?: number;
}

export interface JsonCheckListEntry {
  id: string;
  title: string;
  pillar: CheckMeta['pillar'];
  service: CheckMeta['service'];
  severity: Severity;
  resourceType: string;
  description: string;
  risk: string;
  remediation: { text: string; console: string | null; cli: string | null };
  references: JsonReferences;
}

const SEVERITY_COLUMN = 10;
const SERVICE_COLUMN = 12;
const HANG = SEVERITY_COLUMN + SERVICE_COLUMN;

/** Pillar order, then id: the order the table groups them in, and a stable order for the JSON. */
function ordered(checks: readonly CheckMeta[]): CheckMeta[] {
  return [...checks].sort((a, b) => PILLARS.indexOf(a.pillar) - PILLARS.indexOf(b.pillar) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function formatCheckList(checks: readonly CheckMeta[], options: CheckListOptions): string {
  return options.format === 'json' ? checkListJson(checks) : checkListTable(checks, options);
}

function checkListJson(checks: readonly CheckMeta[]): string {
  return jsonText(ordered(checks).map(jsonCheckEntry));
}

/** A check as `checks --format json` and `explain --format json` write it. */
export function jsonCheckEntry(c: CheckMeta): JsonCheckListEntry {
  return {
    id: c.id,
    title: c.title,
    pillar: c.pillar,
    service: c.service,
    severity: c.severity,
    resourceType: c.resourceType,
    description: c.description,
    risk: c.risk,
    remediation: { text: c.remediation.text, console: c.remediation.console ?? null, cli: c.remediation.cli ?? null },
    references: jsonReferences(c.references),
  };
}

function checkListTable(checks: readonly CheckMeta[], options: CheckListOptions): string {
  const width = Math.max(40, Math.floor(options.width ?? 80));
  const paint = palette(options.color);
  const bold = paint('bold');
  const severityColour = (severity: Severity) => paint(...(SEVERITY_STYLES[severity] ?? []));
  const out: string[] = [];
  const all = ordered(checks);
  for (const pillar of PILLARS) {
    const group = all.filter((check) => check.pillar === pillar);
    if (group.length === 0) continue;
    const heading = `${pillar.toUpperCase()} - ${PILLAR_TITLES[pillar]} (${group.length} ${group.length === 1 ? 'check' : 'checks'})`;
    out.push(...flow(words(heading), { width, hang: 2 }).map(bold));
    for (const check of group) {
      const label = SEVERITY_LABELS[check.severity] ?? safeToken(check.severity);
      const severity = padEnd(label, SEVERITY_COLUMN);
      const service = padEnd(safeToken(check.service), SERVICE_COLUMN);
      const head = flow([safeToken(check.id)], { width, prefix: severity + service, hang: HANG });
      head[0] = severityColour(check.severity)(label) + (head[0] ?? '').slice(label.length);
      out.push(...head, ...flow(words(safeText(check.title)), { width, prefix: ' '.repeat(HANG), hang: HANG }));
    }
    out.push('');
  }
  out.push(`${all.length} ${all.length === 1 ? 'check' : 'checks'}`);
  return out.join('\n') + '\n';
}
