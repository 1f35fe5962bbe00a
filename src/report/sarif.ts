// SARIF 2.1.0 for GitHub code scanning. Cloud resources have no source file, so each result points at a
// pseudo-path (aws/<account>/<region>/<service>/<resource>) with the ARN as a logical location, and carries
// its own fingerprint. docs/sarif.md describes the mapping and the GitHub constraints behind it.

import { createHash } from 'node:crypto';
import type { CodeFlow, Location, Log, Notification, ReportingDescriptor, Result, Run, Suppression, ThreadFlowLocation } from 'sarif';
import { severityRank, type CheckMeta, type CheckSummary, type EscalationChain, type Finding, type PathHop, type ReachableEvidence, type ScanReport, type Severity } from '../model.js';
import { chainLine, principalName, shortName, trafficText } from '../exposure/text.js';
import { DOCS_URL } from '../version.js';
import { referenceLines } from './labels.js';
import { jsonText } from './json.js';
import { isSuppressed } from './tally.js';
import { safeText, wellFormed } from './text.js';

export interface SarifOptions {
  /**
   * Code scanning category; defaults to `aws-posture/<account-id>` (plus `/<framework>` for a framework scan),
   * so that each account and scope keeps its own alerts.
   */
  category?: string;
  /**
   * Include suppressed FAIL results, each with an external, accepted SARIF suppression giving its reason
   * (and suppressed ERRORs as notifications). Off by default: GitHub code scanning opens an alert for a
   * suppressed result unless the repository has opted in to honouring SARIF suppressions.
   */
  includeSuppressed?: boolean;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub rejects a run with more results than this. */
export const MAX_RESULTS = 25_000;
const MAX_TAGS = 20;
const MAX_DESCRIPTION = 1024;
const MAX_SEGMENT = 200;

type Level = 'error' | 'warning' | 'note';

/** SARIF level of a severity: what non-security views of the alert show. */
export const SARIF_LEVEL: Record<Severity, Level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  informational: 'note',
};

/**
 * GitHub's `security-severity` score, one inside each band (>= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium,
 * 0.1-3.9 low). Informational has no band: it gets no score and is shown by its level, `note`.
 */
export const SECURITY_SEVERITY: Record<Severity, string | undefined> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  informational: undefined,
};

export function formatSarif(report: ScanReport, meta: ReadonlyMap<string, CheckMeta>, options: SarifOptions = {}): string {
  return jsonText(toSarif(report, meta, options));
}

