import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { resultsInMemory } from '../../src/org/results.js';
import { formatOrgJson, orgJsonChunks, ORG_SCHEMA_ID, toOrgJson } from '../../src/report/org-json.js';
import { ACCOUNT_ERRORS_CATEGORY, formatOrgSarif, MAX_RUNS_PER_FILE, orgSarifFiles, orgSarifRunCount, toOrgSarifLogs } from '../../src/report/org-sarif.js';
import { formatOrgTable } from '../../src/report/org-table.js';
import { displayWidth } from '../../src/report/text.js';
import { errorsOf, sarifValidator } from '../report/schemas.js';
import { accountIds, accountReport, META, orgReport } from './fixture.js';

const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (ajv: Ajv2020) => Ajv2020;
const schema = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

function orgValidator() {
  const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
  ajv.addSchema(schema('report.v1.schema.json'));
  return ajv.compile(schema('org-report.v1.schema.json'));
}

/** FAIL, ERROR and PASS results of one scanned account of the fixture (each holds the same findings). */
const ONE = (() => {
  const findings = accountReport('333333333333').findings;
  const n = (status: string) => findings.filter((f) => f.status === status).length;
  return { FAIL: n('FAIL'), ERROR: n('ERROR'), PASS: n('PASS') };
})();

const REPORT = orgReport([
  { id: '333333333333', name: 'prod-web' },
  { id: '444444444444', name: 'sandbox', error: 'Could not assume role arn:aws:iam::444444444444:role/posture-audit: AccessDenied: not authorized' },
  { id: '555555555555' },
]);

describe('organization JSON report', () => {
  const validate = orgValidator();

  it('validates against schemas/org-report.v1.schema.json', () => {
    const ok = validate(JSON.parse(formatOrgJson(REPORT, META)));
    expect(ok, errorsOf(validate)).toBe(true);
  });

  it('holds, for each scanned account, exactly the single-account JSON report', () => {
    const doc = toOrgJson(REPORT, META);
    expect(doc.$schema).toBe(ORG_SCHEMA_ID);
    expect(doc.accounts[0]).toMatchObject({ id: '333333333333', name: 'prod-web', status: 'scanned', error: null });
    expect(JSON.stringify(doc.accounts[0]!.report)).toBe(JSON.stringify(JSON.parse(formatJson(REPORT.accounts[0]!.report!, META))));
    expect(doc.accounts[1]).toEqual({ id: '444444444444', name: 'sandbox', status: 'error', error: expect.stringContaining('AccessDenied'), report: null });
    expect(doc.accounts[2]!.name).toBeNull();
  });

  it('sums the scanned accounts and counts the ones that could not be scanned', () => {
    const one = toOrgJson(orgReport([{ id: '333333333333' }]), META).summary;
    const doc = toOrgJson(REPORT, META);
    expect(doc.summary.accounts).toEqual({ total: 3, scanned: 2, error: 1 });
    expect(doc.summary.findings.FAIL).toBe(one.findings.FAIL * 2);
    expect(doc.summary.bySeverity.critical.FAIL).toBe(one.bySeverity.critical.FAIL * 2);
  });

  it('records the shard, and rejects an entry whose status and report disagree', () => {
    const sharded = { ...REPORT, shard: { index: 1, count: 4, total: 12, selection: `sha256:${'a'.repeat(64)}` } };
    expect(validate(JSON.parse(formatOrgJson(sharded, META))), errorsOf(validate)).toBe(true);
    const doc = JSON.parse(formatOrgJson(REPORT, META));
    doc.accounts[1].status = 'scanned';
    expect(validate(doc)).toBe(false);
  });
});

describe('organization SARIF report', () => {
  const validate = sarifValidator();

  it('has one valid run per scanned account, each in its own category, and one for the accounts not scanned', () => {
    const [log, ...more] = toOrgSarifLogs(REPORT, META);
    expect(more).toEqual([]);
    expect(validate(log), errorsOf(validate)).toBe(true);
    const categories = log!.runs.map((r) => r.automationDetails!.id!.replace(/\/[^/]*$/, ''));
    expect(categories).toEqual(['aws-posture/333333333333', 'aws-posture/555555555555', ACCOUNT_ERRORS_CATEGORY]);
    expect(new Set(categories).size).toBe(categories.length);
  });

  it('adds the account name to the run and to every result', () => {
    const run = toOrgSarifLogs(REPORT, META)[0]!.runs[0]!;
    expect(run.properties).toMatchObject({ accountId: '333333333333', accountName: 'prod-web' });
    expect(run.results!.map((r) => r.properties!.resourceId)).toEqual(accountReport('333333333333').findings.filter((f) => f.status === 'FAIL').map((f) => f.resourceId));
    expect(run.results!.every((r) => r.properties?.accountName === 'prod-web' && r.properties?.accountId === '333333333333')).toBe(true);
  });

  it('reports an account that could not be scanned without a run in its category, so its alerts stay open', () => {
    const runs = toOrgSarifLogs(REPORT, META)[0]!.runs;
    expect(runs.some((r) => r.automationDetails!.id!.startsWith('aws-posture/444444444444'))).toBe(false);
    const errors = runs.at(-1)!;
    expect(errors.results).toEqual([]);
    expect(errors.invocations![0]!.executionSuccessful).toBe(true);
    expect(errors.invocations![0]!.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', message: { text: expect.stringMatching(/^Account 444444444444 \(sandbox\) could not be scanned: Could not assume role .*AccessDenied/) } }),
    ]);
  });

  it(`splits more than ${MAX_RUNS_PER_FILE} runs into files of at most ${MAX_RUNS_PER_FILE}, each valid`, () => {
    const ids = accountIds(41);
    const report = orgReport(ids.map((id, i) => (i === 7 ? { id, error: 'timed out' } : { id })));
    expect(orgSarifRunCount(report)).toBe(41);
    const texts = formatOrgSarif(report, META);
    const logs = texts.map((t) => JSON.parse(t) as Log);
    expect(logs.map((l) => l.runs.length)).toEqual([20, 20, 1]);
    for (const log of logs) expect(validate(log), errorsOf(validate)).toBe(true);
    const categories = logs.flatMap((l) => l.runs.map((r) => r.automationDetails!.id!));
    expect(new Set(categories).size).toBe(41);
  });

  it('files runs under a custom category prefix, keeping the framework apart', () => {
    const report = orgReport([{ id: '333333333333' }, { id: '444444444444', error: 'x' }]);
    report.accounts[0]!.report = accountReport('333333333333', { compliance: { framework: 'cis', name: 'CIS', controls: [] } });
    const runs = toOrgSarifLogs(report, META, { categoryPrefix: 'posture-prod/' })[0]!.runs;
    expect(runs.map((r) => r.automationDetails!.id!.replace(/\/[^/]*$/, ''))).toEqual(['posture-prod/333333333333/cis', 'posture-prod/account-errors']);
  });

  it('writes a log with no run for an empty shard', () => {
    expect(toOrgSarifLogs(orgReport([]), META)).toEqual([expect.objectContaining({ version: '2.1.0', runs: [] })]);
  });
});

