import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, formatHtml } from '../../src/report/html.js';
import { html, safeUrl } from '../../src/report/markup.js';
import { baselineReport, COMPLIANCE, HOSTILE, META, makeReport, suppressedReport } from './fixture.js';

const page = formatHtml(makeReport(), META);
const all = [page, formatHtml(suppressedReport(), META), formatHtml(baselineReport(), META), formatHtml(makeReport({ compliance: COMPLIANCE }), META)];
/**
 * The page's markup without the script, the stylesheet and attribute values: what is left are tags, attribute
 * names and text. Escaped text holds no raw `<` or `"`, so an attribute AWS text added would show here.
 */
const markupOf = (out: string) => out.replace(/<(script|style)>[\s\S]*?<\/\1>/g, '').replace(/="[^"]*"/g, '=""');
const STYLE_OF = (out: string) => /<style>([\s\S]*?)<\/style>/.exec(out)![1]!;
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('a self-contained page', () => {
  test('a complete HTML document, the same bytes on every run', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(page.endsWith('</body>\n</html>\n')).toBe(true);
    expect(formatHtml(makeReport(), META)).toBe(page);
  });

  test('the CSP allows exactly the inline script and stylesheet, by hash, and nothing else', () => {
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(CONTENT_SECURITY_POLICY).toBe(
      `default-src 'none'; script-src ${hash(scripts[0]!)}; style-src ${hash(styles[0]!)}; img-src 'none'; base-uri 'none'; form-action 'none'`,
    );
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${html(CONTENT_SECURITY_POLICY)}">`);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|https?:/);
  });

  test('nothing is loaded: no src, no external stylesheet, font, import or url()', () => {
    for (const out of all) {
      const tags = markupOf(out);
      expect(tags).not.toMatch(/<[a-z][^<>]*\ssrc\s*=/i);
      expect(out).not.toMatch(/<link\b|@import|url\(|@font-face/i);
      expect(out.match(/<script\b/g)).toHaveLength(1);
      expect(out.match(/<style\b/g)).toHaveLength(1);
      // No inline handler or style attribute, which the policy would refuse anyway.
      expect(tags).not.toMatch(/<[a-z][^<>]*\son[a-z]+\s*=/i);
      expect(tags).not.toMatch(/<[a-z][^<>]*\sstyle\s*=/i);
    }
  });

  test('the only links are the documentation, absolute https, not followed with a referrer', () => {
    const hrefs = [...page.matchAll(/<a href="([^"]*)" rel="noopener noreferrer">/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(page.match(/<a /g)).toHaveLength(hrefs.length);
    expect(page).toContain('<meta name="referrer" content="no-referrer">');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://x.example/a"b')).toBeUndefined();
  });
});

describe('escaping', () => {
  test('markup in AWS text is text: no element, attribute or entity comes from it', () => {
    for (const out of all) {
      expect(out).not.toContain('<img');
      expect(out).not.toContain('<b>');
    }
    expect(page).toContain('<code class="resource">&#60;img src=x onerror=alert(1)&#62;</code>');
    expect(page).toContain('Bucket &#60;img src=x onerror=alert(1)&#62; allows plain HTTP.');
  });

  test('attribute values cannot be broken out of', () => {
    const quoted = formatHtml(makeReport({ findings: makeReport().findings.map((f) => ({ ...f, resourceId: `"'><svg onload=alert(1)>`, region: `x" onmouseover="alert(1)` })) }), META);
    expect(quoted).not.toMatch(/<svg onload/);
    expect(markupOf(quoted)).not.toMatch(/<[a-z][^<>]*\sonmouseover=/);
    expect(quoted).toContain('data-k-resource="&#34;&#39;&#62;&#60;svg onload=alert(1)&#62;"');
  });

  test('control and bidi characters are visible escapes, never raw', () => {
    for (const out of all) expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(page).toContain('evil\\x1b[31mRED\\x1b[0m\\x1b]0;pwned\\x07bucket');
    expect(page).toContain('invoice\\u202egnp.exe');
    expect(page).toContain('Region ap-east-1 was skipped: \\x1b[2Jnot enabled.');
  });
});

