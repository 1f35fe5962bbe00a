// JUnit XML for CI test dashboards (GitLab, Jenkins, Azure DevOps, GitHub test-report actions). A check is a
// test suite and each resource it judged is a test case, so a dashboard lists failing checks with the failing
// resources under them: FAIL is a failure, ERROR an error, a suppressed result is skipped, PASS passes.
// docs/formats.md describes the mapping.

import type { CheckMeta, CheckSummary, Finding, ScanReport } from '../model.js';
import { xmlAttr, xmlText } from './markup.js';
import { isSuppressed } from './tally.js';
import { safeText, safeToken } from './text.js';

interface Suite {
  checkId: string;
  summary: CheckSummary | undefined;
  meta: CheckMeta | undefined;
  findings: Finding[];
}

export function formatJunit(report: ScanReport, meta: ReadonlyMap<string, CheckMeta>): string {
  const suites = suitesOf(report, meta);
  const count = (pred: (f: Finding) => boolean) => report.findings.filter(pred).length;
  const timestamp = xmlTimestamp(report.startedAt);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({
      name: `aws-posture ${report.account.id} (${report.regions.join(', ')})`,
      tests: report.findings.length,
      failures: count((f) => f.status === 'FAIL' && !isSuppressed(f)),
      errors: count((f) => f.status === 'ERROR' && !isSuppressed(f)),
      skipped: count(isSuppressed),
      time: seconds(report.startedAt, report.finishedAt),
      timestamp,
    })}>`,
  ];
  for (const suite of suites) out.push(...suiteLines(suite, report, timestamp));
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

/** One suite per check that ran, in report order, then any check that only appears in findings. */
function suitesOf(report: ScanReport, meta: ReadonlyMap<string, CheckMeta>): Suite[] {
  const suites = new Map<string, Suite>();
  for (const c of report.checks) suites.set(c.checkId, { checkId: c.checkId, summary: c, meta: meta.get(c.checkId), findings: [] });
  for (const f of report.findings) {
    let suite = suites.get(f.checkId);
    if (!suite) {
      suite = { checkId: f.checkId, summary: undefined, meta: meta.get(f.checkId), findings: [] };
      suites.set(f.checkId, suite);
    }
    suite.findings.push(f);
  }
  return [...suites.values()];
}

function suiteLines(suite: Suite, report: ScanReport, timestamp: string): string[] {
  const { findings, summary, meta: m } = suite;
  const head = attrs({
    name: suite.checkId,
    tests: findings.length,
    failures: findings.filter((f) => f.status === 'FAIL' && !isSuppressed(f)).length,
    errors: findings.filter((f) => f.status === 'ERROR' && !isSuppressed(f)).length,
    skipped: findings.filter(isSuppressed).length,
    time: '0',
    timestamp,
    // The account is the "host" the tests ran against, which dashboards show and group by.
    hostname: report.account.id,
  });
  const properties: Array<[string, string | undefined]> = [
    ['title', m?.title ?? summary?.title],
    ['pillar', m?.pillar ?? summary?.pillar ?? findings[0]?.pillar],
    ['service', m?.service ?? summary?.service ?? findings[0]?.service],
    ['severity', m?.severity ?? summary?.severity ?? findings[0]?.severity],
    ['resourceType', m?.resourceType],
    ['state', summary?.state],
    ['note', summary?.note],
    ['cis-v5', m?.references.cis?.v5],
    ['cis-v3', m?.references.cis?.v3],
    ['securityHub', m?.references.securityHub?.ids.join(', ')],
  ];
  const lines = [`  <testsuite${head}>`, '    <properties>'];
  for (const [name, value] of properties) {
    if (value !== undefined && value !== '') lines.push(`      <property${attrs({ name, value: safeText(value) })}/>`);
  }
  lines.push('    </properties>');
  for (const f of findings) lines.push(...caseLines(f, m));
  lines.push('  </testsuite>');
  return lines;
}

function caseLines(f: Finding, m: CheckMeta | undefined): string[] {
  const resource = safeToken(f.resourceId) || safeToken(f.resourceArn) || '(no id)';
  const open = `    <testcase${attrs({ name: `${resource} (${safeToken(f.region)})`, classname: `aws-posture.${f.pillar}.${f.checkId}`, time: '0' })}`;
  const message = safeText(f.message);
  if (isSuppressed(f)) {
    const s = f.suppression!;
    const until = s.expires ? ` until ${s.expires}` : '';
    const reason = `Suppressed${until} by ${s.source || 'the config file'}: ${s.reason}`;
    const body = [`${f.status}: ${message}`, ...resourceLines(f)];
    return [`${open}>`, `      <skipped${attrs({ message: safeText(reason) })}>${xmlText(body.join('\n'))}</skipped>`, '    </testcase>'];
  }
  if (f.status === 'FAIL') {
    const body = [message, ...resourceLines(f), ...remediationLines(m)];
    return [`${open}>`, `      <failure${attrs({ message, type: f.severity })}>${xmlText(body.join('\n'))}</failure>`, '    </testcase>'];
  }
  if (f.status === 'ERROR') {
    const e = f.error;
    const cause = e
      ? [`AWS error: ${safeText(e.code)} (${e.kind}) on ${safeText(e.action)} (${safeText(e.service)} ${safeText(e.operation)} in ${safeText(e.region)}): ${safeText(e.message)}`]
      : [];
    const body = [message, ...resourceLines(f), ...cause];
    return [`${open}>`, `      <error${attrs({ message, type: e ? safeText(e.code) : 'ERROR' })}>${xmlText(body.join('\n'))}</error>`, '    </testcase>'];
  }
  return [`${open}/>`];
}

function resourceLines(f: Finding): string[] {
  const lines = [
    `Severity: ${f.severity}. Account ${safeToken(f.accountId)}, region ${safeToken(f.region)}.`,
    `Resource: ${safeToken(f.resourceArn) || safeToken(f.resourceId)} (${safeToken(f.resourceType)})`,
  ];
  if (f.controls?.length) lines.push(`Controls: ${f.controls.map(safeToken).join(', ')}`);
  if (f.baseline === 'new') lines.push('New since the baseline scan.');
  return lines;
}

function remediationLines(m: CheckMeta | undefined): string[] {
  if (!m) return [];
  const lines = [`Remediation: ${m.remediation.text}`];
  if (m.remediation.console) lines.push(`Console: ${m.remediation.console}`);
  if (m.remediation.cli) lines.push(`CLI: ${m.remediation.cli}`);
  for (const url of m.references.docs) lines.push(`Documentation: ${url}`);
  return lines;
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}

/** Seconds between two times, as JUnit writes durations; 0 when either is not a time. */
function seconds(startedAt: string, finishedAt: string): string {
  const ms = Date.parse(finishedAt) - Date.parse(startedAt);
  return Number.isFinite(ms) && ms >= 0 ? (ms / 1000).toFixed(3) : '0';
}

/** The JUnit schema's timestamp has no zone: the scan's UTC time, to the second. */
function xmlTimestamp(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 19) : '';
}