describe('organization table report', () => {
  const text = formatOrgTable(REPORT, META, { color: false });

  it('groups by account, each under a banner with its counts, then by pillar', () => {
    const banners = text.split('\n').filter((l) => l.startsWith('ACCOUNT '));
    expect(ONE.FAIL).toBeGreaterThan(0);
    expect(banners).toEqual([
      `ACCOUNT 333333333333 prod-web - ${ONE.FAIL} FAIL, ${ONE.ERROR} ERROR, ${ONE.PASS} PASS`,
      'ACCOUNT 444444444444 sandbox - not scanned',
      `ACCOUNT 555555555555 - ${ONE.FAIL} FAIL, ${ONE.ERROR} ERROR, ${ONE.PASS} PASS`,
    ]);
    const prod = text.slice(text.indexOf('ACCOUNT 333333333333'), text.indexOf('ACCOUNT 444444444444'));
    const headings = prod.split('\n').filter((l) => /^[A-Z]+ - /.test(l)).map((l) => l.slice(0, l.indexOf(' - ')));
    expect(headings).toEqual(['TRANSIT', 'REST', 'PREVENTION', 'DETECTION', 'IAM']);
  });

  it('says why an account could not be scanned', () => {
    expect(text).toMatch(/\nERROR The account could not be scanned\. Could not assume role/);
  });

  it('ends with one summary line per account and a total', () => {
    const summary = text.slice(text.lastIndexOf('\nAccounts\n'));
    const counts = (c: { FAIL: number; ERROR: number; PASS: number }) => ` +${c.FAIL} +${c.ERROR} +${c.PASS}\n`;
    expect(summary).toMatch(new RegExp(` {2}333333333333 {2}prod-web${counts(ONE)}`));
    expect(summary).toMatch(/ {2}444444444444 {2}sandbox not scanned: Could not assume role/);
    expect(summary).toMatch(new RegExp(` {2}555555555555${counts(ONE)}`));
    expect(summary).toMatch(new RegExp(` {2}total +2 of 3 scanned${counts({ FAIL: 2 * ONE.FAIL, ERROR: 2 * ONE.ERROR, PASS: 2 * ONE.PASS })}$`));
    expect(text).toContain('Organization  o-a1b2c3d4e5 (management account 111111111111)');
    expect(text).toContain('Accounts      3 selected: 2 scanned, 1 could not be scanned');
  });

  it('keeps every line within the width and holds no escape sequence without colour', () => {
    for (const width of [40, 80, 120]) {
      const lines = formatOrgTable(REPORT, META, { color: false, width }).split('\n');
      const wide = lines.filter((l) => displayWidth(l) > width);
      expect(wide, `width ${width}`).toEqual([]);
    }
    expect(text).not.toContain('\u001b');
  });

  it('colours when asked', () => {
    expect(formatOrgTable(REPORT, META, { color: true })).toContain('\u001b[');
  });
});

describe('the organization reports written one account at a time', () => {
  it('streams the same JSON and SARIF as the whole report gives', () => {
    const ids = accountIds(45);
    const report = orgReport(ids.map((id, i) => (i === 7 ? { id, error: 'AccessDenied' } : { id, ...(i % 3 ? { name: `team-${i}` } : {}) })).sort((a, b) => a.id.localeCompare(b.id)));
    const results = resultsInMemory(report);
    expect([...orgJsonChunks(results, META)].join('')).toBe(formatOrgJson(report, META));
    expect(orgSarifFiles(results, META).map((file) => file())).toEqual(formatOrgSarif(report, META));
    const empty = orgReport([]);
    expect([...orgJsonChunks(resultsInMemory(empty), META)].join('')).toBe(formatOrgJson(empty, META));
    expect(orgSarifFiles(resultsInMemory(empty), META).map((file) => file())).toEqual(formatOrgSarif(empty, META));
  });
});
