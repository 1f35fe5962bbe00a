// Any finding text renders to valid output, in every format. Reports are generated with
// AWS-controlled fields (resource ids, ARNs, regions, messages, AWS error texts, notes, the
// principal) drawn from any UTF-16 text, lone surrogates included, salted with terminal escapes, bidi
// controls, Markdown and HTML; the check metadata comes from the real registry. Every report must be
// well formed:
//   table    - no line wider than asked, no raw control character (only the reporter's own colours);
//   JSON     - parses, validates against schemas/report.v1.schema.json, and keeps every string exactly;
//   SARIF    - parses and validates against the SARIF 2.1.0 schema, with no raw control character;
//   JUnit    - well-formed XML whose elements are those of the same report with plain text;
//   HTML     - the same elements as with plain text: data never becomes markup;
//   Markdown - the same lines, table cells and inline HTML as with plain text;
//   CSV      - RFC 4180 records of the same shape as with plain text, no cell a spreadsheet evaluates.
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { STATUSES, type AwsErrorInfo, type CheckSummary, type Finding, type ScanReport } from '../../src/model.js';
import { CSV_COLUMNS, render, STEP_SUMMARY_LIMIT, type ReportFormat } from '../../src/report/index.js';
import { displayWidth } from '../../src/report/text.js';
import { errorsOf, reportValidator, sarifValidator } from '../report/schemas.js';

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const SGR = /\u001b\[[0-9;]*m/g;

const BITS = [
  '\u001b[31m',
  '\u001b[0m',
  '\u001b[2J',
  '\u001b]8;;https://evil.example\u0007',
  '\u009b',
  '\u0085',
  '\u202e',
  '\u2066',
  '\u200f',
  '\n',
  '\r\n',
  '\t',
  '\u2028',
  '\u0000',
  '\u0007',
  '\ud800',
  '\udc00',
  '🪣',
  '桶',
  '\u0301',
  '\u200b',
  '**',
  '[x](javascript:alert(1))',
  '<script>',
  '&amp;',
  '|',
  '`',
  '#',
  '"',
  '\\',
  ' ',
  'arn:aws:s3:::',
];
const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...BITS), fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...BITS), fc.integer({ min: 100, max: 3_000 })).map(([bit, n]) => bit.repeat(Math.ceil(n / bit.length)).slice(0, n)) },
);

const checks = CHECKS.slice(0, 12);
const meta = new Map(CHECKS.map((c) => [c.id, c]));

const awsError: fc.Arbitrary<AwsErrorInfo> = fc.record({
  code: hostile,
  message: hostile,
  service: fc.constantFrom('s3', 'ec2', 'iam'),
  operation: hostile,
  region: hostile,
  action: hostile,
  kind: fc.constantFrom('access-denied', 'throttled', 'timeout', 'network', 'not-found', 'unavailable', 'not-recorded', 'other'),
});

const finding: fc.Arbitrary<Finding> = fc
  .record({
    check: fc.constantFrom(...checks),
    status: fc.constantFrom(...STATUSES),
    region: hostile,
    resourceId: hostile,
    resourceArn: hostile,
    message: hostile,
    error: fc.option(awsError, { nil: undefined }),
  })
  .map(({ check, status, error, ...rest }) => ({
    checkId: check.id,
    status,
    severity: check.severity,
    pillar: check.pillar,
    service: check.service,
    accountId: '123456789012',
    resourceType: check.resourceType,
    ...rest,
    ...(status === 'ERROR' && error ? { error } : {}),
  }));

function summaries(findings: readonly Finding[]): CheckSummary[] {
  return checks.map((c) => {
    const mine = findings.filter((f) => f.checkId === c.id);
    const n = (s: Finding['status']) => mine.filter((f) => f.status === s).length;
    const [pass, fail, error] = [n('PASS'), n('FAIL'), n('ERROR')];
    const state = fail ? 'fail' : error ? 'error' : pass ? 'pass' : 'not-applicable';
    return { checkId: c.id, title: c.title, pillar: c.pillar, service: c.service, severity: c.severity, state, pass, fail, error, ...(state === 'not-applicable' ? { note: 'Nothing in scope.' } : {}) };
  });
}

