import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatJson, REPORT_SCHEMA_ID, type JsonReport } from '../../src/report/json.js';
import { PILLARS, SERVICES, SEVERITIES, STATUSES, type Finding } from '../../src/model.js';
import { baselineReport, COMPLIANCE, HOSTILE, META, makeReport, SUPPRESSION, suppressedReport } from './fixture.js';
import { errorsOf, reportSchema, reportValidator } from './schemas.js';

const validate = reportValidator();
const parse = (text: string) => JSON.parse(text) as JsonReport;

describe('schema', () => {
  test('the report validates against schemas/report.v1.schema.json', () => {
    const ok = validate(parse(formatJson(makeReport(), META)));
    expect(errorsOf(validate)).toBe('');
    expect(ok).toBe(true);
  });

  test('a report without findings, notes or metadata validates too', () => {
    const ok = validate(parse(formatJson(makeReport({ findings: [], notes: [] }), new Map())));
    expect(errorsOf(validate)).toBe('');
    expect(ok).toBe(true);
  });

  test('a report with a compliance view validates', () => {
    const ok = validate(parse(formatJson(makeReport({ compliance: COMPLIANCE }), META)));
    expect(errorsOf(validate)).toBe('');
    expect(ok).toBe(true);
  });

  test('the validator is live: a finding without its error key is refused', () => {
    const doc = parse(formatJson(makeReport(), META)) as unknown as { findings: Array<Record<string, unknown>> };
    delete doc.findings[0]!.error;
    expect(validate(doc)).toBe(false);
  });

  test('the example in docs/json-report.md validates', () => {
    const doc = readFileSync(new URL('../../docs/json-report.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)![1]!;
    const ok = validate(JSON.parse(example));
    expect(errorsOf(validate)).toBe('');
    expect(ok).toBe(true);
  });

  test('$schema names the schema file by its $id', () => {
    expect(reportSchema.$id).toBe(REPORT_SCHEMA_ID);
    expect(parse(formatJson(makeReport(), META)).$schema).toBe(REPORT_SCHEMA_ID);
  });

  test("the schema's closed vocabularies are the model's", () => {
    const defs = reportSchema.$defs as Record<string, { enum?: string[]; description?: string }>;
    expect(defs.pillar!.enum).toEqual([...PILLARS]);
    expect(defs.severity!.enum).toEqual([...SEVERITIES]);
    expect(defs.status!.enum).toEqual([...STATUSES]);
    for (const service of SERVICES) expect(defs.service!.description).toContain(service);
  });
});

describe('stability', () => {
  test('two runs over the same report give the same bytes', () => {
    expect(formatJson(makeReport(), META)).toBe(formatJson(makeReport(), META));
  });

  test('two-space indentation and a trailing newline', () => {
    const text = formatJson(makeReport(), META);
    expect(text.startsWith('{\n  "$schema": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  test('keys come in the documented order', () => {
    const doc = parse(formatJson(makeReport(), META));
    expect(Object.keys(doc)).toEqual([
      '$schema',
      'schema',
      'schemaVersion',
      'tool',
      'account',
      'regions',
      'startedAt',
      'finishedAt',
      'source',
      'summary',
      'compliance',
      'baseline',
      'checks',
      'findings',
      'notes',
    ]);
    expect(Object.keys(doc.summary)).toEqual(['checks', 'checkStates', 'findings', 'byPillar', 'bySeverity', 'suppressed']);
    expect(Object.keys(doc.summary.byPillar)).toEqual([...PILLARS]);
    expect(Object.keys(doc.summary.bySeverity)).toEqual([...SEVERITIES]);
    expect(Object.keys(doc.findings[0]!)).toEqual([
      'checkId',
      'status',
      'severity',
      'pillar',
      'service',
      'accountId',
      'accountName',
      'region',
      'resourceType',
      'resourceId',
      'resourceArn',
      'message',
      'error',
      'controls',
      'suppression',
      'baseline',
      'evidence',
    ]);
  });

  test('findings keep the runner order', () => {
    const report = makeReport();
    expect(parse(formatJson(report, META)).findings.map((f) => f.resourceId)).toEqual(report.findings.map((f) => f.resourceId));
  });
});

describe('content', () => {
  const doc = parse(formatJson(makeReport(), META));

  test('identifies the document and the scan', () => {
    expect(doc.schema).toBe('aws-posture/report');
    expect(doc.schemaVersion).toBe(1);
    expect(doc.account).toEqual({ id: '123456789012', principalArn: 'arn:aws:iam::123456789012:user/auditor', partition: 'aws' });
    expect(doc.source).toBe('aws');
  });

  test('summary counts agree with the findings', () => {
    expect(doc.summary.checks).toBe(9);
    expect(doc.summary.findings).toEqual({ PASS: 2, FAIL: 13, ERROR: 2 });
    expect(doc.summary.byPillar.transit).toEqual({ PASS: 1, FAIL: 8, ERROR: 1 });
    expect(doc.summary.bySeverity.critical).toEqual({ PASS: 0, FAIL: 1, ERROR: 0 });
    expect(doc.summary.checkStates).toEqual({ fail: 7, error: 1, pass: 0, 'not-applicable': 1 });
  });

  test('checks carry their metadata and references', () => {
    const s3 = doc.checks.find((c) => c.checkId === 's3-bucket-denies-insecure-transport')!;
    expect(s3.counts).toEqual({ PASS: 0, FAIL: 7, ERROR: 1 });
    expect(s3.resourceType).toBe('AWS::S3::Bucket');
    expect(s3.references).toEqual({
      cis: { v5: '2.1.1', v3: '2.1.1' },
      securityHub: { ids: ['S3.5'], standard: 'fsbp' },
      docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html'],
    });
    const kms = doc.checks.find((c) => c.checkId === 'kms-key-rotation-enabled')!;
    expect(kms.state).toBe('not-applicable');
    expect(kms.note).toBe('No AWS::KMS::Key in scope in eu-west-1, us-east-1.');
    expect(kms.references.cis).toBeNull();
  });

  test('ERROR findings carry the AWS error; others have error null', () => {
    const error = doc.findings.find((f) => f.status === 'ERROR' && f.service === 's3')!;
    expect(error.error).toMatchObject({ code: 'AccessDenied', action: 's3:GetBucketPolicy', kind: 'access-denied' });
    expect(doc.findings.filter((f) => f.status !== 'ERROR').every((f) => f.error === null)).toBe(true);
  });
});

describe('compliance view', () => {
  test('null without a framework', () => {
    expect(parse(formatJson(makeReport(), META)).compliance).toBeNull();
  });

  test('framework, name, controls by status, and each control with its checks and counts', () => {
    const view = parse(formatJson(makeReport({ compliance: COMPLIANCE }), META)).compliance!;
    expect(view.framework).toBe('cis');
    expect(view.name).toBe('CIS AWS Foundations Benchmark v5.0.0');
    expect(view.summary).toEqual({ pass: 1, fail: 3, error: 1, 'not-applicable': 0, manual: 1, 'not-covered': 1 });
    expect(view.controls.map((c) => c.id)).toEqual(COMPLIANCE.controls.map((c) => c.id));
    expect(view.controls[2]).toEqual({
      id: '2.1.1',
      title: 'S3 buckets deny requests that do not use TLS',
      mode: 'automated',
      status: 'fail',
      checks: ['s3-bucket-denies-insecure-transport'],
      reason: null,
      counts: { PASS: 0, FAIL: 7, ERROR: 1 },
    });
    expect(view.controls[1]!.reason).toBe('Needs the MFA device type.');
  });
});

describe('hostile data', () => {
  const text = formatJson(makeReport(), META);

  test('no raw control character reaches the file', () => {
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
  });

  test('the data itself is kept exactly', () => {
    const ids = parse(text).findings.map((f) => f.resourceId);
    for (const id of [HOSTILE.ansi, HOSTILE.newline, HOSTILE.html, HOSTILE.long, HOSTILE.bidi, HOSTILE.c1, HOSTILE.wide]) {
      expect(ids).toContain(id);
    }
  });
});

describe('suppressions, baselines and controls', () => {
  const validateDoc = (doc: unknown) => {
    const ok = validate(doc);
    expect(errorsOf(validate)).toBe('');
    expect(ok).toBe(true);
  };

  test('without them every finding has controls, suppression and baseline null, and baseline is null', () => {
    const doc = parse(formatJson(makeReport(), META));
    expect(doc.baseline).toBeNull();
    expect(doc.summary.suppressed).toEqual({ PASS: 0, FAIL: 0, ERROR: 0 });
    for (const f of doc.findings) expect([f.controls, f.suppression, f.baseline]).toEqual([null, null, null]);
  });

  test('a suppressed finding carries its suppression; the summary counts suppressed results apart, never a PASS', () => {
    const doc = parse(formatJson(suppressedReport(), META));
    validateDoc(doc);
    const html = doc.findings.find((f) => f.resourceId === HOSTILE.html)!;
    expect(html.suppression).toEqual({ reason: SUPPRESSION.reason, expires: '2027-01-31', source: '.aws-posture.yml suppressions[0]' });
    expect(html.status).toBe('FAIL');
    expect(doc.summary.suppressed).toEqual({ PASS: 0, FAIL: 1, ERROR: 1 });
    expect(doc.findings.find((f) => f.resourceId === 'users-db')!.suppression).toBeNull();
    // summary.findings still counts every finding by its status.
    expect(doc.summary.findings).toEqual({ PASS: 2, FAIL: 13, ERROR: 2 });
  });

  test('a suppression without an expiry has expires null', () => {
    const report = makeReport({ findings: findingsWith((f) => ({ ...f, suppression: { reason: 'accepted', source: 'cfg' } })) });
    const doc = parse(formatJson(report, META));
    validateDoc(doc);
    expect(doc.findings.find((f) => f.status === 'FAIL')!.suppression).toEqual({ reason: 'accepted', expires: null, source: 'cfg' });
  });

  test('a baseline comparison: each finding new or unchanged, counts, and the fixed findings in full', () => {
    const doc = parse(formatJson(baselineReport(), META));
    validateDoc(doc);
    expect(doc.baseline!.source).toBe('baseline.json');
    expect(doc.baseline!.startedAt).toBe('2026-10-01T12:00:00.000Z');
    expect(doc.baseline!.counts).toEqual({ new: { PASS: 0, FAIL: 2, ERROR: 0 }, unchanged: { PASS: 2, FAIL: 11, ERROR: 2 } });
    expect(doc.baseline!.fixed.map((f) => f.resourceId)).toEqual(['old-db']);
    expect(Object.keys(doc.baseline!.fixed[0]!)).toEqual(Object.keys(doc.findings[0]!));
    expect(doc.findings.find((f) => f.resourceId === 'orders-db')!.baseline).toBe('new');
    expect(doc.findings.find((f) => f.resourceId === 'users-db')!.baseline).toBe('unchanged');
  });

  test('controls are written when the finding narrows them', () => {
    const report = makeReport({ findings: findingsWith((f) => (f.checkId === 'rds-instance-storage-encrypted' ? { ...f, controls: ['RDS.3'] } : f)) });
    const doc = parse(formatJson(report, META));
    validateDoc(doc);
    expect(doc.findings.find((f) => f.resourceId === 'orders-db')!.controls).toEqual(['RDS.3']);
  });

  test('a report of an earlier 1.x version, without the newer fields, still validates', () => {
    const doc = parse(formatJson(makeReport(), META)) as unknown as Record<string, unknown> & { summary: Record<string, unknown>; findings: Array<Record<string, unknown>> };
    delete doc.baseline;
    delete doc.summary.suppressed;
    for (const f of doc.findings) {
      delete f.controls;
      delete f.suppression;
      delete f.baseline;
    }
    validateDoc(doc);
  });

  test('the schema refuses a baseline state it does not know', () => {
    const doc = parse(formatJson(baselineReport(), META)) as unknown as { findings: Array<Record<string, unknown>> };
    doc.findings[0]!.baseline = 'fixed';
    expect(validate(doc)).toBe(false);
  });
});

function findingsWith(change: (f: Finding) => Finding): Finding[] {
  return makeReport().findings.map((f) => (f.status === 'PASS' ? f : change(f)));
}
