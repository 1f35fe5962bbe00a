// The machine-readable report: a documented, versioned schema (schemas/report.v1.schema.json,
// docs/json-report.md). Every key is always present, in a fixed order, so that two runs over the same
// data give the same bytes and consumers never have to test for a missing key.

import type {
  AwsErrorInfo,
  BaselineComparison,
  CheckMeta,
  CheckReferences,
  CheckState,
  ComplianceView,
  ControlMode,
  ControlStatus,
  Evidence,
  Finding,
  Pillar,
  ScanReport,
  Service,
  Severity,
  Status,
} from '../model.js';
import { emptyCounts, isSuppressed, tally, type StatusCounts } from './tally.js';

export const REPORT_SCHEMA_NAME = 'aws-posture/report';
export const REPORT_SCHEMA_VERSION = 1;
export const REPORT_SCHEMA_ID = 'https://raw.githubusercontent.com/aws-posture/aws-posture/main/schemas/report.v1.schema.json';

export interface JsonReferences {
  cis: { v5: string | null; v3: string | null } | null;
  securityHub: { ids: string[]; standard: string } | null;
  docs: string[];
}

export interface JsonCheck {
  checkId: string;
  title: string;
  pillar: Pillar;
  service: Service;
  severity: Severity;
  resourceType: string | null;
  state: CheckState;
  counts: StatusCounts;
  note: string | null;
  description: string | null;
  risk: string | null;
  remediation: { text: string; console: string | null; cli: string | null } | null;
  references: JsonReferences;
}

export interface JsonFinding {
  checkId: string;
  status: Status;
  severity: Severity;
  pillar: Pillar;
  service: Service;
  accountId: string;
  accountName: string | null;
  region: string;
  resourceType: string;
  resourceId: string;
  resourceArn: string;
  message: string;
  error: AwsErrorInfo | null;
  /** Framework controls the result counts for, when narrower than every control of the check. */
  controls: string[] | null;
  suppression: JsonSuppression | null;
  baseline: 'new' | 'unchanged' | null;
  /** The proof of an exposure finding: reachable traffic with its paths, or escalation chains; null otherwise. */
  evidence: Evidence | null;
}

export interface JsonSuppression {
  reason: string;
  expires: string | null;
  source: string;
}

export interface JsonBaseline {
  source: string;
  startedAt: string;
  /** Findings of this scan by whether the baseline had them (same resource, same status). */
  counts: { new: StatusCounts; unchanged: StatusCounts };
  fixed: JsonFinding[];
}

export interface JsonControl {
  id: string;
  title: string;
  mode: ControlMode;
  status: ControlStatus;
  checks: string[];
  reason: string | null;
  counts: StatusCounts;
}

export interface JsonCompliance {
  framework: string;
  name: string;
  summary: Record<ControlStatus, number>;
  controls: JsonControl[];
}

export interface JsonReport {
  $schema: string;
  schema: typeof REPORT_SCHEMA_NAME;
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  account: { id: string; principalArn: string; partition: string };
  regions: string[];
  startedAt: string;
  finishedAt: string;
  source: ScanReport['source'];
  summary: {
    checks: number;
    checkStates: Record<CheckState, number>;
    findings: StatusCounts;
    byPillar: Record<Pillar, StatusCounts>;
    bySeverity: Record<Severity, StatusCounts>;
    suppressed: StatusCounts;
  };
  compliance: JsonCompliance | null;
  baseline: JsonBaseline | null;
  checks: JsonCheck[];
  findings: JsonFinding[];
  notes: string[];
}

export function formatJson(report: ScanReport, meta: ReadonlyMap<string, CheckMeta>): string {
  return jsonText(toJsonReport(report, meta));
}

export function toJsonReport(report: ScanReport, meta: ReadonlyMap<string, CheckMeta>): JsonReport {
  const t = tally(report);
  return {
    $schema: REPORT_SCHEMA_ID,
    schema: REPORT_SCHEMA_NAME,
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: report.tool.name, version: report.tool.version },
    account: { id: report.account.id, principalArn: report.account.principalArn, partition: report.account.partition },
    regions: [...report.regions],
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    source: report.source,
    summary: {
      checks: report.checks.length,
      checkStates: t.checkStates,
      findings: t.findings,
      byPillar: t.byPillar,
      bySeverity: t.bySeverity,
      suppressed: t.suppressed,
    },
    compliance: report.compliance ? jsonCompliance(report.compliance) : null,
    baseline: report.baseline ? jsonBaseline(report.baseline, report.findings) : null,
    checks: report.checks.map((c) => {
      const m = meta.get(c.checkId);
      return {
        checkId: c.checkId,
        title: c.title,
        pillar: c.pillar,
        service: c.service,
        severity: c.severity,
        resourceType: m?.resourceType ?? null,
        state: c.state,
        counts: { PASS: c.pass, FAIL: c.fail, ERROR: c.error },
        note: c.note ?? null,
        description: m?.description ?? null,
        risk: m?.risk ?? null,
        remediation: m ? { text: m.remediation.text, console: m.remediation.console ?? null, cli: m.remediation.cli ?? null } : null,
        references: jsonReferences(m?.references),
      };
    }),
    findings: report.findings.map(jsonFinding),
    notes: [...report.notes],
  };
}

