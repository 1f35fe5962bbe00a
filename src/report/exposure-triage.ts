// The triage view: what the internet reaches and who can become administrator, one entry per resource
// or principal, most severe first, built from the evidence of the failing exposure findings alone (so a
// report read back from JSON shows the same view). The table and HTML reports put it on top.

import { severityRank, type EscalationChain, type Finding, type ReachableEvidence, type ScanReport, type Severity } from '../model.js';
import { chainLine, reachableLine, trafficText } from '../exposure/text.js';
import { isSuppressed } from './tally.js';

export interface TriageEntry {
  severity: Severity;
  region: string;
  resourceId: string;
  resourceArn: string;
  /** Failing checks of the entry, most severe first. */
  checks: string[];
  /** Every reachable traffic of its findings, once each (same traffic and path). */
  reachable: ReachableEvidence[];
  chains: EscalationChain[];
}

export interface Triage {
  /** Resources the internet reaches (those whose role can also escalate first). */
  reachable: TriageEntry[];
  /** Principals that can make themselves administrator, and are not reachable resources. */
  escalating: TriageEntry[];
}

const hasEvidence = (f: Finding) => (f.evidence?.reachable?.length ?? 0) > 0 || (f.evidence?.chains?.length ?? 0) > 0;

export function exposureTriage(report: ScanReport): Triage {
  const entries = new Map<string, TriageEntry>();
  const failing = report.findings.filter((f) => f.status === 'FAIL' && !isSuppressed(f) && hasEvidence(f));
  failing.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  for (const f of failing) {
    const key = `${f.region}|${f.resourceArn || f.resourceId}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = { severity: f.severity, region: f.region, resourceId: f.resourceId, resourceArn: f.resourceArn, checks: [], reachable: [], chains: [] };
      entries.set(key, entry);
    }
    if (!entry.checks.includes(f.checkId)) entry.checks.push(f.checkId);
    for (const r of f.evidence?.reachable ?? []) if (!entry.reachable.some((e) => reachableLine(e) === reachableLine(r))) entry.reachable.push(r);
    for (const c of f.evidence?.chains ?? []) if (!entry.chains.some((e) => chainLine(e) === chainLine(c))) entry.chains.push(c);
  }
  const order = (a: TriageEntry, b: TriageEntry) =>
    severityRank(a.severity) - severityRank(b.severity) ||
    Number(b.chains.length > 0) - Number(a.chains.length > 0) ||
    b.checks.length - a.checks.length ||
    (a.region < b.region ? -1 : a.region > b.region ? 1 : 0) ||
    (a.resourceId < b.resourceId ? -1 : a.resourceId > b.resourceId ? 1 : 0);
  const all = [...entries.values()];
  return { reachable: all.filter((e) => e.reachable.length > 0).sort(order), escalating: all.filter((e) => e.reachable.length === 0).sort(order) };
}

/** `TCP 22 from 0.0.0.0/0, TCP 3389 from 0.0.0.0/0`, each kind of traffic once. */
export function trafficSummary(reachable: readonly ReachableEvidence[], limit = 6): string {
  const texts = [...new Set(reachable.map(trafficText))];
  return texts.length <= limit ? texts.join(', ') : `${texts.slice(0, limit).join(', ')} and ${texts.length - limit} more`;
}
