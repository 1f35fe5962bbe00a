import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, readReportFile, ReportReadError } from '../../src/baseline/report-file.js';
import { formatJson } from '../../src/report/json.js';
import { formatOrgJson } from '../../src/report/org-json.js';
import { orgReport, META as ORG_META } from '../org/fixture.js';
import { FINDINGS, makeReport, META } from '../report/fixture.js';

/** A JSON report as the scanner writes it, with `change` applied to the parsed document. */
function report(change: (doc: Record<string, any>) => void = () => {}): Record<string, any> {
  const doc = JSON.parse(formatJson(makeReport(), META)) as Record<string, any>;
  change(doc);
  return doc;
}

const problem = (data: unknown) => {
  try {
    parseReport(data, 'last.json', 'baseline report');
  } catch (err) {
    expect(err).toBeInstanceOf(ReportReadError);
    return (err as Error).message;
  }
  throw new Error('expected a ReportReadError');
};

describe('reading an earlier JSON report', () => {
  it('reads what a comparison needs, including fields written by a newer 1.x reporter', () => {
    const snapshot = parseReport(
      report((doc) => {
        doc.futureField = 1;
        doc.findings[0].futureField = { nested: true };
        doc.findings[0].suppression = { reason: 'logs', expires: null, source: '.aws-posture.yml suppressions[0]' };
      }),
      'last.json',
    );
    const first = FINDINGS[0]!;
    expect(snapshot).toMatchObject({ file: 'last.json', accountId: '123456789012', regions: makeReport().regions, startedAt: makeReport().startedAt });
    expect(snapshot.checks.map((c) => c.checkId)).toEqual(makeReport().checks.map((c) => c.checkId));
    expect(snapshot.findings).toHaveLength(FINDINGS.length);
    expect(snapshot.findings[0]).toMatchObject({ resourceId: first.resourceId, status: first.status, suppression: { reason: 'logs', source: '.aws-posture.yml suppressions[0]' } });
    expect(snapshot.findings[0]!.suppression).not.toHaveProperty('expires');
  });

  it.each([
    [report((d) => (d.schemaVersion = 2)), 'The baseline report last.json has schema version 2; this aws-posture reads version 1 only'],
    [report((d) => (d.schema = 'aws-posture/diff')), 'The baseline report last.json is not an aws-posture JSON report'],
    [{ format: 'aws-posture-inventory', version: 1 }, 'The baseline report last.json is not an aws-posture JSON report'],
    [[], 'is not an aws-posture JSON report'],
    [report((d) => (d.findings[0].status = 'WARN')), 'The baseline report last.json is not valid: /findings/0/status must be equal to one of the allowed values'],
    [report((d) => delete d.findings[0].resourceArn), "The baseline report last.json is not valid: /findings/0 must have required property 'resourceArn'"],
    [report((d) => (d.account = null)), 'The baseline report last.json is not valid: /account must be object'],
    [JSON.parse(formatOrgJson(orgReport([{ id: '333333333333' }, { id: '444444444444' }]), ORG_META)), 'The baseline report last.json is the report of an organization scan'],
  ])('refuses %#: one line naming the problem', (data, message) => {
    const text = problem(data);
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toContain(message);
  });

  it('names an unreadable or malformed file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-posture-baseline-'));
    expect(() => readReportFile(join(dir, 'none.json'), 'baseline report')).toThrow(/Cannot read the baseline report .*none\.json: no such file/);
    writeFileSync(join(dir, 'bad.json'), '{"schema": ');
    expect(() => readReportFile(join(dir, 'bad.json'), 'baseline report')).toThrow(/The baseline report .*bad\.json is not valid JSON/);
  });
});
