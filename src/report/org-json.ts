// The machine-readable report of an organization scan (schemas/org-report.v1.schema.json): an
// envelope around one single-account JSON report per scanned account, so that every tool that reads
// `aws-posture scan --format json` can read `.accounts[].report` unchanged. It is also what
// `aws-posture merge` reads back.

import { PILLARS, SEVERITIES, type CheckMeta, type Pillar, type ScanReport, type Severity } from '../model.js';
import type { AccountStatus, OrgReport } from '../org/model.js';
import { jsonText, toJsonReport, type JsonReport } from './json.js';
import { emptyCounts, tally, type StatusCounts } from './tally.js';

export const ORG_SCHEMA_NAME = 'aws-posture/org-report';
export const ORG_SCHEMA_VERSION = 1;
export const ORG_SCHEMA_ID = 'https://raw.githubusercontent.com/aws-posture/aws-posture/main/schemas/org-report.v1.schema.json';

export interface JsonOrgAccount {
  id: string;
  name: string | null;
  status: AccountStatus;
  error: string | null;
  report: JsonReport | null;
}

export interface JsonOrgReport {
  $schema: string;
  schema: typeof ORG_SCHEMA_NAME;
  schemaVersion: typeof ORG_SCHEMA_VERSION;
  tool: { name: string; version: string };
  organization: { id: string; managementAccountId: string | null } | null;
  startedAt: string;
  finishedAt: string;
  shard: { index: number; count: number; total: number; selection: string } | null;
  summary: {
    accounts: { total: number; scanned: number; error: number };
    findings: StatusCounts;
    byPillar: Record<Pillar, StatusCounts>;
    bySeverity: Record<Severity, StatusCounts>;
  };
  accounts: JsonOrgAccount[];
  notes: string[];
}

export interface OrgJsonOptions {
  /**
   * Accounts' reports already in JSON form (read back by `merge`): written as they are, so that fields
   * this version would not write itself survive a merge.
   */
  asRead?: ReadonlyMap<string, JsonReport>;
}

export function formatOrgJson(report: OrgReport, meta: ReadonlyMap<string, CheckMeta>, options: OrgJsonOptions = {}): string {
  return jsonText(toOrgJson(report, meta, options));
}

export function toOrgJson(report: OrgReport, meta: ReadonlyMap<string, CheckMeta>, options: OrgJsonOptions = {}): JsonOrgReport {
  return {
    $schema: ORG_SCHEMA_ID,
    schema: ORG_SCHEMA_NAME,
    schemaVersion: ORG_SCHEMA_VERSION,
    tool: { name: report.tool.name, version: report.tool.version },
    organization: report.organization ? { id: report.organization.id, managementAccountId: report.organization.managementAccountId ?? null } : null,
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    shard: report.shard ? { index: report.shard.index, count: report.shard.count, total: report.shard.total, selection: report.shard.selection } : null,
    summary: orgSummary(report),
    accounts: report.accounts.map((a) => ({
      id: a.id,
      name: a.name ?? null,
      status: a.status,
      error: a.status === 'error' ? (a.error ?? 'unknown error') : null,
      report: a.report ? (options.asRead?.get(a.id) ?? toJsonReport(a.report, meta)) : null,
    })),
    notes: [...report.notes],
  };
}

export function orgSummary(report: OrgReport): JsonOrgReport['summary'] {
  const findings = emptyCounts();
  const byPillar = Object.fromEntries(PILLARS.map((p) => [p, emptyCounts()])) as Record<Pillar, StatusCounts>;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, emptyCounts()])) as Record<Severity, StatusCounts>;
  for (const t of scannedReports(report).map(tally)) {
    addCounts(findings, t.findings);
    for (const p of PILLARS) addCounts(byPillar[p], t.byPillar[p]);
    for (const s of SEVERITIES) addCounts(bySeverity[s], t.bySeverity[s]);
  }
  const scanned = report.accounts.filter((a) => a.status === 'scanned').length;
  return { accounts: { total: report.accounts.length, scanned, error: report.accounts.length - scanned }, findings, byPillar, bySeverity };
}

export function scannedReports(report: OrgReport): ScanReport[] {
  return report.accounts.flatMap((a) => (a.report ? [a.report] : []));
}

function addCounts(into: StatusCounts, more: StatusCounts): void {
  into.PASS += more.PASS;
  into.FAIL += more.FAIL;
  into.ERROR += more.ERROR;
}