export function toSarif(report: ScanReport, meta: ReadonlyMap<string, CheckMeta>, options: SarifOptions = {}): Log {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (rule: ReportingDescriptor) => {
    // GitHub rejects a run that declares a rule twice.
    if (ruleIndex.has(rule.id)) return;
    ruleIndex.set(rule.id, rules.length);
    rules.push(rule);
  };
  for (const check of report.checks) addRule(ruleOf(check, meta.get(check.checkId)));
  // A finding of a check missing from report.checks still needs a rule for its ruleIndex.
  for (const f of report.findings) if (!ruleIndex.has(f.checkId)) addRule(ruleOf(summaryOf(f), meta.get(f.checkId)));

  const shown = (f: Finding) => options.includeSuppressed === true || !isSuppressed(f);
  const failures = report.findings.filter((f) => f.status === 'FAIL' && shown(f));
  const errors = report.findings.filter((f) => f.status === 'ERROR' && shown(f));
  const kept = mostSevere(failures, MAX_RESULTS);
  const results: Result[] = kept.map((f) => resultOf(f, ruleIndex.get(f.checkId) ?? 0));
  const notifications: Notification[] = [
    ...errors.map((f) => errorNotification(f, ruleIndex.get(f.checkId) ?? 0)),
    ...report.notes.map((note): Notification => ({ level: 'note', message: { text: sentence(safeText(note)) } })),
  ];
  // A framework scan gets its own category, so that it does not replace the alerts of a full scan of the account.
  const scope = report.compliance ? `aws-posture/${report.account.id}/${report.compliance.framework}` : `aws-posture/${report.account.id}`;
  const category = (options.category ?? scope).replace(/\/+$/, '') || scope;

  const run = sarifRun({
    version: report.tool.version,
    category,
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    rules,
    results,
    notifications,
    properties: {
      accountId: report.account.id,
      partition: report.account.partition,
      regions: [...report.regions],
      source: report.source,
      ...(report.compliance ? { framework: report.compliance.framework } : {}),
      resultLimit: MAX_RESULTS,
      resultsDropped: failures.length - kept.length,
      errors: errors.length,
      suppressed: report.findings.filter(isSuppressed).length,
      suppressedIncluded: options.includeSuppressed === true,
    },
  });
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

/** One run of aws-posture: the tool and its rules, the category, one invocation and its notifications. */
export function sarifRun(parts: {
  version: string;
  category: string;
  startedAt: string;
  finishedAt: string;
  rules: ReportingDescriptor[];
  results: Result[];
  notifications: Notification[];
  properties: Record<string, unknown>;
}): Run {
  return {
    tool: { driver: { name: 'aws-posture', version: parts.version, semanticVersion: parts.version, informationUri: DOCS_URL, rules: parts.rules } },
    automationDetails: { id: `${parts.category}/${parts.startedAt}` },
    invocations: [
      {
        // The tool ran, whatever it could not read; that is in the notifications. `false` would have
        // code scanning treat the whole upload as a failed analysis.
        executionSuccessful: true,
        startTimeUtc: parts.startedAt,
        endTimeUtc: parts.finishedAt,
        toolExecutionNotifications: parts.notifications,
      },
    ],
    columnKind: 'utf16CodeUnits',
    results: parts.results,
    properties: parts.properties,
  };
}

function summaryOf(f: Finding): CheckSummary {
  return { checkId: f.checkId, title: f.checkId, pillar: f.pillar, service: f.service, severity: f.severity, state: 'fail', pass: 0, fail: 0, error: 0 };
}

/** The `limit` most severe findings, kept in the report's order. */
function mostSevere(findings: readonly Finding[], limit: number): Finding[] {
  if (findings.length <= limit) return [...findings];
  const chosen = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severityRank(a.f.severity) - severityRank(b.f.severity) || a.i - b.i)
    .slice(0, limit)
    .sort((a, b) => a.i - b.i);
  return chosen.map((c) => c.f);
}

function ruleOf(check: CheckSummary, m: CheckMeta | undefined): ReportingDescriptor {
  const severity = m?.severity ?? check.severity;
  const title = m?.title ?? check.title;
  const description = m?.description ?? title;
  const securitySeverity = SECURITY_SEVERITY[severity];
  return {
    id: check.checkId,
    name: pascalCase(check.checkId),
    shortDescription: { text: clip(title) },
    fullDescription: { text: clip(description) },
    // GitHub shows help.markdown and ignores helpUri; other viewers link it.
    helpUri: m?.references.docs[0] ?? DOCS_URL,
    help: { text: helpText(m, title), markdown: helpMarkdown(m, title) },
    defaultConfiguration: { level: SARIF_LEVEL[severity] ?? 'warning' },
    properties: {
      tags: tagsOf(check, m),
      precision: 'very-high',
      ...(securitySeverity ? { 'security-severity': securitySeverity } : {}),
    },
  };
}

function tagsOf(check: CheckSummary, m: CheckMeta | undefined): string[] {
  const tags = ['security', m?.pillar ?? check.pillar, m?.service ?? check.service];
  const refs = m?.references;
  if (refs?.cis?.v5) tags.push(`CIS-5.0-${refs.cis.v5}`);
  if (refs?.cis?.v3) tags.push(`CIS-3.0-${refs.cis.v3}`);
  if (refs?.securityHub) {
    // Controls of other standards stay references, not FSBP tags (CHECKS.md, the † mark).
    const prefix = refs.securityHub.standard === 'other' ? 'SecurityHub' : 'FSBP';
    for (const id of refs.securityHub.ids) tags.push(`${prefix}-${id}`);
  }
  return [...new Set(tags)].slice(0, MAX_TAGS);
}

function helpText(m: CheckMeta | undefined, title: string): string {
  if (!m) return `${title}. See ${DOCS_URL} for the check's documentation.`;
  const parts = [m.description, `Risk: ${m.risk}`, `Remediation: ${m.remediation.text}`];
  if (m.remediation.console) parts.push(`Console: ${m.remediation.console}`);
  if (m.remediation.cli) parts.push(`CLI: ${m.remediation.cli}`);
  const refs = referenceLines(m);
  if (refs.length) parts.push(`References: ${refs.join('; ')}`);
  if (m.references.docs.length) parts.push(`Documentation: ${m.references.docs.join(' ')}`);
  return parts.join('\n\n');
}

