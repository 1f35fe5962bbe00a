// Reading a JSON report of an earlier scan (--baseline, diff). Only what a comparison needs is read and
// checked, so that reports written by other 1.x versions (which may add fields) are accepted; a report of
// another schema version is refused, since its fields may mean something else.

import { SEVERITIES, STATUSES, type Finding, type FindingSuppression } from '../model.js';
import { readJson } from '../read-file.js';

export const REPORT_SCHEMA = 'aws-posture/report';
export const READABLE_SCHEMA_VERSION = 1;

/** A report file is unreadable, of another kind, or of another schema version: exit 2 with this one line. */
export class ReportFileError extends Error {
  override readonly name = 'ReportFileError';
}

export interface ReportSnapshot {
  /** The file as given on the command line. */
  file: string;
  accountId: string;
  regions: string[];
  startedAt: string;
  /** Checks that ran in that scan. */
  checks: Array<{ checkId: string }>;
  findings: Finding[];
}

export function readReportFile(file: string, what = 'report'): ReportSnapshot {
  return parseReport(readJson(file, `the ${what}`, (message) => new ReportFileError(message)), file, what);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseReport(data: unknown, file: string, what = 'report'): ReportSnapshot {
  const fail = (problem: string): never => {
    throw new ReportFileError(`The ${what} ${file} ${problem}`);
  };
  if (!isObject(data) || data.schema !== REPORT_SCHEMA) {
    fail('is not an aws-posture JSON report (write one with: aws-posture scan --format json=report.json)');
  }
  const report = data as Json;
  if (report.schemaVersion !== READABLE_SCHEMA_VERSION) {
    fail(`has report schema version ${JSON.stringify(report.schemaVersion)}; this aws-posture reads version ${READABLE_SCHEMA_VERSION} only`);
  }
  const field = (at: string, value: unknown, expected: string, ok: boolean): void => {
    if (!ok) fail(`is not a valid report: ${at} must be ${expected}, not ${JSON.stringify(value) ?? 'missing'}`);
  };
  const string = (at: string, value: unknown) => field(at, value, 'a string', typeof value === 'string');
  const array = (at: string, value: unknown) => field(at, value, 'an array', Array.isArray(value));

  const account = report.account;
  field('account', account, 'an object', isObject(account));
  string('account.id', (account as Json).id);
  array('regions', report.regions);
  (report.regions as unknown[]).forEach((r, i) => string(`regions[${i}]`, r));
  string('startedAt', report.startedAt);
  array('checks', report.checks);
  const checks = (report.checks as unknown[]).map((c, i) => {
    field(`checks[${i}]`, c, 'an object', isObject(c));
    string(`checks[${i}].checkId`, (c as Json).checkId);
    return { checkId: (c as Json).checkId as string };
  });
  array('findings', report.findings);
  const findings = (report.findings as unknown[]).map((raw, i): Finding => {
    const at = `findings[${i}]`;
    field(at, raw, 'an object', isObject(raw));
    const f = raw as Json;
    for (const key of ['checkId', 'pillar', 'service', 'accountId', 'region', 'resourceType', 'resourceId', 'resourceArn', 'message']) string(`${at}.${key}`, f[key]);
    field(`${at}.status`, f.status, `one of ${STATUSES.join(', ')}`, (STATUSES as readonly unknown[]).includes(f.status));
    field(`${at}.severity`, f.severity, `one of ${SEVERITIES.join(', ')}`, (SEVERITIES as readonly unknown[]).includes(f.severity));
    const finding = {
      checkId: f.checkId,
      status: f.status,
      severity: f.severity,
      pillar: f.pillar,
      service: f.service,
      accountId: f.accountId,
      region: f.region,
      resourceType: f.resourceType,
      resourceId: f.resourceId,
      resourceArn: f.resourceArn,
      message: f.message,
    } as Finding;
    const suppression = suppressionOf(f.suppression);
    if (suppression) finding.suppression = suppression;
    return finding;
  });
  return {
    file,
    accountId: (account as Json).id as string,
    regions: report.regions as string[],
    startedAt: report.startedAt as string,
    checks,
    findings,
  };
}

function suppressionOf(value: unknown): FindingSuppression | undefined {
  if (!isObject(value) || typeof value.reason !== 'string') return undefined;
  return {
    reason: value.reason,
    ...(typeof value.expires === 'string' ? { expires: value.expires } : {}),
    source: typeof value.source === 'string' ? value.source : '',
  };
}
