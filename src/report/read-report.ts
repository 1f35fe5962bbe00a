// Reading JSON reports back, the one way every command does it (merge, --baseline, diff): an
// organization report, or the report of one account from `aws-posture scan --format json`. Each is
// validated against its published schema first, so what is turned back into the model is known to be
// well formed.

import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import type { CheckMeta, CheckSummary, ComplianceView, Evidence, Finding, FindingSuppression, ScanReport } from '../model.js';
import type { OrgReport } from '../org/model.js';
import { readJson } from '../read-file.js';
import { TOOL } from '../version.js';
import { jsonEvidence, type JsonCheck, type JsonCompliance, type JsonFinding, type JsonReport } from './json.js';
import type { JsonOrgReport } from './org-json.js';

// ajv-formats is CommonJS with a `default` property; under NodeNext the default import is the whole module.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (ajv: Ajv2020) => Ajv2020;

/** The file is not a report this version can read: exit 2 with this one line. */
export class ReportReadError extends Error {
  override readonly name = 'ReportReadError';
}

export interface LoadedReport {
  /** The file as given on the command line. */
  source: string;
  report: OrgReport;
  /** Check metadata as the report recorded it, so that rendering does not depend on this version's registry. */
  meta: CheckMeta[];
  /** Each account's report exactly as read, so that a merged JSON report loses nothing. */
  json: Map<string, JsonReport>;
}

export interface ReadOptions {
  /** What the file is to the command, for messages: `report` (default), `baseline report`. */
  subject?: string;
  /**
   * Accept fields this version does not know, as a report written by a later 1.x version may hold: a
   * comparison reads only what both versions mean alike. A merge must not lose anything, so it refuses them.
   */
  laterFields?: boolean;
}

interface Validators {
  org: ValidateFunction;
  account: ValidateFunction;
}

const ORG_SCHEMA = 'https://raw.githubusercontent.com/aws-posture/aws-posture/main/schemas/org-report.v1.schema.json';
const ACCOUNT_SCHEMA = 'https://raw.githubusercontent.com/aws-posture/aws-posture/main/schemas/report.v1.schema.json';
const validators = new Map<boolean, Validators>();

function schemaValidators(laterFields: boolean): Validators {
  let pair = validators.get(laterFields);
  if (!pair) {
    const read = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
    const open = (schema: Record<string, unknown>) => (laterFields ? withoutClosedObjects(schema) : schema) as Record<string, unknown>;
    // validateSchema off: the meta-schema check costs more at start-up than reading a report; the tests check the published schemas.
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true, validateSchema: false }));
    ajv.addSchema(open(read('report.v1.schema.json')));
    ajv.addSchema(open(read('org-report.v1.schema.json')));
    pair = { org: ajv.getSchema(ORG_SCHEMA)!, account: ajv.getSchema(ACCOUNT_SCHEMA)! };
    validators.set(laterFields, pair);
  }
  return pair;
}

/** The schema with every `additionalProperties: false` dropped: known fields are checked, others let through. */
function withoutClosedObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutClosedObjects);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, withoutClosedObjects(value)]),
  );
}

export function loadReportFile(path: string, options: ReadOptions = {}): LoadedReport {
  return loadReport(readJson(path, `the ${options.subject ?? 'report'}`, (message) => new ReportReadError(message)), path, options);
}

export function loadReport(data: unknown, source: string, options: ReadOptions = {}): LoadedReport {
  const subject = options.subject ?? 'report';
  const doc = (data && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  const { org, account } = schemaValidators(options.laterFields === true);
  if (doc.schema === 'aws-posture/org-report' || doc.schema === 'aws-posture/report') {
    if (doc.schemaVersion !== 1) {
      throw new ReportReadError(`The ${subject} ${source} has schema version ${JSON.stringify(doc.schemaVersion)}; this aws-posture reads version 1 only`);
    }
    const validate = doc.schema === 'aws-posture/org-report' ? org : account;
    if (!validate(data)) {
      // The deepest error names the field at fault; the others are the alternatives (null or a report) it ruled out.
      const deepest = [...(validate.errors ?? [])].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)[0];
      const where = deepest?.instancePath || '/';
      const tool = doc.tool as { version?: unknown } | undefined;
      const other = typeof tool?.version === 'string' && tool.version !== TOOL.version ? ` (it was written by aws-posture ${tool.version}, this is ${TOOL.version}: read it with that version)` : '';
      throw new ReportReadError(`The ${subject} ${source} is not valid: ${where} ${deepest?.message ?? 'does not match the schema'}${other}`);
    }
    return doc.schema === 'aws-posture/org-report' ? fromOrgJson(data as JsonOrgReport, source) : fromAccountJson(data as JsonReport, source);
  }
  const what = options.subject === undefined ? 'file' : options.subject;
  throw new ReportReadError(`The ${what} ${source} is not an aws-posture JSON report (write one with: aws-posture scan --format json=report.json)`);
}