const report: fc.Arbitrary<ScanReport> = fc
  .record({
    findings: fc.array(finding, { maxLength: 12 }),
    notes: fc.array(hostile, { maxLength: 3 }),
    principalArn: hostile,
    regions: fc.array(hostile, { maxLength: 3 }),
  })
  .map(({ findings, notes, principalArn, regions }) => ({
    tool: { name: 'aws-posture', version: '0.1.0' },
    account: { id: '123456789012', principalArn, partition: 'aws' },
    regions,
    startedAt: '2026-11-01T12:00:00.000Z',
    finishedAt: '2026-11-01T12:01:05.000Z',
    source: 'aws',
    checks: summaries(findings),
    findings,
    notes,
  }));

describe('any finding text renders to valid output', () => {
  it('table: every line within the width, no raw control character', () => {
    fc.assert(
      fc.property(report, fc.integer({ min: 20, max: 160 }), fc.boolean(), fc.boolean(), (r, width, color, showPassed) => {
        const text = render('table', r, meta, { width, color, showPassed });
        const plain = color ? text.replace(SGR, '') : text;
        if (!color) expect(text.includes('\u001b')).toBe(false);
        for (const line of plain.split('\n')) {
          expect(displayWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(Math.max(width, 40));
          expect(UNSAFE.test(line), JSON.stringify(line)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('JSON: parses, validates against the report schema, and keeps every string exactly', () => {
    const validate = reportValidator();
    fc.assert(
      fc.property(report, (r) => {
        const text = render('json', r, meta);
        expect(UNSAFE.test(text)).toBe(false);
        const parsed = JSON.parse(text) as { findings: Array<Pick<Finding, 'resourceId' | 'resourceArn' | 'region' | 'message'>>; notes: string[] };
        expect(validate(parsed), errorsOf(validate)).toBe(true);
        expect(parsed.notes).toEqual(r.notes);
        parsed.findings.forEach((f, i) => {
          const original = r.findings[i]!;
          expect([f.resourceId, f.resourceArn, f.region, f.message]).toEqual([original.resourceId, original.resourceArn, original.region, original.message]);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('SARIF: parses, validates against SARIF 2.1.0, no raw control character', () => {
    const validate = sarifValidator();
    fc.assert(
      fc.property(report, (r) => {
        const text = render('sarif', r, meta);
        expect(UNSAFE.test(text)).toBe(false);
        const sarif = JSON.parse(text) as { runs: Array<{ results: unknown[] }> };
        expect(validate(sarif), errorsOf(validate)).toBe(true);
        expect(sarif.runs[0]!.results).toHaveLength(r.findings.filter((f) => f.status === 'FAIL').length);
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * The same report with every AWS-controlled string replaced by plain text. What a reporter may branch
 * on is kept: which strings are empty or blank, and which are equal to which.
 */
function plainTwin(r: ScanReport): ScanReport {
  const names = new Map<string, string>();
  const plain = (text: string) => {
    if (text.trim() === '') return text;
    let name = names.get(text);
    if (name === undefined) names.set(text, (name = `x${names.size}`));
    return name;
  };
  return {
    ...r,
    account: { ...r.account, principalArn: plain(r.account.principalArn) },
    regions: r.regions.map(plain),
    notes: r.notes.map(plain),
    findings: r.findings.map((f) => ({
      ...f,
      region: plain(f.region),
      resourceId: plain(f.resourceId),
      resourceArn: plain(f.resourceArn),
      message: plain(f.message),
      ...(f.error ? { error: { ...f.error, code: plain(f.error.code), message: plain(f.error.message), operation: plain(f.error.operation), region: plain(f.error.region), action: plain(f.error.action) } } : {}),
    })),
  };
}

/** Element and closing-tag names, in order: the structure of a markup document. */
const tags = (text: string) => [...text.matchAll(/<(\/?[A-Za-z][A-Za-z0-9:-]*)/g)].map((m) => m[1]);

/** A Markdown line without its code spans, where nothing is markup. */
function outsideCode(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') {
      out += line.slice(i, i + 2);
      i++;
      continue;
    }
    if (line[i] !== '`') {
      out += line[i];
      continue;
    }
    let run = 1;
    while (line[i + run] === '`') run++;
    const close = line.indexOf('`'.repeat(run), i + run);
    if (close === -1) {
      out += line.slice(i, i + run);
      i += run - 1;
      continue;
    }
    i = close + run - 1;
  }
  return out;
}

/**
 * Pipes that end a Markdown table cell. GitHub splits a table row before it reads any inline markup:
 * every pipe not preceded by a backslash ends a cell, inside a code span too.
 */
const cellBreaks = (line: string) => [...line.matchAll(/(?<!\\)\|/g)].length;

/** RFC 4180 records. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(quoted, 'an unterminated quoted field').toBe(false);
  expect(field === '' && record.length === 0, 'the last record ends with CRLF').toBe(true);
  return records;
}

// Markdown at its largest limit, so that both reports fit whole: the comparison is of structure, not of what fits.
const render2 = (format: ReportFormat, r: ScanReport) => [render(format, r, meta, { maxBytes: STEP_SUMMARY_LIMIT }), render(format, plainTwin(r), meta, { maxBytes: STEP_SUMMARY_LIMIT })] as const;

describe('markup formats: data never becomes structure', () => {
  it('JUnit: well-formed XML with the elements of the plain report', () => {
    fc.assert(
      fc.property(report, (r) => {
        const [text, plain] = render2('junit', r);
        expect(XMLValidator.validate(text)).toBe(true);
        expect(tags(text)).toEqual(tags(plain));
      }),
      { numRuns: 150 },
    );
  });

  it('HTML: the elements of the plain report, no raw control character', () => {
    fc.assert(
      fc.property(report, (r) => {
        const [text, plain] = render2('html', r);
        // <wbr> marks where an ARN may wrap (after each ':' and '/'): the reporter's, one per separator of the data.
        const elements = (html: string) => tags(html).filter((t) => t !== 'wbr');
        expect(elements(text)).toEqual(elements(plain));
        expect(UNSAFE.test(text)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('Markdown: the lines, table cells and inline HTML of the plain report, no raw control character', () => {
    fc.assert(
      fc.property(report, (r) => {
        const [text, plain] = render2('markdown', r);
        expect(UNSAFE.test(text)).toBe(false);
        const lines = text.split('\n');
        const plainLines = plain.split('\n');
        expect(lines.length).toBe(plainLines.length);
        // Table rows keep their cells; elsewhere a pipe is text.
        const rows = (all: string[]) => all.map((line, i) => (plainLines[i]!.startsWith('|') ? cellBreaks(line) : -1));
        expect(rows(lines)).toEqual(rows(plainLines));
        expect(lines.map(outsideCode).flatMap(tags)).toEqual(plainLines.map(outsideCode).flatMap(tags));
      }),
      { numRuns: 150 },
    );
  });

  it('CSV: one record per finding with every column, no cell a spreadsheet would evaluate', () => {
    fc.assert(
      fc.property(report, (r) => {
        const text = render('csv', r, meta);
        // Tab, CR and LF are data inside quoted cells (RFC 4180); nothing else raw.
        expect(UNSAFE.test(text.replace(/[\t\r\n]/g, ''))).toBe(false);
        const records = csvRecords(text);
        expect(records).toHaveLength(r.findings.length + 1);
        for (const record of records) {
          expect(record).toHaveLength(CSV_COLUMNS.length);
          for (const value of record) expect(/^[=+\-@\t\r]/.test(value), JSON.stringify(value)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});
