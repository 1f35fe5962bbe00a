import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import type { CliIO } from '../../src/cli/main.js';
import { mergeCommand, type MergeFlags } from '../../src/cli/merge-command.js';
import type { OrgReport } from '../../src/org/model.js';
import { shardAccounts } from '../../src/org/shard.js';
import type { JsonOrgReport } from '../../src/report/org-json.js';
import { formatOrgJson } from '../../src/report/org-json.js';
import { accountIds, META, orgReport } from './fixture.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'posture-merge-cmd-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function io(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env: {} };
}

/** Writes the shards of `report` as `count` runs would have, and returns their paths. */
function writeShards(report: OrgReport, count: number, version = '0.1.0'): string[] {
  return Array.from({ length: count }, (_, i) => {
    const index = i + 1;
    const { accounts, info } = shardAccounts(report.accounts, { index, count });
    const ids = new Set(accounts.map((a) => a.id));
    const part = { ...report, tool: { name: 'aws-posture', version }, shard: info, accounts: report.accounts.filter((a) => ids.has(a.id)) };
    const path = join(dir, `shard-${index}.json`);
    writeFileSync(path, formatOrgJson(part, META));
    return path;
  });
}

const flags = (extra: Partial<MergeFlags> = {}): MergeFlags => ({ color: false, failOn: 'none', ...extra });

describe('aws-posture merge', () => {
  it('merges shard reports into one JSON report', async () => {
    const files = writeShards(orgReport([{ id: '111111111111', name: 'a' }, { id: '222222222222' }, { id: '333333333333', error: 'timed out' }]), 2);
    const out = join(dir, 'merged.json');
    expect(await mergeCommand(files, flags({ format: [`json=${out}`] }), io())).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as JsonOrgReport;
    expect(doc.accounts.map((a) => [a.id, a.status])).toEqual([
      ['111111111111', 'scanned'],
      ['222222222222', 'scanned'],
      ['333333333333', 'error'],
    ]);
    expect(doc.shard).toBeNull();
  });

  it('renders the table and applies the gate of a scan', async () => {
    const files = writeShards(orgReport([{ id: '111111111111' }, { id: '222222222222' }]), 2);
    const cli = io();
    expect(await mergeCommand(files, flags({ failOn: 'high' }), cli)).toBe(1);
    expect(cli.out.join('')).toContain('ACCOUNT 111111111111');
    expect(cli.out.join('')).toContain('ACCOUNT 222222222222');
    expect(cli.err.join('')).toMatch(/Gate: \d+ FAIL results at or above high/);
  });

  it('writes SARIF of more than 20 accounts as numbered files of at most 20 runs', async () => {
    const files = writeShards(orgReport(accountIds(45).map((id) => ({ id }))), 3);
    const cli = io();
    await mergeCommand(files, flags({ format: [`sarif=${join(dir, 'org.sarif')}`] }), cli);
    expect(existsSync(join(dir, 'org.sarif'))).toBe(false);
    const runs = [1, 2, 3].map((n) => (JSON.parse(readFileSync(join(dir, `org.${n}.sarif`), 'utf8')) as Log).runs.length);
    expect(runs).toEqual([20, 20, 5]);
    expect(cli.err.join('')).toContain('as 3 files of at most 20 runs');
  });

  it('refuses SARIF on standard output when it would need several files', async () => {
    const files = writeShards(orgReport(accountIds(21).map((id) => ({ id }))), 1);
    await expect(mergeCommand(files, flags({ format: ['sarif'] }), io())).rejects.toThrow('The SARIF report needs 2 files of at most 20 runs');
  });

  it('refuses shards of different tool versions with one line', async () => {
    const [first, second] = writeShards(orgReport([{ id: '111111111111' }, { id: '222222222222' }]), 2);
    writeFileSync(second!, readFileSync(second!, 'utf8').replaceAll('"version": "0.1.0"', '"version": "0.2.0"'));
    const attempt = mergeCommand([first!, second!], flags(), io());
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    await expect(attempt).rejects.toThrow(/^Cannot merge reports of different tool versions: .*shard-1\.json is from aws-posture 0\.1\.0 and .*shard-2\.json from aws-posture 0\.2\.0/);
  });

  it('refuses overlapping inputs with one line', async () => {
    const [a] = writeShards(orgReport([{ id: '111111111111' }]), 1);
    const attempt = mergeCommand([a!, a!], flags(), io());
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    await expect(attempt).rejects.toThrow(/^.*shard-1\.json and .*shard-1\.json are both shard 1\/1$/);
  });

  it('warns when shards are missing', async () => {
    const files = writeShards(orgReport([{ id: '111111111111' }, { id: '222222222222' }, { id: '333333333333' }]), 3);
    const cli = io();
    await mergeCommand([files[0]!, files[2]!], flags({ quiet: true, format: [`json=${join(dir, 'm.json')}`] }), cli);
    expect(cli.err.join('')).toBe('aws-posture: warning: Shard 2 of 3 is missing: the merged report does not cover every selected account.\n');
  });

  it('refuses a file that is not a JSON report', async () => {
    const path = join(dir, 'x.json');
    writeFileSync(path, '{"version": "2.1.0", "runs": []}');
    await expect(mergeCommand([path], flags(), io())).rejects.toThrow(/is not an aws-posture JSON report/);
  });
});
