// The machine-readable report of an organization scan (schemas/org-report.v1.schema.json): an
// envelope around one single-account JSON report per scanned account, so that every tool that reads
// `aws-posture scan --format json` can read `.accounts[].report` unchanged. It is also what
// `aws-posture merge` reads back.

import { PILLARS, SEVERITIES, type CheckMeta, type Pillar, type ScanReport, type Severity } from '../model.js';
import type { AccountStatus, OrgAccountResult, OrgReport } from '../org/model.js';
import type { OrgResults } from '../org/results.js';
import { jsonText, nestedJsonText, toJsonReport, type JsonReport } from './json.js';
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

/**
 * formatOrgJson's text in pieces, one account's report at a time (the summary is counted in a first
 * pass over the accounts): what a run holds is one account's report, not the document.
 */
export function* orgJsonChunks(results: OrgResults, meta: ReadonlyMap<string, CheckMeta>, options: OrgJsonOptions = {}): Generator<string> {
  const envelope = toOrgJson({ ...results.head, accounts: [] }, meta, options);
  envelope.summary = summaryOf(results.results(), results.accounts.length);
  const text = jsonText(envelope);
  const slot = '\n  "accounts": [],\n';
  const at = text.indexOf(slot);
  if (results.accounts.length === 0 || at < 0) {
    yield text;
    return;
  }
  yield `${text.slice(0, at)}\n  "accounts": [`;
  let first = true;
  for (const account of results.results()) {
    yield `${first ? '' : ','}\n    ${nestedJsonText(jsonAccount(account, meta, options), 2)}`;
    first = false;
  }
  yield `\n  ],\n${text.slice(at + slot.length)}`;
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
    accounts: report.accounts.map((a) => jsonAccount(a, meta, options)),
    notes: [...report.notes],
  };
}

function jsonAccount(a: OrgAccountResult, meta: ReadonlyMap<string, CheckMeta>, options: OrgJsonOptions): JsonOrgAccount {
  return {
    id: a.id,
    name: a.name ?? null,
    status: a.status,
    error: a.status === 'error' ? (a.error ?? 'unknown error') : null,
    report: a.report ? (options.asRead?.get(a.id) ?? toJsonReport(a.report, meta)) : null,
  };
}

export function orgSummary(report: OrgReport): JsonOrgReport['summary'] {
  return summaryOf(report.accounts, report.accounts.length);
}

/** The summary of the accounts, counted one account at a time. */
function summaryOf(accounts: Iterable<OrgAccountResult>, total: number): JsonOrgReport['summary'] {
  const findings = emptyCounts();
  const byPillar = Object.fromEntries(PILLARS.map((p) => [p, emptyCounts()])) as Record<Pillar, StatusCounts>;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, emptyCounts()])) as Record<Severity, StatusCounts>;
  let scanned = 0;
  for (const account of accounts) {
    if (account.status === 'scanned') scanned++;
    if (!account.report) continue;
    const t = tally(account.report);
    addCounts(findings, t.findings);
    for (const p of PILLARS) addCounts(byPillar[p], t.byPillar[p]);
    for (const s of SEVERITIES) addCounts(bySeverity[s], t.bySeverity[s]);
  }
  return { accounts: { total, scanned, error: total - scanned }, findings, byPillar, bySeverity };
}

export function scannedReports(report: OrgReport): ScanReport[] {
  return report.accounts.flatMap((a) => (a.report ? [a.report] : []));
}

function addCounts(into: StatusCounts, more: StatusCounts): void {
  into.PASS += more.PASS;
  into.FAIL += more.FAIL;
  into.ERROR += more.ERROR;
}
