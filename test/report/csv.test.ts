import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/model.js';
import { cell, CSV_COLUMNS, formatCsv } from '../../src/report/csv.js';
import { baselineReport, FINDINGS, HOSTILE, META, makeReport, SUPPRESSION, suppressedReport } from './fixture.js';

/** A strict RFC 4180 reader: CRLF between records, quoted fields may hold anything, "" is a quote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      i += 2;
      records.push(record);
      record = [];
    } else if (i < text.length) {
      throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
    }
  }
  if (record.length) throw new Error('last record does not end with CRLF');
  return records;
}

const rowsOf = (text: string) => {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
};

describe('RFC 4180', () => {
  const text = formatCsv(makeReport(), META);
  const records = parseCsv(text);

  test('a header, then one record per finding, every record as wide as the header, CRLF after each', () => {
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(FINDINGS.length + 1);
    for (const r of records) expect(r).toHaveLength(CSV_COLUMNS.length);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields, every line break is CRLF.
    expect(text.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('round trip: what is read back is the finding, in report order', () => {
    const rows = rowsOf(text);
    rows.forEach((row, i) => {
      const f = FINDINGS[i]!;
      expect(row).toMatchObject({ accountId: f.accountId, region: f.region, checkId: f.checkId, status: f.status, severity: f.severity, resourceArn: expect.any(String) });
    });
    const rds = rows.find((r) => r.resourceId === 'orders-db')!;
    expect(rds).toMatchObject({
      title: 'RDS DB instances encrypt their storage at rest',
      pillar: 'rest',
      service: 'rds',
      resourceType: 'AWS::RDS::DBInstance',
      resourceArn: 'arn:aws:rds:us-east-1:123456789012:db:orders-db',
      message: 'DB instance orders-db does not encrypt its storage at rest.',
      suppressed: 'no',
      remediation: 'Change the setting.',
      errorCode: '',
    });
    const error = rows.find((r) => r.resourceId === 'locked-bucket')!;
    expect(error).toMatchObject({ status: 'ERROR', errorCode: 'AccessDenied', errorAction: 's3:GetBucketPolicy' });
  });

  test('commas, quotes and line breaks survive quoting exactly', () => {
    const rows = rowsOf(text);
    expect(rows.map((r) => r.resourceId)).toContain(HOSTILE.newline);
    expect(rows.find((r) => r.resourceId === HOSTILE.newline)!.message).toBe(`Bucket ${HOSTILE.newline} has no policy.\nSecond line of the message.`);
    expect(rows.map((r) => r.resourceId)).toContain(HOSTILE.html);
    const odd = 'a,"b", c ';
    expect(parseCsv(`${cell(odd)}\r\n`)).toEqual([[odd]]);
  });

  test('escape and bidi characters are made visible; text outside them is kept', () => {
    const ids = rowsOf(text).map((r) => r.resourceId);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(ids).toContain('evil\\x1b[31mRED\\x1b[0m\\x1b]0;pwned\\x07bucket');
    expect(ids).toContain('invoice\\u202egnp.exe');
    expect(ids).toContain(HOSTILE.wide);
  });
});

describe('formula injection', () => {
  const dangerous = ['=HYPERLINK("http://evil.example","x")', '+1+2', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'];
  const base = FINDINGS.find((f) => f.resourceId === 'orders-db')!;
  const findings: Finding[] = dangerous.map((id) => ({ ...base, resourceId: id, message: id }));
  const rows = rowsOf(formatCsv(makeReport({ findings }), META));

  test.for(dangerous)('%j is prefixed with a single quote', (value) => {
    const row = rows[dangerous.indexOf(value)]!;
    expect(row.resourceId).toBe(`'${value}`);
    expect(row.message).toBe(`'${value}`);
  });

  test('no cell read back starts with a formula character', () => {
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  test('ordinary values are not touched', () => {
    expect(cell('sg-0123')).toBe('sg-0123');
    expect(cell('a-b=c')).toBe('a-b=c');
    expect(cell('')).toBe('');
  });
});

describe('suppressions, baselines and controls', () => {
  test('a suppressed finding: suppressed yes, reason, expiry and source; a PASS never counts as suppressed', () => {
    const rows = rowsOf(formatCsv(suppressedReport(), META));
    expect(rows.find((r) => r.resourceId === HOSTILE.html)).toMatchObject({
      suppressed: 'yes',
      suppressionReason: SUPPRESSION.reason,
      suppressionExpires: '2027-01-31',
      suppressionSource: SUPPRESSION.source,
    });
    expect(rows.find((r) => r.resourceId === 'users-db')).toMatchObject({ suppressed: 'no', suppressionReason: '', suppressionSource: '' });
    expect(rows.find((r) => r.resourceId === 'orders-db')!.suppressed).toBe('no');
  });

  test('baseline state and controls', () => {
    const rows = rowsOf(formatCsv(baselineReport(), META));
    expect(rows.find((r) => r.resourceId === 'orders-db')!.baseline).toBe('new');
    expect(rows.find((r) => r.resourceId === 'users-db')!.baseline).toBe('unchanged');
    const narrowed = FINDINGS.map((f): Finding => (f.resourceId === 'orders-db' ? { ...f, controls: ['RDS.3', 'RDS.4'] } : f));
    expect(rowsOf(formatCsv(makeReport({ findings: narrowed }), META)).find((r) => r.resourceId === 'orders-db')!.controls).toBe('RDS.3 RDS.4');
  });
});
