import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/model.js';
import { COMMENT_LIMIT, formatMarkdown, STEP_SUMMARY_LIMIT } from '../../src/report/markdown.js';
import { mdCode, mdText } from '../../src/report/markup.js';
import { baselineReport, COMPLIANCE, FINDINGS, HOSTILE, META, makeReport, manyFailures, suppressedReport } from './fixture.js';

const md = formatMarkdown(makeReport(), META);
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The text with code spans removed: what Markdown would interpret. */
function outsideCode(text: string): string {
  return text
    .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')
    .split('\n')
    .map((line) => line.replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, ''))
    .join('\n');
}

/** Cells of a table row, split on pipes that are not escaped. */
const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1);

describe('content', () => {
  test('account, regions, scan time and the totals first', () => {
    expect(md.startsWith('## AWS security posture: account `123456789012`\n')).toBe(true);
    expect(md).toContain('**13 FAIL** · **2 ERROR** · 2 PASS from 9 checks.');
    expect(md).toContain('- **Regions:** `eu-west-1`, `us-east-1`');
    expect(md).toContain('- **Scan:** 2026-11-01 12:00:00 UTC (1m 5s), live AWS API');
  });

  test('counts by pillar and by severity', () => {
    expect(md).toContain('| Encryption in transit (transit) | 8 | 1 | 1 |');
    expect(md).toContain('| **Total** | 13 | 2 | 2 |');
    expect(md).toContain('| critical | 1 | 0 | 0 |');
    expect(md).toContain('| medium | 8 | 1 | 1 |');
    expect(md).not.toContain('Suppressed |');
  });

  test('top failures: failing checks by severity, with their remediation, CLI collapsed', () => {
    const top = md.slice(md.indexOf('### Top failures'));
    const headings = top.match(/^#### .*$/gm)!;
    expect(headings[0]).toBe('#### 1. critical: The root user has MFA enabled');
    expect(headings.map((h) => h.split(' ')[2])).toEqual(['critical:', 'high:', 'high:', 'medium:', 'medium:', 'low:', 'informational:']);
    expect(top).toContain('**Remediation.** Add a bucket policy statement that denies s3:\\* when aws:SecureTransport is false.');
    expect(top).toContain('<details><summary>CLI</summary>\n\n```sh\naws s3api put-bucket-policy --bucket <bucket> --policy file://deny-http.json\n```\n\n</details>');
    expect(top).toContain('`s3-bucket-denies-insecure-transport` fails for 7 resources:');
    expect(top).toContain(' and 4 more.');
    expect(formatMarkdown(makeReport(), META, { topChecks: 2 }).match(/^#### /gm)).toHaveLength(2);
  });

  test('every FAIL and ERROR in a collapsed table; PASS findings are not listed', () => {
    expect(md).toContain('<details><summary>13 FAIL findings and 2 ERROR</summary>\n\n| Status | Severity | Check | Region | Resource | Message |');
    expect(md).toContain('| FAIL | medium | `rds-instance-storage-encrypted` | `us-east-1` | `orders-db` | DB instance orders-db does not encrypt its storage at rest. |');
    expect(md).not.toContain('users-db');
  });

  test('a clean scan says so', () => {
    const clean = formatMarkdown(makeReport({ findings: [], notes: [] }), META);
    expect(clean).toContain('No check failed.');
    expect(clean).not.toContain('<details>');
  });

  test('the compliance view lists failing and errored controls', () => {
    const out = formatMarkdown(makeReport({ compliance: COMPLIANCE }), META);
    expect(out).toContain('- **Framework:** CIS AWS Foundations Benchmark v5.0.0: 7 controls, 1 pass, 3 fail, 1 error, 2 manual or not covered');
    expect(out).toContain('| ERROR | `3.1` | A multi-Region CloudTrail trail is logging | `cloudtrail-multi-region-enabled` |');
  });
});

describe('suppressions and baselines', () => {
  test('suppressed findings are counted apart and listed with their reason, not among the failures', () => {
    const out = formatMarkdown(suppressedReport(), META);
    expect(out).toContain('**12 FAIL** · **1 ERROR** · 2 PASS · 2 suppressed from 9 checks.');
    expect(out).toContain('| Pillar | FAIL | ERROR | PASS | Suppressed |');
    expect(out).toContain('| Encryption in transit (transit) | 7 | 0 | 1 | 2 |');
    expect(out).toContain('<details><summary>2 suppressed findings (accepted, not gated on)</summary>');
    const failures = out.slice(out.indexOf('FAIL findings and'), out.indexOf('suppressed findings'));
    expect(failures).not.toContain('locked-bucket');
    expect(out).toMatch(/\| ERROR \| medium \| `s3-bucket-denies-insecure-transport` \| `eu-west-1` \| `locked-bucket` \| Public website bucket .* \| `2027-01-31` \| `\.aws-posture\.yml suppressions\[0\]` \|/);
  });

  test('new results are marked, and fixed ones listed', () => {
    const out = formatMarkdown(baselineReport(), META);
    expect(out).toContain('- **Baseline:** `baseline.json` (scan of 2026-10-01 12:00:00 UTC): **2 new FAIL**, 11 still failing, 1 fixed');
    expect(out).toContain('| FAIL (new) | medium | `rds-instance-storage-encrypted` |');
    expect(out).toContain('<details><summary>1 finding fixed since the baseline</summary>');
    expect(out).toContain('| medium | `rds-instance-storage-encrypted` | `us-east-1` | `old-db` |');
  });
});

describe('escaping', () => {
  const all = [md, formatMarkdown(suppressedReport(), META), formatMarkdown(baselineReport(), META)];

  test('no HTML from AWS text outside code spans: only the tags the reporter writes', () => {
    for (const out of all) {
      const interpreted = outsideCode(out);
      const tags: string[] = interpreted.match(/<\/?[A-Za-z][^>]*>/g) ?? [];
      const allowed: string[] = ['</details>', '</sub>', '</summary>', '<details>', '<sub>', '<summary>'];
      expect([...new Set(tags)].sort()).toEqual(allowed.filter((t) => tags.includes(t)));
      expect(interpreted).not.toContain('<img');
    }
    // In a code span the payload is literal text.
    expect(md).toContain('`<img src=x onerror=alert(1)>`');
    expect(md).toContain('Bucket &lt;img src=x onerror=alert(1)&gt; allows plain HTTP.');
  });

  test('every table row has as many cells as its header', () => {
    for (const out of all) {
      const lines = out.split('\n');
      let width = 0;
      for (const line of lines) {
        if (!line.startsWith('|')) {
          width = 0;
          continue;
        }
        const n = cells(line).length;
        if (width === 0) width = n;
        expect(n, line).toBe(width);
      }
    }
  });

  test('no raw control or bidi character; a newline in AWS text does not break a row', () => {
    for (const out of all) expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(md).toContain('| `two\\x0alines\\x0d\\x0abucket` | Bucket two lines bucket has no policy. Second line of the message. |');
    expect(md).toContain('`invoice\\u202egnp.exe`');
  });

  test('mentions, issue references and autolinks are defused; pipes and emphasis escaped', () => {
    const out = formatMarkdown(suppressedReport(), META);
    expect(out).not.toMatch(/@security-team/);
    expect(out).toContain('@\u2060security-team');
    expect(out).toContain('#\u2060142');
    expect(out).toContain('\\| see wiki');
    expect(mdText('see http://evil.example and www.evil.example or a@b.c')).toBe('see http\u2060://evil.example and www\u2060.evil.example or a@\u2060b.c');
    expect(mdText('*bold* _it_ `code` [link](x) ~~s~~ $x$ a\\b')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\~\\~s\\~\\~ \\$x\\$ a\\\\b');
  });

  test('code spans hold any backtick run and escape pipes only in tables', () => {
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x`')).toBe('`` `x` ``');
    expect(mdCode('a|b')).toBe('`a\\|b`');
    expect(mdCode('a|b', false)).toBe('`a|b`');
    expect(mdCode('')).toBe('');
  });
});

describe('size limits', () => {
  const findings: Finding[] = [...FINDINGS, ...manyFailures(30_000, 'medium', 'rds-instance-storage-encrypted')];
  const report = makeReport({ findings, notes: Array.from({ length: 50 }, (_, i) => `Note ${i}.`) });

  test(`stays under GitHub's 1 MiB step-summary limit when given it, and says what was left out`, () => {
    const out = formatMarkdown(report, META, { maxBytes: STEP_SUMMARY_LIMIT });
    expect(bytes(out)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(bytes(out)).toBeGreaterThan(STEP_SUMMARY_LIMIT - 64 * 1024);
    const note = /> (\d+) rows were left out to keep this summary under 1 MiB\./.exec(out);
    expect(note).not.toBeNull();
    const shownRows = out.split('\n').filter((l) => /^\| (FAIL|ERROR) \|/.test(l)).length;
    const omitted = Number(note![1]);
    // Every FAIL and ERROR row and every note is either shown or counted as left out.
    expect(shownRows + omitted).toBe(30_015 + 50);
    expect(out).toMatch(/_\d+ more not shown\._\n\n<\/details>/);
    // The head of the summary is always there.
    expect(out).toContain('| **Total** | 30013 | 2 | 2 |');
    expect(out.endsWith('<sub>aws-posture 0.1.0</sub>\n')).toBe(true);
  });

  test("by default, GitHub's limit for a pull-request comment: 65,536 characters (counted as bytes)", () => {
    const out = formatMarkdown(report, META);
    expect(out).toBe(formatMarkdown(report, META, { maxBytes: COMMENT_LIMIT }));
    expect(COMMENT_LIMIT).toBe(65_536);
    expect(bytes(out)).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(bytes(out)).toBeGreaterThan(COMMENT_LIMIT - 8 * 1024);
    expect(out).toContain('to keep this summary under 64 KiB.');
    expect(out).toContain('### Top failures');
  });

  test('no note when everything fits', () => {
    expect(md).not.toContain('left out');
  });
});

test('hostile long and wide names are kept whole in code spans', () => {
  expect(md).toContain(`\`${HOSTILE.long}\``);
  expect(md).toContain(`\`${HOSTILE.wide}\``);
});
