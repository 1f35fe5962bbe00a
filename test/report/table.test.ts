import { describe, expect, test } from 'vitest';
import { SERVICES, SEVERITIES, severityRank } from '../../src/model.js';
import { formatTable } from '../../src/report/table.js';
import { displayWidth } from '../../src/report/text.js';
import { baselineReport, COMPLIANCE, HOSTILE, META, makeReport, suppressedReport } from './fixture.js';

// Every escape sequence a terminal would act on starts with ESC (0x1b) or the 8-bit CSI (0x9b).
const ESCAPE = /[\u001b\u009b]/;
const SGR = /\u001b\[[0-9;]*m/g;

const plain = (options: { showPassed?: boolean; width?: number } = {}) => formatTable(makeReport(), META, { color: false, ...options });
const lines = (text: string) => text.replace(/\n$/, '').split('\n');

describe('layout', () => {
  test.for([40, 60, 80, 100, 132])('every line fits in %i columns', (width) => {
    for (const showPassed of [false, true]) {
      for (const line of lines(plain({ width, showPassed }))) {
        expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      }
    }
  });

  test('defaults to 80 columns', () => {
    const out = plain();
    for (const line of lines(out)) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(Math.max(...lines(out).map(displayWidth))).toBeGreaterThan(60);
  });

  test('keeps at least 40 columns when asked for fewer', () => {
    for (const line of lines(plain({ width: 10 }))) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });

  test('ends with exactly one newline', () => {
    expect(plain()).toMatch(/[^\n]\n$/);
  });
});

describe('colour', () => {
  test('no escape sequence at all without colour', () => {
    expect(plain({ showPassed: true })).not.toMatch(ESCAPE);
  });

  test('colours status and severity when asked, and only adds colour', () => {
    const coloured = formatTable(makeReport(), META, { color: true, showPassed: true });
    expect(coloured).toMatch(/\u001b\[31m\u001b\[1mFAIL/);
    expect(coloured).toMatch(/\u001b\[33m\u001b\[1mERROR/);
    expect(coloured).toMatch(/\u001b\[32mPASS/);
    expect(coloured).toMatch(/\u001b\[35m\u001b\[1mcritical/);
    expect(coloured.replace(SGR, '')).toBe(plain({ showPassed: true }));
  });
});

describe('hostile resource names', () => {
  const out = plain();

  test('ANSI escapes in an id or message are shown, not interpreted', () => {
    expect(out).not.toMatch(ESCAPE);
    expect(out).toContain('evil\\x1b[31mRED\\x1b[0m\\x1b]0;pwned\\x07bucket');
    expect(out).toContain('csi\\x9b31mbucket');
  });

  test('a newline in an id does not start a new line of the report', () => {
    expect(out).toContain('two\\x0alines\\x0d\\x0abucket');
    expect(lines(out).some((l) => l.startsWith('lines'))).toBe(false);
  });

  test('bidi overrides are shown, not applied', () => {
    expect(out).toContain('invoice\\u202egnp.exe');
    expect(out).not.toContain('\u202e');
  });

  test('HTML-like names are printed as text', () => {
    expect(out).toContain('<img src=x onerror=alert(1)>');
  });

  test('a 300-character id is wrapped, and all of it is there', () => {
    expect(out.replace(/\s+/g, '')).toContain(HOSTILE.long);
  });

  test('notes are neutralised too', () => {
    expect(out).toContain('\\x1b[2Jnot enabled.');
  });
});

describe('content', () => {
  test('the header names the account, principal, regions, source and time', () => {
    const head = lines(plain()).slice(0, 8).join('\n');
    expect(head).toContain('aws-posture 0.1.0');
    expect(head).toMatch(/Account\s+123456789012 \(aws\)/);
    expect(head).toMatch(/Principal\s+arn:aws:iam::123456789012:user\/auditor/);
    expect(head).toMatch(/Regions\s+eu-west-1, us-east-1/);
    expect(head).toMatch(/Source\s+live AWS API/);
    expect(head).toMatch(/Started\s+2026-11-01T12:00:00.000Z/);
    expect(head).toMatch(/Finished\s+2026-11-01T12:01:05.000Z \(1m 5s\)/);
  });

  test('pillars come in model order, each once', () => {
    const headings = lines(plain()).filter((l) => /^[A-Z]+ - /.test(l)).map((l) => l.split(' ')[0]);
    expect(headings).toEqual(['TRANSIT', 'REST', 'PREVENTION', 'DETECTION', 'IAM']);
  });

  test('within a pillar: FAIL, then ERROR, then PASS, each by severity', () => {
    const out = lines(plain({ showPassed: true }));
    const start = out.findIndex((l) => l.startsWith('TRANSIT'));
    const end = out.findIndex((l, i) => i > start && l === '');
    const rows = out.slice(start, end).filter((l) => /^(FAIL|ERROR|PASS) /.test(l)).map((l) => l.split(/\s+/).slice(0, 2).join(' '));
    expect(rows[0]).toBe('FAIL high');
    expect(rows.slice(1, 8).every((r) => r === 'FAIL medium')).toBe(true);
    expect(rows.slice(8)).toEqual(['ERROR medium', 'PASS high']);

    const iam = out.slice(out.findIndex((l) => l.startsWith('IAM'))).filter((l) => /^FAIL /.test(l));
    expect(iam.map((l) => l.split(/\s+/)[1])).toEqual(['critical', 'low', 'info']);
  });

  test('PASS findings appear only with showPassed', () => {
    expect(plain()).not.toMatch(/^PASS /m);
    expect(plain({ showPassed: true })).toMatch(/^PASS\s+medium\s+rds-instance-storage-encrypted\s+us-east-1\s+users-db/m);
  });

  test('a finding shows status, severity, check, region and resource, then its message indented', () => {
    const out = lines(plain());
    const i = out.findIndex((l) => l.includes('ec2-sg-no-ssh-from-internet'));
    expect(out[i]).toBe('FAIL  high     ec2-sg-no-ssh-from-internet  eu-west-1  sg-0123456789abcdef0');
    expect(out[i + 1]).toBe('               Security group sg-0123456789abcdef0 allows TCP port 22 from');
    expect(out[i + 2]).toBe('               0.0.0.0/0.');
  });

  test('ERROR findings carry the AWS error in their message', () => {
    expect(plain()).toMatch(/^ERROR high\s+cloudtrail-multi-region-enabled\s+global/m);
    expect(plain()).toContain('access denied to cloudtrail:DescribeTrails');
  });

  test('checks with nothing in scope are listed with their note', () => {
    const out = plain();
    expect(out).toContain('Nothing in scope (1 check)');
    expect(out).toContain('kms-key-rotation-enabled: No AWS::KMS::Key in scope in eu-west-1, us-east-1.');
  });

  test('the summary counts by pillar, by severity of FAIL, and in total', () => {
    const out = plain();
    expect(out).toMatch(/^ {2}transit\s+1\s+8\s+1$/m);
    expect(out).toMatch(/^ {2}rest\s+1\s+1\s+0$/m);
    expect(out).toMatch(/^ {2}prevention\s+0\s+1\s+0$/m);
    expect(out).toMatch(/^ {2}detection\s+0\s+0\s+1$/m);
    expect(out).toMatch(/^ {2}iam\s+0\s+3\s+0$/m);
    expect(out).toMatch(/^ {2}total\s+2\s+13\s+2$/m);
    expect(out).toContain('FAIL by severity: critical 1, high 2, medium 8, low 1, informational 1');
    expect(out.replace(/\n\s+/g, ' ')).toContain(
      'Total: 9 checks (7 failing, 1 with errors, 0 passing, 1 nothing in scope); 17 findings (13 FAIL, 2 ERROR, 2 PASS).',
    );
  });

  test('a clean scan says so', () => {
    const out = formatTable(makeReport({ findings: [] }), META, { color: false });
    expect(out).toContain('No FAIL or ERROR findings.');
    expect(out).toContain('Nothing in scope (9 checks)');
  });
});

describe('compliance view', () => {
  const report = makeReport({ compliance: COMPLIANCE });

  test('lists failing and errored controls with their checks, and counts the rest', () => {
    const out = formatTable(report, META, { color: false });
    expect(out).toContain('COMPLIANCE - CIS AWS Foundations Benchmark v5.0.0');
    expect(out.replace(/\n\s+/g, ' ')).toContain('7 controls: 1 pass, 3 fail, 1 error, 0 nothing in scope, 1 manual, 1 not covered.');
    expect(out).toMatch(/^FAIL  1\.4  The root user has MFA enabled$/m);
    expect(out).toMatch(/^ {8}checks: iam-root-mfa-enabled$/m);
    expect(out).toMatch(/^ERROR 3\.1  A multi-Region CloudTrail trail is logging$/m);
    expect(out).not.toMatch(/^PASS  5\.2/m);
    expect(formatTable(report, META, { color: false, showPassed: true })).toMatch(/^PASS  5\.2  No security group allows SSH/m);
  });

  test('fits the width and colours only when asked', () => {
    for (const width of [40, 80]) {
      for (const line of lines(formatTable(report, META, { color: false, width }))) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
    expect(formatTable(report, META, { color: false })).not.toMatch(ESCAPE);
    expect(formatTable(report, META, { color: true }).replace(SGR, '')).toBe(formatTable(report, META, { color: false }));
  });

  test('absent without a framework', () => {
    expect(plain()).not.toContain('COMPLIANCE');
  });
});

describe('suppressions', () => {
  const out = formatTable(suppressedReport(), META, { color: false });

  test('a suppressed result is listed after the open ones, with its reason, expiry and source', () => {
    const rows = lines(out);
    const i = rows.findIndex((l) => l.includes('locked-bucket'));
    expect(rows[i]).toMatch(/^ERROR medium\s+s3-bucket-denies-insecure-transport\s+eu-west-1\s+locked-bucket$/);
    const block = rows.slice(i, i + 6).join(' ').replace(/\s+/g, ' ');
    expect(block).toContain('Suppressed until 2027-01-31 by .aws-posture.yml suppressions[0]: Public website bucket <b>reviewed</b> by @security-team');
    const all = lines(formatTable(suppressedReport(), META, { color: false, showPassed: true }));
    const start = all.findIndex((l) => l.startsWith('TRANSIT'));
    const transit = all.slice(start, all.indexOf('', start));
    expect(transit[0]).toBe('TRANSIT - Encryption in transit (7 FAIL, 2 suppressed, 1 PASS)');
    const heads = transit.map((l, n) => ({ l, n })).filter((h) => /^(FAIL|ERROR|PASS) /.test(h.l));
    // The open FAILs, then the two suppressed (a FAIL and an ERROR), then the PASS.
    expect(heads.map((h) => h.l.split(/\s+/)[0])).toEqual([...Array(8).fill('FAIL'), 'ERROR', 'PASS']);
    const htmlLine = transit.findIndex((l) => l.includes(HOSTILE.html));
    expect(heads.filter((h) => h.n <= htmlLine)).toHaveLength(8);
    expect(heads[8]!.l).toContain('locked-bucket');
  });

  test('the summary counts suppressed results in their own column, not as FAIL or ERROR', () => {
    expect(out).toMatch(/^ {2}pillar\s+PASS\s+FAIL\s+ERROR\s+SUPPR$/m);
    expect(out).toMatch(/^ {2}transit\s+1\s+7\s+0\s+2$/m);
    expect(out).toMatch(/^ {2}total\s+2\s+12\s+1\s+2$/m);
    expect(out).toContain('FAIL by severity: critical 1, high 2, medium 7,');
    expect(out.replace(/\n\s+/g, ' ')).toContain('17 findings (12 FAIL, 1 ERROR, 2 PASS, 2 suppressed).');
  });

  test.for([40, 80])('still fits in %i columns', (width) => {
    for (const line of lines(formatTable(suppressedReport(), META, { color: false, width, showPassed: true }))) {
      expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    }
  });

  test('no suppressed column without suppressions', () => {
    expect(plain()).not.toContain('SUPPR');
  });
});

describe('baseline', () => {
  const out = formatTable(baselineReport(), META, { color: false });

  test('new results are marked (new); unchanged ones are not', () => {
    expect(out).toMatch(/^FAIL  high\s+ec2-sg-no-ssh-from-internet\s+eu-west-1\s+sg-0123456789abcdef0\s+\(new\)$/m);
    expect(out).toMatch(/^FAIL  critical iam-root-mfa-enabled\s+global\s+<root_account>$/m);
  });

  test('a baseline section counts new, still failing and fixed, and lists the fixed', () => {
    expect(out).toContain('Baseline');
    expect(out.replace(/\n\s+/g, ' ')).toContain('Compared with baseline.json (scan of 2026-10-01T12:00:00.000Z): 2 new FAIL, 11 still failing, 1 fixed.');
    expect(out).toMatch(/^ {2}FIXED {2}rds-instance-storage-encrypted {2}us-east-1 {2}old-db$/m);
    expect(plain()).not.toContain('Compared with');
  });
});

describe('--group-by', () => {
  const report = makeReport();
  const headings = (text: string) => lines(text).filter((l, i, all) => /^-+$/.test(all[i + 1] ?? '') && l !== '').map((l) => l.replace(/ \(.*$/, ''));
  const listed = (text: string) => lines(text).filter((l) => /^(FAIL|ERROR|PASS) /.test(l));

  test('severity: most severe first, each finding under its own severity', () => {
    const text = formatTable(report, META, { color: false, groupBy: 'severity', width: 200 });
    const shown = report.findings.filter((f) => f.status !== 'PASS');
    const severities = SEVERITIES.filter((s) => shown.some((f) => f.severity === s));
    expect(headings(text).slice(0, severities.length)).toEqual(severities.map((s) => s.toUpperCase()));
    for (const severity of severities) {
      const section = text.slice(text.indexOf(`\n${severity.toUpperCase()} (`), text.indexOf('\n\n', text.indexOf(`\n${severity.toUpperCase()} (`)));
      expect(listed(section).length).toBe(shown.filter((f) => f.severity === severity).length);
    }
  });

  test('service, region and check: the model order, global first then by name, most severe check first', () => {
    const shown = report.findings.filter((f) => f.status !== 'PASS');
    const services = headings(formatTable(report, META, { color: false, groupBy: 'service', width: 200 }));
    expect(services).toEqual(SERVICES.filter((s) => shown.some((f) => f.service === s)).map((s) => s.toUpperCase()));
    const regions = headings(formatTable(report, META, { color: false, groupBy: 'region', width: 200 })).filter((h) => h.startsWith('REGION '));
    const expected = [...new Set(shown.map((f) => f.region))].sort((a, b) => Number(b === 'global') - Number(a === 'global') || a.localeCompare(b));
    expect(regions).toEqual(expected.map((r) => `REGION ${r}`));
    const checks = headings(formatTable(report, META, { color: false, groupBy: 'check', width: 200 })).filter((h) => h.includes(' - '));
    expect(checks.map((h) => h.split(' - ')[0])).toEqual(
      [...new Set(shown.map((f) => f.checkId))].sort((a, b) => severityRank(META.get(a)!.severity) - severityRank(META.get(b)!.severity) || (a < b ? -1 : 1)),
    );
    expect(checks[0]).toBe(`${checks[0]!.split(' - ')[0]} - ${META.get(checks[0]!.split(' - ')[0]!)!.title}`);
  });

  test('pillar is the default, with the headings as before', () => {
    expect(formatTable(report, META, { color: false, groupBy: 'pillar' })).toBe(plain());
    expect(headings(plain())[0]).toMatch(/^TRANSIT - Encryption in transit$/);
  });
});

describe('compact', () => {
  const report = makeReport();
  test.for([40, 80, 132])('one line per finding, within %i columns, the message cut with an ellipsis', (width) => {
    const text = formatTable(report, META, { color: false, compact: true, width, showPassed: true });
    const findingLines = lines(text).filter((l) => /^(FAIL|ERROR|PASS) /.test(l));
    expect(findingLines).toHaveLength(report.findings.length);
    for (const line of lines(text)) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    expect(findingLines.some((l) => l.endsWith('\u2026'))).toBe(true);
  });

  test('a line holds status, severity, check, region, resource and as much of the message as fits', () => {
    const f = report.findings.find((x) => x.checkId === 'rds-instance-storage-encrypted' && x.status === 'FAIL')!;
    const line = lines(formatTable(report, META, { color: false, compact: true, width: 300 })).find((l) => l.includes(` ${f.resourceId}  `))!;
    expect(line).toBe(`FAIL  medium   rds-instance-storage-encrypted  ${f.region}  ${f.resourceId}  ${f.message}`);
  });

  test('colours only the status and the severity', () => {
    const coloured = formatTable(report, META, { color: true, compact: true });
    expect(coloured.replace(SGR, '')).toBe(formatTable(report, META, { color: false, compact: true }));
    expect(coloured).toContain('\u001b[31m\u001b[1mFAIL\u001b[22m\u001b[39m');
  });
});