function jsonCompliance(view: ComplianceView): JsonCompliance {
  const summary: Record<ControlStatus, number> = { pass: 0, fail: 0, error: 0, 'not-applicable': 0, manual: 0, 'not-covered': 0 };
  for (const c of view.controls) summary[c.status]++;
  return {
    framework: view.framework,
    name: view.name,
    summary,
    controls: view.controls.map((c) => ({
      id: c.id,
      title: c.title,
      mode: c.mode,
      status: c.status,
      checks: [...c.checks],
      reason: c.reason ?? null,
      counts: { PASS: c.pass, FAIL: c.fail, ERROR: c.error },
    })),
  };
}

export function jsonReferences(refs: CheckReferences | undefined): JsonReferences {
  return {
    cis: refs?.cis ? { v5: refs.cis.v5 ?? null, v3: refs.cis.v3 ?? null } : null,
    securityHub: refs?.securityHub ? { ids: [...refs.securityHub.ids], standard: refs.securityHub.standard } : null,
    docs: [...(refs?.docs ?? [])],
  };
}

function jsonBaseline(baseline: BaselineComparison, findings: readonly Finding[]): JsonBaseline {
  const counts = { new: emptyCounts(), unchanged: emptyCounts() };
  for (const f of findings) if (f.baseline) counts[f.baseline][f.status]++;
  return { source: baseline.source, startedAt: baseline.startedAt, counts, fixed: baseline.fixed.map(jsonFinding) };
}

/** A finding as the JSON report writes it, every key present. */
export function jsonFinding(f: Finding): JsonFinding {
  return {
    checkId: f.checkId,
    status: f.status,
    severity: f.severity,
    pillar: f.pillar,
    service: f.service,
    accountId: f.accountId,
    accountName: f.accountName ?? null,
    region: f.region,
    resourceType: f.resourceType,
    resourceId: f.resourceId,
    resourceArn: f.resourceArn,
    message: f.message,
    error: f.error
      ? {
          code: f.error.code,
          message: f.error.message,
          service: f.error.service,
          operation: f.error.operation,
          region: f.error.region,
          action: f.error.action,
          kind: f.error.kind,
        }
      : null,
    controls: f.controls ? [...f.controls] : null,
    // Only a FAIL or ERROR can be suppressed (src/suppress/apply.ts); a PASS never reads as one.
    suppression: f.suppression && isSuppressed(f) ? { reason: f.suppression.reason, expires: f.suppression.expires ?? null, source: f.suppression.source } : null,
    baseline: f.baseline ?? null,
    evidence: f.evidence ? jsonEvidence(f.evidence) : null,
  };
}

/** Evidence with its keys in a fixed order; only the kinds of evidence the finding has. */
export function jsonEvidence(e: Evidence): Evidence {
  return {
    ...(e.reachable
      ? {
          reachable: e.reachable.map((r) => ({
            family: r.family,
            protocol: r.protocol,
            ports: r.ports,
            sources: r.sources,
            path: r.path.map((h) => ({ kind: h.kind, id: h.id, arn: h.arn, detail: h.detail })),
          })),
        }
      : {}),
    ...(e.chains
      ? {
          chains: e.chains.map((c) => ({
            steps: c.steps.map((s) => ({ from: s.from, method: s.method, actions: [...s.actions], resources: [...s.resources], to: s.to })),
            conditional: c.conditional,
            conditions: [...c.conditions],
          })),
        }
      : {}),
  };
}

// JSON.stringify escapes C0 controls but leaves DEL, the C1 controls (0x9b starts a CSI sequence on some
// terminals), the line separators and the bidi controls raw. Escaping them keeps the parsed data identical
// while making the file safe to `cat`.
const RAW_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Two-space JSON with a trailing newline and no raw control character. */
export function jsonText(value: unknown): string {
  return nestedJsonText(value, 0) + '\n';
}

/** jsonText of a value that sits `depth` levels deep in a larger document, without the trailing newline. */
export function nestedJsonText(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2).replace(RAW_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return depth === 0 ? text : text.replaceAll('\n', `\n${'  '.repeat(depth)}`);
}
