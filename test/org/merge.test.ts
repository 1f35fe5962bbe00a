import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeReports, MergeError } from '../../src/org/merge.js';
import type { OrgReport } from '../../src/org/model.js';
import { loadReport, loadReportFile, ReportReadError } from '../../src/report/read-report.js';
import { shardAccounts } from '../../src/org/shard.js';
import { formatJson } from '../../src/report/json.js';
import { formatOrgJson, toOrgJson } from '../../src/report/org-json.js';
import { accountReport, META, orgReport } from './fixture.js';

const ACCOUNTS = [
  { id: '111111111111', name: 'management' },
  { id: '222222222222', name: 'prod-web' },
  { id: '333333333333', name: 'sandbox', error: 'Could not assume role arn:aws:iam::333333333333:role/posture-audit: AccessDenied: denied' },
  { id: '444444444444' },
  { id: '555555555555', name: 'data-lake' },
];
const FULL = orgReport(ACCOUNTS);

/** What shard `index` of `count` of FULL would have written. */
function shard(index: number, count: number, report: OrgReport = FULL, version = '0.1.0'): { text: string; source: string } {
  const { accounts, info } = shardAccounts(report.accounts, { index, count });
  const ids = new Set(accounts.map((a) => a.id));
  const part: OrgReport = {
    ...report,
    tool: { name: 'aws-posture', version },
    startedAt: `2026-11-01T12:0${index}:00.000Z`,
    finishedAt: `2026-11-01T12:1${index}:00.000Z`,
    shard: info,
    accounts: report.accounts.filter((a) => ids.has(a.id)),
  };
  return { text: formatOrgJson(part, META), source: `shard-${index}.json` };
}

const load = ({ text, source }: { text: string; source: string }) => loadReport(JSON.parse(text), source);

describe('reading reports back', () => {
  it('reads an organization report into the same report it was written from', () => {
    const loaded = load({ text: formatOrgJson(FULL, META), source: 'org.json' });
    expect(formatOrgJson(loaded.report, new Map(loaded.meta.map((m) => [m.id, m])))).toBe(formatOrgJson(FULL, META));
  });

  it('reads the check metadata from the report, so that rendering needs no registry', () => {
    const loaded = load({ text: formatOrgJson(FULL, META), source: 'org.json' });
    const rds = loaded.meta.find((m) => m.id === 'rds-instance-storage-encrypted')!;
    expect(rds).toEqual(META.get('rds-instance-storage-encrypted'));
  });

  it('reads the report of one account (scan --format json)', () => {
    const single = accountReport('222222222222');
    const loaded = loadReport(JSON.parse(formatJson(single, META)), 'one.json');
    expect(loaded.report.accounts).toEqual([{ id: '222222222222', status: 'scanned', report: expect.objectContaining({ account: single.account }) }]);
  });

  it('refuses files that are not aws-posture JSON reports, or not valid ones, in one line', () => {
    expect(() => loadReport({ runs: [] }, 'x.sarif')).toThrow('The file x.sarif is not an aws-posture JSON report');
    const doc = JSON.parse(formatOrgJson(FULL, META));
    doc.accounts[0].report.findings[0].status = 'MAYBE';
    expect(() => loadReport(doc, 'bad.json')).toThrow(/^The report bad\.json is not valid: \/accounts\/0\/report\/findings\/0\/status/);
    expect(() => loadReport({ ...JSON.parse(formatOrgJson(FULL, META)), schemaVersion: 2 }, 'v2.json')).toThrow('has schema version 2; this aws-posture reads version 1 only');
  });

  it('names a missing or broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-merge-'));
    writeFileSync(join(dir, 'broken.json'), '{"schema": ');
    expect(() => loadReportFile(join(dir, 'missing.json'))).toThrow(/Cannot read the report .*missing\.json: no such file/);
    expect(() => loadReportFile(join(dir, 'broken.json'))).toThrow(ReportReadError);
    rmSync(dir, { recursive: true });
  });
});

