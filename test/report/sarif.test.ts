import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { describe, expect, test } from 'vitest';
import type { CheckMeta, Finding } from '../../src/model.js';
import { render } from '../../src/report/index.js';
import { fingerprint, formatSarif, MAX_RESULTS, resourceUri } from '../../src/report/sarif.js';
import { DOCS_URL } from '../../src/version.js';
import { baselineReport, COMPLIANCE, FINDINGS, HOSTILE, META, makeReport, manyFailures, SUPPRESSION, suppressedReport } from './fixture.js';
import { errorsOf, sarifSchema, sarifValidator } from './schemas.js';

const validate = sarifValidator();
const parse = (text: string) => JSON.parse(text) as Log;
const sarif = (...args: Parameters<typeof makeReport>) => parse(formatSarif(makeReport(...args), META));
const run = (log: Log) => log.runs[0]!;
const rules = (log: Log) => run(log).tool.driver.rules ?? [];
const results = (log: Log) => run(log).results ?? [];
const fails = FINDINGS.filter((f) => f.status === 'FAIL');

describe('schema', () => {
  test('the vendored schema is the SARIF 2.1.0 one', () => {
    expect(sarifSchema.title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
    expect((sarifSchema.properties as { version: { enum: string[] } }).version.enum).toEqual(['2.1.0']);
  });

  test('the log validates against the official SARIF 2.1.0 schema', () => {
    const ok = validate(sarif());
    expect(errorsOf(validate)).toBe('');
    expect(ok).toBe(true);
  });

  test('a scan with nothing failing validates too', () => {
    const ok = validate(sarif({ findings: [], notes: [] }));
    expect(errorsOf(validate)).toBe('');
    expect(ok).toBe(true);
  });

  test('the validator is live: a region starting at line 0 is refused', () => {
    const log = sarif();
    results(log)[0]!.locations![0]!.physicalLocation!.region!.startLine = 0;
    expect(validate(log)).toBe(false);
  });

  test('JSON with two-space indentation and a trailing newline, the same bytes on every run', () => {
    const text = formatSarif(makeReport(), META);
    expect(text.startsWith('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(formatSarif(makeReport(), META)).toBe(text);
  });
});

describe('run and tool', () => {
  const log = sarif();

  test('one run, driver named aws-posture with version and information URI', () => {
    expect(log.runs).toHaveLength(1);
    const driver = run(log).tool.driver;
    expect(driver).toMatchObject({ name: 'aws-posture', version: '0.1.0', semanticVersion: '0.1.0' });
    expect(driver.informationUri).toBe(DOCS_URL);
  });

  test('automationDetails.id is <category>/<startedAt>, the category per account by default', () => {
    expect(run(log).automationDetails?.id).toBe('aws-posture/123456789012/2026-11-01T12:00:00.000Z');
    const custom = parse(formatSarif(makeReport(), META, { category: 'posture/prod/' }));
    expect(run(custom).automationDetails?.id).toBe('posture/prod/2026-11-01T12:00:00.000Z');
  });

  test('a framework scan gets its own default category', () => {
    const framework = sarif({ compliance: COMPLIANCE });
    expect(run(framework).automationDetails?.id).toBe('aws-posture/123456789012/cis/2026-11-01T12:00:00.000Z');
    expect(run(framework).properties).toMatchObject({ framework: 'cis' });
  });

  test('the invocation succeeded and carries the scan times', () => {
    expect(run(log).invocations?.[0]).toMatchObject({
      executionSuccessful: true,
      startTimeUtc: '2026-11-01T12:00:00.000Z',
      endTimeUtc: '2026-11-01T12:01:05.000Z',
    });
  });

  test('each ERROR finding becomes an error notification naming check, resource and AWS error', () => {
    const notifications = run(log).invocations![0]!.toolExecutionNotifications!;
    const errors = notifications.filter((n) => n.level === 'error');
    expect(errors).toHaveLength(FINDINGS.filter((f) => f.status === 'ERROR').length);
    const s3 = errors.find((n) => n.associatedRule?.id === 's3-bucket-denies-insecure-transport')!;
    expect(s3.message.text).toContain('locked-bucket');
    expect(s3.message.text).toContain('AccessDenied');
    expect(s3.message.text).toContain('s3:GetBucketPolicy');
    expect(rules(log)[s3.associatedRule!.index!]!.id).toBe('s3-bucket-denies-insecure-transport');
  });

  test('scan notes become note notifications, neutralised', () => {
    const notes = run(log).invocations![0]!.toolExecutionNotifications!.filter((n) => n.level === 'note');
    expect(notes.map((n) => n.message.text)).toEqual(['Region ap-east-1 was skipped: \\x1b[2Jnot enabled.']);
  });
});

describe('rules', () => {
  const log = sarif();
  const byId = (id: string) => rules(log).find((r) => r.id === id)!;

  test('one rule per check, in report order, no duplicates', () => {
    const ids = rules(log).map((r) => r.id);
    expect(ids).toEqual(makeReport().checks.map((c) => c.checkId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("a rule's name, descriptions, help and help URI are the check's own, within GitHub limits", () => {
    for (const rule of rules(log)) {
      const m = META.get(rule.id)!;
      expect(rule.name).toBe(m.id.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(''));
      expect(rule.shortDescription!.text).toBe(m.title);
      expect(rule.fullDescription!.text).toBe(m.description);
      expect(rule.shortDescription!.text.length).toBeLessThanOrEqual(1024);
      expect(rule.fullDescription!.text.length).toBeLessThanOrEqual(1024);
      expect(rule.helpUri).toBe(m.references.docs[0] ?? DOCS_URL);
      expect(rule.help!.text.split('\n\n').slice(0, 3)).toEqual([m.description, `Risk: ${m.risk}`, `Remediation: ${m.remediation.text}`]);
      // The fixture's descriptions hold no Markdown syntax, so the first paragraph is the description as written.
      expect(m.description).toMatch(/^[\w .,-]+$/);
      expect(rule.help!.markdown!.split('\n\n')[0]).toBe(m.description);
      expect(rule.properties!.precision).toBe('very-high');
    }
    const s3 = byId('s3-bucket-denies-insecure-transport');
    expect(s3.name).toBe('S3BucketDeniesInsecureTransport');
    expect(s3.shortDescription!.text).toBe('S3 buckets deny requests that do not use TLS');
  });

  test('help carries risk, remediation, console, the CLI in a code block and the doc links', () => {
    const md = byId('s3-bucket-denies-insecure-transport').help!.markdown!;
    expect(md).toContain('**Risk.**');
    expect(md).toContain('**Remediation.** Add a bucket policy statement that denies s3:\\* when');
    expect(md).toContain('**Console.** S3 \\> bucket');
    expect(md).toContain('```sh\naws s3api put-bucket-policy --bucket <bucket> --policy file://deny-http.json\n```');
    expect(md).toContain('CIS AWS Foundations Benchmark v5.0.0 2.1.1, v3.0.0 2.1.1');
    expect(md).toContain('<https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html>');
    expect(byId('s3-bucket-denies-insecure-transport').help!.text).toContain('CLI: aws s3api put-bucket-policy');
  });

  test('tags: security, pillar, service and the CIS and Security Hub ids', () => {
    expect(byId('s3-bucket-denies-insecure-transport').properties!.tags).toEqual([
      'security',
      'transit',
      's3',
      'CIS-5.0-2.1.1',
      'CIS-3.0-2.1.1',
      'FSBP-S3.5',
    ]);
    // A control outside FSBP stays a Security Hub reference; an unconfirmed one counts as FSBP.
    expect(byId('ec2-sg-no-ssh-from-internet').properties!.tags).toEqual(['security', 'prevention', 'ec2', 'CIS-5.0-5.2', 'SecurityHub-EC2.13']);
    expect(byId('iam-root-mfa-enabled').properties!.tags).toEqual(['security', 'iam', 'CIS-5.0-1.4', 'CIS-3.0-1.5', 'FSBP-IAM.9']);
  });

  test('never more than 20 tags', () => {
    const crowded: CheckMeta = {
      ...META.get('rds-instance-storage-encrypted')!,
      references: { securityHub: { ids: Array.from({ length: 30 }, (_, i) => `RDS.${i}`), standard: 'fsbp' }, docs: [] },
    };
    const log = parse(formatSarif(makeReport(), new Map([...META, [crowded.id, crowded]])));
    const tags = rules(log).find((r) => r.id === crowded.id)!.properties!.tags!;
    expect(tags).toHaveLength(20);
    expect(tags[0]).toBe('security');
  });

  // GitHub bands: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
  test.for([
    ['iam-root-mfa-enabled', 9.0, 10.0, 'error'],
    ['elbv2-listener-uses-tls', 7.0, 8.9, 'error'],
    ['s3-bucket-denies-insecure-transport', 4.0, 6.9, 'warning'],
    ['iam-password-policy-reuse', 0.1, 3.9, 'note'],
  ] as const)('%s: security-severity in [%d, %d], level %s', ([id, low, high, level]) => {
    const rule: ReportingDescriptor = byId(id);
    const score = rule.properties!['security-severity'] as string;
    expect(typeof score).toBe('string');
    expect(Number(score)).toBeGreaterThanOrEqual(low);
    expect(Number(score)).toBeLessThanOrEqual(high);
    expect(rule.defaultConfiguration!.level).toBe(level);
    expect(rule.properties!.tags).toContain('security');
  });

  test('informational has no security-severity and is a note', () => {
    const rule = byId('iam-access-analyzer-enabled');
    expect(rule.properties).not.toHaveProperty('security-severity');
    expect(rule.defaultConfiguration!.level).toBe('note');
  });
});

describe('results', () => {
  const log = sarif();

  test('one result per FAIL, none for PASS or ERROR', () => {
    expect(results(log)).toHaveLength(fails.length);
    expect(results(log).map((r) => r.properties!.resourceId)).toEqual(fails.map((f) => f.resourceId));
  });

  test('ruleId and ruleIndex agree, and the level follows the severity', () => {
    for (const r of results(log)) {
      expect(rules(log)[r.ruleIndex!]!.id).toBe(r.ruleId);
      expect(r.level).toBe(rules(log)[r.ruleIndex!]!.defaultConfiguration!.level);
    }
  });

  test('every result has exactly one location with a physical pseudo-path and a region', () => {
    for (const r of results(log)) {
      expect(r.locations).toHaveLength(1);
      expect(r.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1, startColumn: 1, endColumn: 2 });
    }
  });

  test("no location URI contains ':', a scheme, or a '.' segment", () => {
    for (const r of results(log)) {
      const uri = r.locations![0]!.physicalLocation!.artifactLocation!.uri!;
      expect(uri).not.toContain(':');
      expect(uri).toMatch(/^aws\/123456789012\/[a-z0-9-]+\/[a-z0-9]+\/[^/]+$/);
      expect(uri.split('/')).not.toContain('.');
      expect(uri.split('/')).not.toContain('..');
      expect(uri).toMatch(/^[A-Za-z0-9\-._~%/]+$/);
    }
  });

  test('the pseudo-path encodes the resource id as one segment', () => {
    const uri = (resourceId: string) => resourceUri({ accountId: '123456789012', region: 'us-east-1', service: 's3', resourceId });
    expect(uri('my-bucket')).toBe('aws/123456789012/us-east-1/s3/my-bucket');
    expect(uri('app/web/1')).toBe('aws/123456789012/us-east-1/s3/app%2Fweb%2F1');
    expect(uri('arn:aws:s3:::b')).toBe('aws/123456789012/us-east-1/s3/arn%3Aaws%3As3%3A%3A%3Ab');
    expect(uri('..')).toBe('aws/123456789012/us-east-1/s3/%2E%2E');
    expect(uri('')).toBe('aws/123456789012/us-east-1/s3/_');
    expect(uri("a(b)*'!")).toBe('aws/123456789012/us-east-1/s3/a%28b%29%2A%27%21');
    const long = uri(HOSTILE.long);
    expect(long.length).toBeLessThan(240);
    expect(long).not.toBe(uri(`${HOSTILE.long}y`));
  });

  test('the ARN is a logical location of kind resource', () => {
    const r = results(log).find((x) => x.ruleId === 'rds-instance-storage-encrypted')!;
    expect(r.locations![0]!.logicalLocations).toEqual([
      { name: 'orders-db', fullyQualifiedName: 'arn:aws:rds:us-east-1:123456789012:db:orders-db', kind: 'resource' },
    ]);
  });

  test('messages are sentences with control characters shown, not raw', () => {
    for (const r of results(log)) {
      expect(r.message.text).toMatch(/[.!?]$/);
      expect(r.message.text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
    expect(results(log).map((r) => r.message.text)).toContain('Bucket <img src=x onerror=alert(1)> allows plain HTTP.');
  });
});

describe('fingerprints', () => {
  const hashes = (log: Log) => results(log).map((r: Result) => r.partialFingerprints!.primaryLocationLineHash);

  test('identical across scans whose messages and times differ', () => {
    const first = sarif();
    const reworded = FINDINGS.map((f): Finding => ({ ...f, message: `${f.message} Seen again.` }));
    const second = sarif({ findings: reworded, startedAt: '2026-12-01T00:00:00.000Z', finishedAt: '2026-12-01T00:09:00.000Z' });
    expect(hashes(second)).toEqual(hashes(first));
    expect(run(second).automationDetails?.id).not.toBe(run(first).automationDetails?.id);
  });

  test('unique per resource within a run', () => {
    const all = hashes(sarif());
    expect(new Set(all).size).toBe(all.length);
  });

  test('derived from check, account, region and resource', () => {
    const base = { checkId: 'c', accountId: '1', region: 'r', resourceArn: 'arn:x', resourceId: 'x' };
    expect(fingerprint(base)).toBe(createHash('sha256').update('c|1|r|arn:x').digest('hex'));
    expect(fingerprint({ ...base, resourceArn: '' })).toBe(createHash('sha256').update('c|1|r|id:x').digest('hex'));
    expect(fingerprint({ ...base, resourceId: 'renamed' })).toBe(fingerprint(base));
    for (const change of [{ checkId: 'd' }, { accountId: '2' }, { region: 's' }, { resourceArn: 'arn:y' }]) {
      expect(fingerprint({ ...base, ...change })).not.toBe(fingerprint(base));
    }
    // Without an ARN the resource id stands in, so ARN-less resources do not share one alert.
    expect(fingerprint({ ...base, resourceArn: '', resourceId: 'a' })).not.toBe(fingerprint({ ...base, resourceArn: '', resourceId: 'b' }));
  });
});

describe('GitHub limits', () => {
  test(`at most ${MAX_RESULTS} results, the most severe kept, the rest counted`, () => {
    const findings = [
      ...manyFailures(15, 'low', 'iam-password-policy-reuse'),
      ...manyFailures(MAX_RESULTS - 10, 'medium', 'rds-instance-storage-encrypted'),
      ...manyFailures(5, 'critical', 'iam-root-mfa-enabled'),
    ];
    const log = parse(formatSarif(makeReport({ findings }), META));
    const kept = results(log);
    expect(kept).toHaveLength(MAX_RESULTS);
    expect(kept.filter((r) => r.properties!.severity === 'critical')).toHaveLength(5);
    expect(kept.filter((r) => r.properties!.severity === 'low')).toHaveLength(5);
    expect(run(log).properties).toMatchObject({ resultLimit: MAX_RESULTS, resultsDropped: 10 });
    // The report's order is kept among what stays.
    expect(kept[0]!.properties!.severity).toBe('low');
    expect(kept.at(-1)!.properties!.severity).toBe('critical');
  });

  test('nothing dropped under the limit', () => {
    expect(run(sarif()).properties).toMatchObject({ resultsDropped: 0 });
  });
});

describe('suppressions', () => {
  const report = suppressedReport();
  const suppressedIds = [HOSTILE.html];

  test('suppressed FAIL and ERROR results are left out by default, and counted', () => {
    const log = parse(formatSarif(report, META));
    const ids = results(log).map((r) => r.properties!.resourceId);
    for (const id of suppressedIds) expect(ids).not.toContain(id);
    expect(results(log)).toHaveLength(fails.length - 1);
    const notifications = run(log).invocations![0]!.toolExecutionNotifications!;
    expect(notifications.some((n) => n.message.text?.includes('locked-bucket'))).toBe(false);
    expect(run(log).properties).toMatchObject({ suppressed: 2, suppressedIncluded: false, errors: 1 });
    expect(results(log).every((r) => r.suppressions === undefined)).toBe(true);
  });

  test('with includeSuppressed they are results with an external, accepted suppression giving the reason', () => {
    const log = parse(formatSarif(report, META, { includeSuppressed: true }));
    const ok = validate(log);
    expect(errorsOf(validate)).toBe('');
    expect(ok).toBe(true);
    expect(results(log)).toHaveLength(fails.length);
    const r = results(log).find((x) => x.properties!.resourceId === HOSTILE.html)!;
    expect(r.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: SUPPRESSION.reason, properties: { source: SUPPRESSION.source, expires: '2027-01-31' } },
    ]);
    expect(results(log).filter((x) => x.suppressions).length).toBe(1);
    // The fingerprint does not change with the suppression: the alert is the same one.
    expect(r.partialFingerprints).toEqual(results(sarif()).find((x) => x.properties!.resourceId === HOSTILE.html)!.partialFingerprints);
    const locked = run(log).invocations![0]!.toolExecutionNotifications!.find((n) => n.message.text?.includes('locked-bucket'))!;
    expect(locked.level).toBe('note');
    expect(locked.message.text).toContain('Suppressed (.aws-posture.yml suppressions[0])');
    expect(run(log).properties).toMatchObject({ suppressed: 2, suppressedIncluded: true, errors: 2 });
  });

  test('render passes includeSuppressed through', () => {
    expect(render('sarif', report, META, { includeSuppressed: true })).toBe(formatSarif(report, META, { includeSuppressed: true }));
    expect(render('sarif', report, META)).toBe(formatSarif(report, META));
  });
});

describe('baselines and controls', () => {
  test('results carry baselineState new or unchanged; fixed findings are not results', () => {
    const log = parse(formatSarif(baselineReport(), META));
    const ok = validate(log);
    expect(errorsOf(validate)).toBe('');
    expect(ok).toBe(true);
    const state = (id: string) => results(log).find((r) => r.properties!.resourceId === id)!.baselineState;
    expect(state('orders-db')).toBe('new');
    expect(state('sg-0123456789abcdef0')).toBe('new');
    expect(state('<root_account>')).toBe('unchanged');
    expect(results(log).some((r) => r.properties!.resourceId === 'old-db')).toBe(false);
    expect(results(sarif()).every((r) => r.baselineState === undefined)).toBe(true);
  });

  test('a finding narrowed to some controls names them in its properties', () => {
    const findings = FINDINGS.map((f): Finding => (f.resourceId === 'orders-db' ? { ...f, controls: ['RDS.3'] } : f));
    const r = results(sarif({ findings })).find((x) => x.properties!.resourceId === 'orders-db')!;
    expect(r.properties!.controls).toEqual(['RDS.3']);
  });
});
