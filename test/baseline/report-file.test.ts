import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, readReportFile, ReportFileError } from '../../src/baseline/report-file.js';

const finding = {
  checkId: 's3-bucket-versioning-enabled',
  status: 'FAIL',
  severity: 'low',
  pillar: 'rest',
  service: 's3',
  accountId: '123456789012',
  region: 'eu-west-1',
  resourceType: 'AWS::S3::Bucket',
  resourceId: 'acme-logs-eu',
  resourceArn: 'arn:aws:s3:::acme-logs-eu',
  message: 'Bucket acme-logs-eu does not keep object versions.',
  error: null,
};

const report = (over: Record<string, unknown> = {}) => ({
  $schema: 'https://raw.githubusercontent.com/aws-posture/aws-posture/main/schemas/report.v1.schema.json',
  schema: 'aws-posture/report',
  schemaVersion: 1,
  tool: { name: 'aws-posture', version: '0.1.0' },
  account: { id: '123456789012', principalArn: 'arn:aws:iam::123456789012:user/auditor', partition: 'aws' },
  regions: ['eu-west-1'],
  startedAt: '2026-11-01T12:00:00.000Z',
  finishedAt: '2026-11-01T12:01:00.000Z',
  source: 'aws',
  checks: [{ checkId: 's3-bucket-versioning-enabled' }],
  findings: [finding],
  notes: [],
  ...over,
});

const problem = (data: unknown) => {
  try {
    parseReport(data, 'last.json', 'baseline report');
  } catch (err) {
    expect(err).toBeInstanceOf(ReportFileError);
    return (err as Error).message;
  }
  throw new Error('expected a ReportFileError');
};

describe('reading an earlier JSON report', () => {
  it('reads what a comparison needs, including a suppression written by a newer 1.x reporter', () => {
    const snapshot = parseReport(report({ findings: [{ ...finding, suppression: { reason: 'logs', expires: null, source: '.aws-posture.yml suppressions[0]' }, futureField: 1 }] }), 'last.json');
    expect(snapshot).toMatchObject({ file: 'last.json', accountId: '123456789012', regions: ['eu-west-1'], checks: [{ checkId: 's3-bucket-versioning-enabled' }] });
    expect(snapshot.findings[0]).toMatchObject({ resourceId: 'acme-logs-eu', status: 'FAIL', suppression: { reason: 'logs', source: '.aws-posture.yml suppressions[0]' } });
    expect(snapshot.findings[0]!.suppression).not.toHaveProperty('expires');
  });

  it.each([
    [report({ schemaVersion: 2 }), 'The baseline report last.json has report schema version 2; this aws-posture reads version 1 only'],
    [report({ schema: 'aws-posture/diff' }), 'The baseline report last.json is not an aws-posture JSON report'],
    [{ format: 'aws-posture-inventory', version: 1 }, 'The baseline report last.json is not an aws-posture JSON report'],
    [[], 'is not an aws-posture JSON report'],
    [report({ findings: [{ ...finding, status: 'WARN' }] }), 'findings[0].status must be one of FAIL, ERROR, PASS, not "WARN"'],
    [report({ findings: [{ ...finding, resourceArn: undefined }] }), 'findings[0].resourceArn must be a string, not missing'],
    [report({ account: null }), 'account must be an object, not null'],
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
