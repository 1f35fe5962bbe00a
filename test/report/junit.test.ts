import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/model.js';
import { formatJunit } from '../../src/report/junit.js';
import { xmlAttr, xmlText } from '../../src/report/markup.js';
import { baselineReport, FINDINGS, HOSTILE, META, makeReport, SUPPRESSION, suppressedReport } from './fixture.js';

interface XmlCase {
  '@_name': string;
  '@_classname': string;
  failure?: { '#text': string; '@_message': string; '@_type': string };
  error?: { '#text': string; '@_message': string; '@_type': string };
  skipped?: { '#text': string; '@_message': string };
}
interface XmlSuite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_errors': string;
  '@_skipped': string;
  '@_hostname': string;
  properties: { property: Array<{ '@_name': string; '@_value': string }> };
  testcase?: XmlCase[];
}
interface XmlDoc {
  testsuites: { '@_tests': string; '@_failures': string; '@_errors': string; '@_skipped': string; '@_time': string; '@_timestamp': string; testsuite: XmlSuite[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  // Decodes numeric character references (&#10;) as any XML parser must.
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
});
const parse = (xml: string) => parser.parse(xml) as XmlDoc;
// Characters XML 1.0 forbids anywhere in a document, even as character references.
const XML_FORBIDDEN = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

const xml = formatJunit(makeReport(), META);
const doc = parse(xml);
const suite = (d: XmlDoc, id: string) => d.testsuites.testsuite.find((s) => s['@_name'] === id)!;
const cases = (d: XmlDoc, id: string) => suite(d, id).testcase ?? [];

describe('well-formed XML', () => {
  test('parses, with an XML declaration and a single testsuites root', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    expect(xml.endsWith('</testsuites>\n')).toBe(true);
  });

  test('no character XML 1.0 forbids, and no raw control or bidi character', () => {
    expect(xml).not.toMatch(XML_FORBIDDEN);
    expect(xml).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/);
  });

  test('a report with every kind of result validates too', () => {
    for (const report of [suppressedReport(), baselineReport(), makeReport({ findings: [] })]) {
      expect(XMLValidator.validate(formatJunit(report, META))).toBe(true);
    }
  });
});

describe('mapping', () => {
  test('totals on the root: every finding a test, FAIL failures, ERROR errors, duration of the scan', () => {
    expect(doc.testsuites).toMatchObject({ '@_tests': '17', '@_failures': '13', '@_errors': '2', '@_skipped': '0', '@_time': '65.000', '@_timestamp': '2026-11-01T12:00:00' });
  });

  test('one suite per check in report order, nothing-in-scope checks as empty suites', () => {
    expect(doc.testsuites.testsuite.map((s) => s['@_name'])).toEqual(makeReport().checks.map((c) => c.checkId));
    const kms = suite(doc, 'kms-key-rotation-enabled');
    expect(kms['@_tests']).toBe('0');
    expect(kms.testcase).toBeUndefined();
    expect(kms.properties.property).toContainEqual({ '@_name': 'state', '@_value': 'not-applicable' });
    expect(kms.properties.property).toContainEqual({ '@_name': 'note', '@_value': 'No AWS::KMS::Key in scope in eu-west-1, us-east-1.' });
  });

  test('suite counts, the account as hostname, and the check metadata as properties', () => {
    const s3 = suite(doc, 's3-bucket-denies-insecure-transport');
    expect(s3).toMatchObject({ '@_tests': '8', '@_failures': '7', '@_errors': '1', '@_skipped': '0', '@_hostname': '123456789012' });
    const props = Object.fromEntries(s3.properties.property.map((p) => [p['@_name'], p['@_value']]));
    expect(props).toMatchObject({ pillar: 'transit', service: 's3', severity: 'medium', resourceType: 'AWS::S3::Bucket', 'cis-v5': '2.1.1', securityHub: 'S3.5', state: 'fail' });
  });

  test('a test case per resource, named by resource and region, classed by pillar and check', () => {
    const rds = cases(doc, 'rds-instance-storage-encrypted');
    expect(rds.map((c) => c['@_name'])).toEqual(['orders-db (us-east-1)', 'users-db (us-east-1)']);
    expect(rds[0]!['@_classname']).toBe('aws-posture.rest.rds-instance-storage-encrypted');
    // PASS: a bare test case.
    expect(rds[1]!.failure ?? rds[1]!.error ?? rds[1]!.skipped).toBeUndefined();
  });

  test('FAIL: a failure with the message, the severity as type, the resource and the remediation', () => {
    const failure = cases(doc, 'rds-instance-storage-encrypted')[0]!.failure!;
    expect(failure['@_message']).toBe('DB instance orders-db does not encrypt its storage at rest.');
    expect(failure['@_type']).toBe('medium');
    const body = failure['#text'];
    expect(body).toContain('Resource: arn:aws:rds:us-east-1:123456789012:db:orders-db (AWS::RDS::DBInstance)');
    expect(body).toContain('Remediation: Change the setting.');
    expect(body).toContain('CLI: aws service update --setting on');
    expect(cases(doc, 'elbv2-listener-uses-tls')[0]!.failure!['#text']).toContain('Documentation: https://docs.aws.amazon.com/example.html');
  });

  test('ERROR: an error with the AWS error code as type and the refused action', () => {
    const error = cases(doc, 's3-bucket-denies-insecure-transport').find((c) => c.error)!.error!;
    expect(error['@_type']).toBe('AccessDenied');
    expect(error['#text']).toContain('AWS error: AccessDenied (access-denied) on s3:GetBucketPolicy');
  });

  test('suppressed results are skipped, with the reason; counts move from failures and errors to skipped', () => {
    const d = parse(formatJunit(suppressedReport(), META));
    expect(d.testsuites).toMatchObject({ '@_tests': '17', '@_failures': '12', '@_errors': '1', '@_skipped': '2' });
    const s3 = suite(d, 's3-bucket-denies-insecure-transport');
    expect(s3).toMatchObject({ '@_failures': '6', '@_errors': '0', '@_skipped': '2' });
    const skipped = cases(d, 's3-bucket-denies-insecure-transport').filter((c) => c.skipped);
    expect(skipped).toHaveLength(2);
    expect(skipped[0]!.skipped!['@_message']).toBe(`Suppressed until 2027-01-31 by ${SUPPRESSION.source}: ${SUPPRESSION.reason}`);
    expect(skipped.map((c) => c.skipped!['#text'].split('\n')[0]!.split(':')[0])).toEqual(['FAIL', 'ERROR']);
    // A PASS that carries a suppression by mistake still passes.
    expect(cases(d, 'rds-instance-storage-encrypted')[1]!.skipped).toBeUndefined();
  });

  test('a result new since the baseline says so', () => {
    const d = parse(formatJunit(baselineReport(), META));
    expect(cases(d, 'rds-instance-storage-encrypted')[0]!.failure!['#text']).toContain('New since the baseline scan.');
    expect(cases(d, 'iam-root-mfa-enabled')[0]!.failure!['#text']).not.toContain('New since');
  });
});