function helpMarkdown(m: CheckMeta | undefined, title: string): string {
  if (!m) return `${md(title)}.\n\nSee the [aws-posture documentation](${DOCS_URL}).`;
  const parts = [md(m.description), `**Risk.** ${md(m.risk)}`, `**Remediation.** ${md(m.remediation.text)}`];
  if (m.remediation.console) parts.push(`**Console.** ${md(m.remediation.console)}`);
  if (m.remediation.cli) {
    const fence = '`'.repeat(Math.max(3, longestRun(m.remediation.cli, '`') + 1));
    parts.push(`**CLI.**\n\n${fence}sh\n${m.remediation.cli}\n${fence}`);
  }
  const refs = referenceLines(m);
  if (refs.length) parts.push(`**References.** ${refs.map(md).join('; ')}`);
  if (m.references.docs.length) {
    parts.push(['**Documentation.**', '', ...m.references.docs.map((url) => `- <${url.replace(/[<>\s]/g, encodeURIComponent)}>`)].join('\n'));
  }
  return parts.join('\n\n');
}

function resultOf(f: Finding, ruleIndex: number): Result {
  return {
    ruleId: f.checkId,
    ruleIndex,
    level: SARIF_LEVEL[f.severity] ?? 'warning',
    message: { text: sentence(safeText(f.message)) || `${f.checkId} failed for ${f.resourceId}.` },
    locations: [locationOf(f)],
    partialFingerprints: { primaryLocationLineHash: fingerprint(f) },
    ...(f.evidence ? codeFlowsOf(f) : {}),
    ...(f.baseline ? { baselineState: f.baseline } : {}),
    ...(f.suppression ? { suppressions: [suppressionOf(f.suppression)] } : {}),
    properties: {
      accountId: f.accountId,
      region: f.region,
      service: f.service,
      resourceType: f.resourceType,
      resourceId: f.resourceId,
      resourceArn: f.resourceArn,
      severity: f.severity,
      pillar: f.pillar,
      ...(f.controls ? { controls: [...f.controls] } : {}),
    },
  };
}

/** At most this many paths or chains of one finding become code flows. */
const MAX_FLOWS = 10;

/**
 * The evidence of an exposure finding as code flows, so code scanning shows the steps: one flow per
 * reachable path or escalation chain, one thread flow each, one location per hop (a path's hops
 * from the resource outwards, a chain's principals), each with its ARN as logical location, a
 * pseudo-path like the result's own, and a message saying what the hop contributes.
 */
function codeFlowsOf(f: Finding): { codeFlows: CodeFlow[] } | Record<string, never> {
  const flows: CodeFlow[] = [];
  for (const r of (f.evidence?.reachable ?? []).slice(0, MAX_FLOWS)) flows.push(pathFlow(f, r));
  for (const c of (f.evidence?.chains ?? []).slice(0, MAX_FLOWS - flows.length)) if (c.steps.length) flows.push(chainFlow(f, c));
  return flows.length ? { codeFlows: flows } : {};
}

function hopLocation(f: Finding, arn: string, id: string, text: string): ThreadFlowLocation {
  const service = /^arn:[^:]+:([^:]+):/.exec(arn)?.[1] ?? f.service;
  const region = /^arn:[^:]+:[^:]+:([^:]*):/.exec(arn)?.[1] || (service === 'iam' ? 'global' : f.region);
  return {
    location: {
      physicalLocation: { artifactLocation: { uri: resourceUri({ accountId: f.accountId, region, service: service as Finding['service'], resourceId: id }) }, region: { startLine: 1, startColumn: 1, endColumn: 2 } },
      ...(arn ? { logicalLocations: [{ name: id, fullyQualifiedName: arn, kind: 'resource' }] } : {}),
      message: { text: sentence(safeText(text)) },
    },
  };
}

function pathFlow(f: Finding, r: ReachableEvidence): CodeFlow {
  const hops: PathHop[] = r.path;
  return {
    message: { text: sentence(safeText(`${trafficText(r)} reaches ${f.resourceId}`)) },
    threadFlows: [{ locations: hops.map((h) => hopLocation(f, h.arn, h.id, `${h.kind} ${h.id}: ${h.detail}`)) }],
  };
}