function fromOrgJson(doc: JsonOrgReport, source: string): LoadedReport {
  const meta = new Map<string, CheckMeta>();
  const json = new Map<string, JsonReport>();
  const accounts = doc.accounts.map((a) => {
    const base = a.name === null ? { id: a.id } : { id: a.id, name: a.name };
    if (!a.report) return { ...base, status: 'error' as const, error: a.error ?? 'unknown error' };
    if (a.report.account.id !== a.id) {
      throw new ReportReadError(`The report ${source} is not valid: the entry of account ${a.id} holds a report of account ${a.report.account.id}`);
    }
    json.set(a.id, a.report);
    for (const m of metaOf(a.report)) if (!meta.has(m.id)) meta.set(m.id, m);
    return { ...base, status: 'scanned' as const, report: scanReportOf(a.report) };
  });
  const report: OrgReport = {
    tool: { ...doc.tool },
    startedAt: doc.startedAt,
    finishedAt: doc.finishedAt,
    ...(doc.organization
      ? { organization: { id: doc.organization.id, ...(doc.organization.managementAccountId ? { managementAccountId: doc.organization.managementAccountId } : {}) } }
      : {}),
    ...(doc.shard ? { shard: { ...doc.shard } } : {}),
    accounts,
    notes: [...doc.notes],
  };
  return { source, report, meta: [...meta.values()], json };
}

function fromAccountJson(doc: JsonReport, source: string): LoadedReport {
  const report: OrgReport = {
    tool: { ...doc.tool },
    startedAt: doc.startedAt,
    finishedAt: doc.finishedAt,
    accounts: [{ id: doc.account.id, status: 'scanned', report: scanReportOf(doc) }],
    notes: [],
  };
  return { source, report, meta: metaOf(doc), json: new Map([[doc.account.id, doc]]) };
}

export function scanReportOf(doc: JsonReport): ScanReport {
  const compliance = doc.compliance ? complianceOf(doc.compliance) : undefined;
  return {
    tool: { ...doc.tool },
    account: { ...doc.account },
    regions: [...doc.regions],
    startedAt: doc.startedAt,
    finishedAt: doc.finishedAt,
    source: doc.source,
    checks: doc.checks.map(summaryOf),
    findings: doc.findings.map(findingOf),
    notes: [...doc.notes],
    ...(compliance ? { compliance } : {}),
  };
}

function summaryOf(c: JsonCheck): CheckSummary {
  return {
    checkId: c.checkId,
    title: c.title,
    pillar: c.pillar,
    service: c.service,
    severity: c.severity,
    state: c.state,
    pass: c.counts.PASS,
    fail: c.counts.FAIL,
    error: c.counts.ERROR,
    ...(c.note !== null ? { note: c.note } : {}),
  };
}

/** Fields later 1.x reports may carry on a finding; read when present. */
interface LaterFindingFields {
  accountName?: unknown;
  controls?: unknown;
  suppression?: unknown;
  baseline?: unknown;
  evidence?: unknown;
}

function findingOf(raw: JsonFinding): Finding {
  const f: Finding = {
    checkId: raw.checkId,
    status: raw.status,
    severity: raw.severity,
    pillar: raw.pillar,
    service: raw.service,
    accountId: raw.accountId,
    region: raw.region,
    resourceType: raw.resourceType,
    resourceId: raw.resourceId,
    resourceArn: raw.resourceArn,
    message: raw.message,
    ...(raw.error ? { error: { ...raw.error } } : {}),
  };
  const later = raw as JsonFinding & LaterFindingFields;
  if (Array.isArray(later.controls) && later.controls.every((c) => typeof c === 'string')) f.controls = [...(later.controls as string[])];
  const suppression = suppressionOf(later.suppression);
  if (suppression) f.suppression = suppression;
  if (later.baseline === 'new' || later.baseline === 'unchanged') f.baseline = later.baseline;
  // The schema validated its shape already.
  if (later.evidence && typeof later.evidence === 'object') f.evidence = jsonEvidence(later.evidence as Evidence);
  return typeof later.accountName === 'string' ? Object.assign(f, { accountName: later.accountName }) : f;
}

function suppressionOf(value: unknown): FindingSuppression | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const s = value as Record<string, unknown>;
  if (typeof s.reason !== 'string') return undefined;
  return { reason: s.reason, source: typeof s.source === 'string' ? s.source : '', ...(typeof s.expires === 'string' ? { expires: s.expires } : {}) };
}

function complianceOf(view: JsonCompliance): ComplianceView {
  return {
    framework: view.framework,
    name: view.name,
    controls: view.controls.map((c) => ({
      id: c.id,
      title: c.title,
      mode: c.mode,
      checks: [...c.checks],
      ...(c.reason !== null ? { reason: c.reason } : {}),
      status: c.status,
      pass: c.counts.PASS,
      fail: c.counts.FAIL,
      error: c.counts.ERROR,
    })),
  };
}

/** Check metadata as the report recorded it; checks written without their metadata are left out. */
function metaOf(doc: JsonReport): CheckMeta[] {
  return doc.checks.flatMap((c): CheckMeta[] => {
    if (c.resourceType === null || c.description === null || c.risk === null || c.remediation === null) return [];
    const refs = c.references;
    return [
      {
        id: c.checkId,
        title: c.title,
        pillar: c.pillar,
        service: c.service,
        severity: c.severity,
        resourceType: c.resourceType,
        description: c.description,
        risk: c.risk,
        remediation: {
          text: c.remediation.text,
          ...(c.remediation.console !== null ? { console: c.remediation.console } : {}),
          ...(c.remediation.cli !== null ? { cli: c.remediation.cli } : {}),
        },
        references: {
          ...(refs.cis ? { cis: { ...(refs.cis.v5 !== null ? { v5: refs.cis.v5 } : {}), ...(refs.cis.v3 !== null ? { v3: refs.cis.v3 } : {}) } } : {}),
          ...(refs.securityHub ? { securityHub: { ids: [...refs.securityHub.ids], standard: refs.securityHub.standard as 'fsbp' | 'fsbp-unconfirmed' | 'other' } } : {}),
          docs: [...refs.docs],
        },
      },
    ];
  });
}