describe('hostile text', () => {
  const names = (id: string) => cases(doc, id).map((c) => c['@_name']);

  test('markup in a resource name is text: the parsed name is exactly the name', () => {
    expect(names('s3-bucket-denies-insecure-transport')).toContain(`${HOSTILE.html} (us-east-1)`);
    expect(xml).not.toContain('<img');
  });

  test('control characters, newlines and bidi overrides are visible escapes, in attributes and in text', () => {
    const all = names('s3-bucket-denies-insecure-transport');
    expect(all).toContain('evil\\x1b[31mRED\\x1b[0m\\x1b]0;pwned\\x07bucket (eu-west-1)');
    expect(all).toContain('two\\x0alines\\x0d\\x0abucket (eu-west-1)');
    expect(all).toContain('invoice\\u202egnp.exe (us-east-1)');
    const bodies = cases(doc, 's3-bucket-denies-insecure-transport').map((c) => c.failure?.['#text'] ?? '');
    expect(bodies.some((b) => b.includes('csi\\x9b31mbucket'))).toBe(true);
  });

  test('a message with a line break stays one line in the message attribute', () => {
    const failure = cases(doc, 's3-bucket-denies-insecure-transport').find((c) => c['@_name'].startsWith('two'))!.failure!;
    expect(failure['@_message']).toBe('Bucket two lines bucket has no policy. Second line of the message.');
  });

  test('a resource id with characters XML forbids (NUL, U+FFFE, a lone surrogate) still gives a valid document', () => {
    const base = FINDINGS.find((f) => f.resourceId === 'orders-db')!;
    const findings: Finding[] = [{ ...base, resourceId: 'a\u0000b\ufffec\ud800d]]>&"\'', message: 'x\u0001y' }];
    const out = formatJunit(makeReport({ findings }), META);
    expect(out).not.toMatch(XML_FORBIDDEN);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(cases(parse(out), 'rds-instance-storage-encrypted')[0]!['@_name']).toBe('a\\x00b\\ufffec\ufffdd]]>&"\' (us-east-1)');
  });
});

describe('escaping helpers', () => {
  test('xmlText escapes markup, keeps tab and LF, writes CR as a reference, shows forbidden characters', () => {
    expect(xmlText('a<b>&c\t\n\r]]>')).toBe('a&lt;b&gt;&amp;c\t\n&#13;]]&gt;');
    expect(xmlText('\u0000\u0008\ufffe\uffff')).toBe('\\x00\\x08\\ufffe\\uffff');
    expect(xmlText('\ud83d\ude00')).toBe('\ud83d\ude00');
  });

  test('xmlAttr also escapes quotes and keeps whitespace through attribute normalisation', () => {
    expect(xmlAttr(`"'\t\n\r`)).toBe('&quot;&apos;&#9;&#10;&#13;');
    const round = parser.parse(`<a v="${xmlAttr('x\ty\nz\r"q\'')}"/>`) as { a: { '@_v': string } };
    expect(round.a['@_v']).toBe('x\ty\nz\r"q\'');
  });
});