function chainFlow(f: Finding, c: EscalationChain): CodeFlow {
  const first = c.steps[0]!;
  const locations = [hopLocation(f, first.from, shortName(first.from), `${principalName(first.from)} starts the chain`)];
  for (const step of c.steps) {
    locations.push(hopLocation(f, step.to, shortName(step.to), `method ${step.method}: ${step.actions.join(' + ')} on ${step.resources.join(', ')} -> ${principalName(step.to)}`));
  }
  return { message: { text: sentence(safeText(`${c.conditional ? 'conditional: ' : ''}${chainLine(c)}`)) }, threadFlows: [{ locations }] };
}

function suppressionOf(s: NonNullable<Finding['suppression']>): Suppression {
  return {
    kind: 'external',
    status: 'accepted',
    justification: safeText(s.reason),
    properties: { source: s.source, ...(s.expires ? { expires: s.expires } : {}) },
  };
}

function errorNotification(f: Finding, ruleIndex: number): Notification {
  const where = `${f.checkId} on ${safeText(f.resourceId) || 'an unnamed resource'} in ${safeText(f.region)}`;
  const cause = f.error ? ` AWS error ${safeText(f.error.code)} on ${safeText(f.error.action)}.` : '';
  // An accepted ERROR is still reported, as a note: it is not a failure of this run.
  const accepted = f.suppression ? ` Suppressed (${safeText(f.suppression.source)}): ${sentence(safeText(f.suppression.reason))}` : '';
  return {
    level: f.suppression ? 'note' : 'error',
    message: { text: `${where}: ${sentence(safeText(f.message))}${cause}${accepted}` },
    associatedRule: { id: f.checkId, index: ruleIndex },
    locations: [locationOf(f)],
    properties: {
      accountId: f.accountId,
      region: f.region,
      resourceId: f.resourceId,
      resourceArn: f.resourceArn,
      ...(f.error ? { errorCode: f.error.code, errorKind: f.error.kind, action: f.error.action } : {}),
      ...(f.suppression ? { suppressed: true } : {}),
    },
  };
}

function locationOf(f: Finding): Location {
  const location: Location = {
    physicalLocation: {
      artifactLocation: { uri: resourceUri(f) },
      region: { startLine: 1, startColumn: 1, endColumn: 2 },
    },
  };
  if (f.resourceArn) location.logicalLocations = [{ name: f.resourceId, fullyQualifiedName: f.resourceArn, kind: 'resource' }];
  return location;
}

/**
 * The pseudo-path GitHub shows as the alert's file. Each part is one percent-encoded segment: no `:`
 * (an ARN would read as a URI scheme and be rejected), no `/` inside a part, no `.` or `..` segment.
 */
export function resourceUri(f: Pick<Finding, 'accountId' | 'region' | 'service' | 'resourceId'>): string {
  return ['aws', segment(f.accountId), segment(f.region), segment(f.service), segment(f.resourceId)].join('/');
}

function segment(part: string): string {
  if (part === '') return '_';
  // Only RFC 3986 unreserved characters stay as they are; encodeURIComponent leaves !'()* alone, so those are done by hand.
  const encoded = encodeURIComponent(wellFormed(part)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const safe = encoded === '.' || encoded === '..' ? encoded.replace(/\./g, '%2E') : encoded;
  if (safe.length <= MAX_SEGMENT) return safe;
  // Long ids keep a readable start and a hash of the whole id, so two long ids never share a path.
  let cut = safe.slice(0, MAX_SEGMENT - 17);
  const partial = cut.lastIndexOf('%');
  if (partial > cut.length - 3) cut = cut.slice(0, partial);
  return `${cut}~${createHash('sha256').update(part).digest('hex').slice(0, 16)}`;
}

/**
 * GitHub matches alerts across uploads by this value alone. It is made of what identifies the failing
 * resource (never the message or the time), so a rescan updates the same alert instead of opening a new one.
 */
export function fingerprint(f: Pick<Finding, 'checkId' | 'accountId' | 'region' | 'resourceArn' | 'resourceId'>): string {
  const resource = f.resourceArn || `id:${f.resourceId}`;
  return createHash('sha256').update([f.checkId, f.accountId, f.region, resource].join('|')).digest('hex');
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function clip(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 3)}...`;
}

/** The text ending with a full stop, unless it ends with other punctuation. */
function sentence(text: string): string {
  return text === '' || /[.!?]$/.test(text) ? text : `${text}.`;
}

function longestRun(text: string, char: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** Prose from check metadata, escaped so that `*`, `_` or `<` in it (`s3:*`) are not read as Markdown. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}