describe('merging shards', () => {
  it('gives back every account of the shards, sorted, with the earliest start and latest end', () => {
    const merged = mergeReports([shard(3, 3), shard(1, 3), shard(2, 3)].map(load));
    expect(merged.warnings).toEqual([]);
    expect(merged.report.accounts.map((a) => a.id)).toEqual(ACCOUNTS.map((a) => a.id));
    expect(merged.report.startedAt).toBe('2026-11-01T12:01:00.000Z');
    expect(merged.report.finishedAt).toBe('2026-11-01T12:13:00.000Z');
    expect(merged.report.shard).toBeUndefined();
    expect(merged.report.organization).toEqual(FULL.organization);
    expect(merged.report.notes).toEqual(['Merged from 3 reports (3 of 3 shards, 5 accounts selected).']);
  });

  it('writes the same accounts as one unsharded run would have', () => {
    const merged = mergeReports([shard(1, 2), shard(2, 2)].map(load));
    const asOne = toOrgJson(FULL, META);
    const doc = toOrgJson(merged.report, merged.meta, { asRead: merged.json });
    expect(doc.accounts).toEqual(asOne.accounts);
    expect(doc.summary).toEqual(asOne.summary);
  });

  it('writes each account report as it was read, so that a field the reader does not map survives', () => {
    const doc = JSON.parse(shard(1, 1).text);
    doc.accounts[0].report.findings[0].futureField = 'kept';
    const loaded = load({ text: formatOrgJson(FULL, META), source: 'a.json' });
    loaded.json.set('111111111111', doc.accounts[0].report);
    const merged = mergeReports([loaded]);
    expect(toOrgJson(merged.report, merged.meta, { asRead: merged.json }).accounts[0]!.report!.findings[0]).toHaveProperty('futureField', 'kept');
  });

  it('refuses reports of different tool versions', () => {
    expect(() => mergeReports([shard(1, 2), shard(2, 2, FULL, '0.2.0')].map(load))).toThrow(
      'Cannot merge reports of different tool versions: shard-1.json is from aws-posture 0.1.0 and shard-2.json from aws-posture 0.2.0; scan every shard with the same version',
    );
  });

  it('refuses overlapping accounts, naming the account and both files', () => {
    const a = load({ text: formatOrgJson(orgReport(ACCOUNTS.slice(0, 3)), META), source: 'a.json' });
    const b = load({ text: formatOrgJson(orgReport(ACCOUNTS.slice(2)), META), source: 'b.json' });
    const attempt = () => mergeReports([a, b]);
    expect(attempt).toThrow(MergeError);
    expect(attempt).toThrow('Account 333333333333 is in both a.json and b.json: the inputs overlap');
  });

  it('refuses the same shard twice', () => {
    expect(() => mergeReports([load(shard(1, 3)), { ...load(shard(1, 3)), source: 'copy.json' }])).toThrow('shard-1.json and copy.json are both shard 1/3');
  });

  it('refuses shards of different splits, even when their accounts do not overlap', () => {
    const grown = orgReport([...ACCOUNTS, { id: '666666666666' }]);
    const attempt = () => mergeReports([load(shard(1, 2)), load({ ...shard(2, 2, grown), source: 'later.json' })]);
    expect(attempt).toThrow(/^shard-1\.json \(shard 1\/2 of 5 accounts\) and later\.json \(shard 2\/2 of 6 accounts\) split different account lists/);
  });

  it('merges a partial set of shards but says which are missing', () => {
    const merged = mergeReports([shard(1, 4), shard(3, 4)].map(load));
    expect(merged.warnings).toEqual(['Shards 2, 4 of 4 are missing: the merged report does not cover every selected account.']);
    expect(merged.report.notes).toContain(merged.warnings[0]);
  });

  it('merges single-account reports of different accounts', () => {
    const docs = ['111111111111', '222222222222'].map((id) => loadReport(JSON.parse(formatJson(accountReport(id), META)), `${id}.json`));
    const merged = mergeReports(docs);
    expect(merged.report.accounts.map((a) => [a.id, a.status])).toEqual([
      ['111111111111', 'scanned'],
      ['222222222222', 'scanned'],
    ]);
    expect(merged.report.organization).toBeUndefined();
  });
});

afterAll(() => undefined);