describe('content', () => {
  test('account, regions and time at the top', () => {
    const head = page.slice(page.indexOf('<header>'), page.indexOf('</header>'));
    expect(head).toContain('<code id="account">123456789012</code>');
    expect(head).toContain('<code class="region">eu-west-1</code>, <code class="region">us-east-1</code>');
    expect(head).toContain('<time id="started" datetime="2026-11-01T12:00:00.000Z">');
    expect(head).toContain('(1m 5s)');
  });

  test('counts by status, pillar and severity, with a chart', () => {
    expect(page).toContain('id="count-FAIL" data-count="13"');
    expect(page).toContain('id="count-ERROR" data-count="2"');
    expect(page).toContain('id="count-PASS" data-count="2"');
    expect(page).toContain('id="count-suppressed" data-count="0"');
    expect(page).toContain('<td class="n" data-key="transit" data-state="FAIL">8</td>');
    expect(page).toContain('<td class="n" data-key="critical" data-state="FAIL">1</td>');
    expect(page).toMatch(/<svg id="chart-pillar" role="img"/);
    expect(page).toMatch(/<svg id="chart-severity" role="img"/);
  });

  test('one row per finding, FAIL first, each failing one with its remediation', () => {
    const rows = page.match(/<tr data-i=/g)!;
    expect(rows).toHaveLength(17);
    const states = [...page.matchAll(/<tr data-i="\d+" data-state="([^"]+)"/g)].map((m) => m[1]);
    expect(states).toEqual([...states].sort((a, b) => ['FAIL', 'ERROR', 'suppressed', 'PASS'].indexOf(a!) - ['FAIL', 'ERROR', 'suppressed', 'PASS'].indexOf(b!)));
    expect(page.match(/<details><summary>Remediation<\/summary>/g)).toHaveLength(15);
    expect(page).toContain('<pre><code>aws s3api put-bucket-policy --bucket &#60;bucket&#62; --policy file://deny-http.json</code></pre>');
  });

  test('filters by status (FAIL and ERROR at first), text, severity, pillar, service and region, hidden until the script shows them', () => {
    expect(page).toContain('<form id="filters" hidden>');
    expect(page).toContain(
      '<fieldset id="filter-state"><legend>Status</legend><label><input type="checkbox" name="state" value="FAIL" checked> FAIL (13)</label>' +
        '<label><input type="checkbox" name="state" value="ERROR" checked> ERROR (2)</label><label><input type="checkbox" name="state" value="PASS"> PASS (2)</label></fieldset>',
    );
    expect(page).toContain('<input type="search" name="text" id="filter-text"');
    for (const name of ['pillar', 'service', 'severity', 'region']) expect(page).toContain(`<select name="${name}" id="filter-${name}">`);
    expect(page).toContain('<option value="rds">rds</option>');
    const regions = [...new Set(makeReport().findings.map((f) => f.region))].sort();
    expect([...page.matchAll(/<select name="region" id="filter-region">(.*?)<\/select>/g)][0]![1]).toBe(
      `<option value="">all</option>${regions.map((r) => `<option value="${r}">${r}</option>`).join('')}`,
    );
    // Only values that occur: no KMS finding, no KMS option.
    expect(page).not.toContain('<option value="kms">');
  });

  test('ARNs wrap at their colons and slashes, not at any character', () => {
    expect(page).toContain('<div class="muted arn">arn:<wbr>aws:<wbr>rds:<wbr>us-east-1:<wbr>123456789012:<wbr>db:<wbr>orders-db</div>');
    expect(STYLE_OF(page)).not.toContain('break-all');
  });

  test('suppressed results are marked and counted apart; a PASS is never suppressed', () => {
    const out = formatHtml(suppressedReport(), META);
    expect(out).toContain('id="count-suppressed" data-count="2"');
    expect(out).toContain('id="count-FAIL" data-count="12"');
    expect(out).toContain('<span class="badge suppressed">ERROR suppressed</span>');
    expect(out).toContain('Suppressed until 2027-01-31 by <code>.aws-posture.yml suppressions[0]</code>: Public website bucket &#60;b&#62;reviewed&#60;/b&#62;');
    expect(out).not.toContain('ignored on a PASS');
  });

  test('ERROR results show the AWS error', () => {
    expect(page).toContain('<span class="badge ERROR">ERROR</span>');
    expect(page).toContain('AWS error <code>AccessDenied</code> on <code>s3:GetBucketPolicy</code> in eu-west-1.');
  });

  test('a baseline: new results marked, fixed ones listed', () => {
    const out = formatHtml(baselineReport(), META);
    expect(out.match(/<span class="badge new">new<\/span>/g)).toHaveLength(2);
    expect(out).toContain('<h2>Fixed since the baseline (1)</h2>');
    expect(out).toContain('<code>old-db</code>');
  });

  test('the compliance view, with its score, and the checks with nothing in scope', () => {
    const out = formatHtml(makeReport({ compliance: COMPLIANCE }), META);
    expect(out).toContain('<h2>CIS AWS Foundations Benchmark v5.0.0</h2>');
    const judged = COMPLIANCE.controls.filter((c) => ['pass', 'fail', 'error'].includes(c.status));
    const pass = judged.filter((c) => c.status === 'pass').length;
    const percent = Math.floor((pass * 100) / judged.length);
    expect(out).toContain(`<li class="score"><span class="n" id="compliance-score" data-score="${percent}">${percent}%</span>CIS AWS Foundations Benchmark v5.0.0</li>`);
    expect(out).toContain(`<p id="compliance-summary">Score ${percent}%: ${pass} of the ${judged.length} controls this scan could judge pass.`);
    expect(page).not.toContain('compliance-score');
    expect(page).toContain('<li><code>kms-key-rotation-enabled</code>: No AWS::KMS::Key in scope in eu-west-1, us-east-1.</li>');
    expect(page).toContain(HOSTILE.wide);
  });
});
