// One self-contained HTML page: no network request, no external script, style or font. The findings are
// rendered as a table on the server side, so the page reads without JavaScript; a small inline script only
// sorts and filters the rows. A Content-Security-Policy with the hashes of that script and stylesheet forbids
// every other script, style and resource, so that even a mistake in escaping could not run anything. All text
// from AWS (resource names, messages, notes) is escaped, with control and bidi characters made visible.

import { createHash } from 'node:crypto';
import {
  PILLARS,
  SEVERITIES,
  severityRank,
  type CheckMeta,
  type CheckSummary,
  type ControlStatus,
  type Finding,
  type Pillar,
  type ScanReport,
} from '../model.js';
import { counted, durationLabel, PILLAR_TITLES } from './labels.js';
import { html, htmlProse, htmlToken, safeUrl } from './markup.js';
import { activeCounts, compareForDisplay, complianceScore, DISPLAY_ORDER, displayState, isSuppressed, tally, type DisplayState, type StatusCounts } from './tally.js';
import { wellFormed } from './text.js';

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1d1d1f;--muted:#5f6368;--line:#d9dce0;--panel:#f5f6f8;--FAIL:#c5221f;--ERROR:#e37400;--PASS:#188038;--suppressed:#80868b;--critical:#8e24aa;--high:#c5221f;--medium:#e37400;--low:#1a73e8;--informational:#80868b}
@media (prefers-color-scheme:dark){:root{--bg:#131314;--fg:#e8eaed;--muted:#9aa0a6;--line:#3c4043;--panel:#1f2023}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1500px;padding:1.5rem;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
h1{font-size:1.5rem;margin:0 0 .75rem;overflow-wrap:anywhere}h2{font-size:1.2rem;margin:2rem 0 .75rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
code{overflow-wrap:anywhere}
pre{background:var(--panel);padding:.5rem;overflow-x:auto;white-space:pre-wrap;overflow-wrap:anywhere}
dl.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem 1rem;margin:0}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;overflow-wrap:anywhere}
.totals{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;padding:0;margin:0 0 1rem}
.totals li{border:1px solid var(--line);border-left:6px solid var(--muted);border-radius:4px;padding:.4rem .9rem;min-width:8rem;background:var(--panel)}
.totals li.FAIL{border-left-color:var(--FAIL)}.totals li.ERROR{border-left-color:var(--ERROR)}.totals li.PASS{border-left-color:var(--PASS)}.totals li.suppressed{border-left-color:var(--suppressed)}.totals li.score{border-left-color:var(--low)}
.totals .n{display:block;font-size:1.6rem;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:2rem}.charts figure{margin:0;max-width:100%}.charts figcaption{font-weight:600;margin-bottom:.25rem}
svg{max-width:100%;height:auto}
svg text{fill:var(--fg);font-size:12px}svg rect.FAIL{fill:var(--FAIL)}svg rect.ERROR{fill:var(--ERROR)}svg rect.PASS{fill:var(--PASS)}svg rect.suppressed{fill:var(--suppressed)}svg rect.track{fill:var(--panel)}
.legend{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0;margin:.25rem 0 0;color:var(--muted)}.legend li::before{content:"";display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:-.05em}
.legend .FAIL::before{background:var(--FAIL)}.legend .ERROR::before{background:var(--ERROR)}.legend .suppressed::before{background:var(--suppressed)}.legend .PASS::before{background:var(--PASS)}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%}th{white-space:nowrap}th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
table.counts{width:auto}table.counts td.n,table.counts th.n{text-align:right;font-variant-numeric:tabular-nums}
th button{all:unset;cursor:pointer;font-weight:600}th button::after{content:" \\2195";color:var(--muted)}th[aria-sort=ascending] button::after{content:" \\2191"}th[aria-sort=descending] button::after{content:" \\2193"}
th button:focus-visible{outline:2px solid var(--low)}
.badge{display:inline-block;border-radius:3px;padding:0 .4em;font-weight:600;font-size:.85em;color:#fff;background:var(--muted);white-space:nowrap}
.badge.FAIL{background:var(--FAIL)}.badge.ERROR{background:var(--ERROR)}.badge.PASS{background:var(--PASS)}.badge.suppressed{background:var(--suppressed)}.badge.new{background:var(--low)}
.sev{font-weight:600}.sev.critical{color:var(--critical)}.sev.high{color:var(--high)}.sev.medium{color:var(--medium)}.sev.low{color:var(--low)}.sev.informational{color:var(--informational)}
.muted{color:var(--muted)}.arn{font-size:.85em}
p{margin:0 0 .3rem}.suppression{color:var(--muted)}.error{color:var(--ERROR)}
#filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin:0 0 .75rem}#filters label{display:flex;flex-direction:column;font-size:.85em;color:var(--muted)}
#filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.6rem;align-items:center}#filters legend{font-size:.85em;color:var(--muted);padding:0}
#filters fieldset label{flex-direction:row;align-items:center;gap:.2rem;color:var(--fg);font-size:1em}
#filters select,#filters button,#filters input{font:inherit;padding:.2rem .3rem;max-width:100%}#filters input[type=search]{min-width:12rem}
@media (max-width:720px){
body{padding:.75rem}
#filters input[type=search]{min-width:0;width:100%}#filters label.search{flex-basis:100%}
#findings-table thead{display:none}
#findings-table,#findings-table tbody,#findings-table tr,#findings-table td{display:block;width:100%}
#findings-table tr{border:1px solid var(--line);border-radius:4px;margin:0 0 .75rem;padding:.25rem .5rem}
#findings-table tr[hidden]{display:none}
#findings-table td{border:0;padding:.15rem 0}
#findings-table td[data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-size:.85em}
}
`.trim();

const SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('findings-table');
  var form = document.getElementById('filters');
  if (!table || !form) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'));
  var states = Array.prototype.slice.call(form.querySelectorAll('input[name=state]'));
  var search = document.getElementById('filter-text');
  var shown = document.getElementById('shown');
  var texts = rows.map(function (row) { return (row.textContent || '').toLowerCase(); });
  function apply() {
    var wanted = {};
    states.forEach(function (box) { if (box.checked) wanted[box.value] = true; });
    var words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var n = 0;
    rows.forEach(function (row, i) {
      var ok = wanted[row.getAttribute('data-state')] === true &&
        selects.every(function (s) { return s.value === '' || row.getAttribute('data-' + s.name) === s.value; }) &&
        words.every(function (w) { return texts[i].indexOf(w) !== -1; });
      row.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n + ' of ' + rows.length + ' findings shown';
    shown.setAttribute('data-shown', String(n));
  }
  form.addEventListener('change', apply);
  form.addEventListener('input', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  var current = null;
  var direction = 1;
  Array.prototype.forEach.call(table.tHead.querySelectorAll('button[data-key]'), function (button) {
    button.addEventListener('click', function () {
      var key = button.getAttribute('data-key');
      direction = current === key ? -direction : 1;
      current = key;
      var numeric = button.hasAttribute('data-numeric');
      var value = function (row) { return row.getAttribute('data-k-' + key) || ''; };
      var order = rows.map(function (row, i) { return { row: row, text: texts[i] }; });
      order.sort(function (a, b) {
        var x = value(a.row), y = value(b.row);
        var c = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return c * direction || Number(a.row.getAttribute('data-i')) - Number(b.row.getAttribute('data-i'));
      });
      rows = order.map(function (o) { return o.row; });
      texts = order.map(function (o) { return o.text; });
      rows.forEach(function (row) { body.appendChild(row); });
      Array.prototype.forEach.call(table.tHead.querySelectorAll('th'), function (th) { th.removeAttribute('aria-sort'); });
      button.parentElement.setAttribute('aria-sort', direction > 0 ? 'ascending' : 'descending');
    });
  });
  form.hidden = false;
  apply();
})();
`.trim();

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's policy: its own inline script and stylesheet, nothing else (no fetch, image, font, frame or form target). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const STATE_LABEL: Record<DisplayState, string> = { FAIL: 'FAIL', ERROR: 'ERROR', suppressed: 'suppressed', PASS: 'PASS' };
const STATES: readonly DisplayState[] = ['FAIL', 'ERROR', 'suppressed', 'PASS'];
/** The findings shown when the page opens: those that need attention. */
const DEFAULT_STATES: readonly DisplayState[] = ['FAIL', 'ERROR'];

/**
 * An AWS token (ARN, resource id) for HTML that wraps at its own separators (after `:` and `/`) when
 * it must, not at an arbitrary character.
 */
function breakable(token: string): string {
  return htmlToken(token).replace(/[:/]/g, '$&<wbr>');
}

export function formatHtml(report: ScanReport, meta: ReadonlyMap<string, CheckMeta>): string {
  const account = htmlToken(report.account.id);
  const body = [
    ...header(report),
    ...summary(report),
    ...complianceSection(report),
    ...findingsSection(report, meta),
    ...fixedSection(report),
    ...idleSection(report, meta),
    ...notesSection(report),
    `<footer><p class="muted">Written by ${html(report.tool.name)} ${html(report.tool.version)}. This page makes no network request.</p></footer>`,
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${html(CONTENT_SECURITY_POLICY)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>AWS security posture: account ${account}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n') + '\n';
}

function header(report: ScanReport): string[] {
  const facts: Array<[string, string]> = [
    ['Account', `<code id="account">${htmlToken(report.account.id)}</code> (${htmlToken(report.account.partition)})`],
    ['Principal', `<code>${breakable(report.account.principalArn)}</code>`],
    ['Regions', report.regions.length ? report.regions.map((r) => `<code class="region">${htmlToken(r)}</code>`).join(', ') : 'none'],
    ['Started', `<time id="started" datetime="${html(report.startedAt)}">${htmlToken(report.startedAt)}</time>`],
    ['Finished', `<time datetime="${html(report.finishedAt)}">${htmlToken(report.finishedAt)}</time>${duration(report.startedAt, report.finishedAt)}`],
    ['Source', report.source === 'aws' ? 'live AWS API' : 'recorded inventory'],
  ];
  if (report.compliance) facts.push(['Framework', html(report.compliance.name)]);
  if (report.baseline) {
    facts.push(['Baseline', `<code>${htmlToken(report.baseline.source)}</code> (scan of ${htmlToken(report.baseline.startedAt)})`]);
  }
  return [
    '<header>',
    `<h1>AWS security posture: account ${htmlToken(report.account.id)}</h1>`,
    '<dl class="facts">',
    ...facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`),
    '</dl>',
    '</header>',
  ];
}

function duration(startedAt: string, finishedAt: string): string {
  const label = durationLabel(startedAt, finishedAt);
  return label ? ` (${label})` : '';
}

type StateCounts = Record<DisplayState, number>;

function stateCounts(all: StatusCounts, suppressed: StatusCounts): StateCounts {
  const active = activeCounts(all, suppressed);
  return { FAIL: active.FAIL, ERROR: active.ERROR, suppressed: suppressed.FAIL + suppressed.ERROR, PASS: active.PASS };
}

function summary(report: ScanReport): string[] {
  const t = tally(report);
  const total = stateCounts(t.findings, t.suppressed);
  const byPillar = PILLARS.map((p) => ({ key: p, label: p, counts: stateCounts(t.byPillar[p], t.suppressedByPillar[p]) }));
  const bySeverity = SEVERITIES.map((s) => ({ key: s, label: s, counts: stateCounts(t.bySeverity[s], t.suppressedBySeverity[s]) }));
  const cs = t.checkStates;
  const out = [
    '<section id="summary">',
    '<h2>Summary</h2>',
    '<ul class="totals">',
    ...STATES.map(
      (s) => `<li class="${s}"><span class="n" id="count-${s}" data-count="${total[s]}">${total[s]}</span>${STATE_LABEL[s]}</li>`,
    ),
    ...scoreTile(report),
    '</ul>',
    `<p>${counted(report.checks.length, 'check')}: ${cs.fail} failing, ${cs.error} with errors, ${cs.pass} passing, ${cs['not-applicable']} with nothing in scope. ` +
      `${counted(report.findings.length, 'finding')} in all. Suppressed results are FAIL or ERROR results accepted by a suppression: they are listed, and not counted as FAIL or ERROR.</p>`,
    '<div class="charts">',
    chart('Findings by pillar', 'chart-pillar', byPillar),
    chart('Findings by severity', 'chart-severity', bySeverity),
    '</div>',
    '<ul class="legend">',
    ...STATES.map((s) => `<li class="${s}">${STATE_LABEL[s]}</li>`),
    '</ul>',
    ...countsTable('Pillar', 'by-pillar', byPillar.map((r) => ({ ...r, label: `${PILLAR_TITLES[r.key as Pillar]} (${r.key})` })), total),
    ...countsTable('Severity', 'by-severity', bySeverity, total),
    '</section>',
  ];
  return out;
}

interface CountRow {
  key: string;
  label: string;
  counts: StateCounts;
}

function chart(caption: string, id: string, rows: CountRow[]): string {
  const labelWidth = 100;
  const barWidth = 320;
  const rowHeight = 22;
  const max = Math.max(1, ...rows.map((r) => STATES.reduce((n, s) => n + r.counts[s], 0)));
  const height = rows.length * rowHeight;
  const parts = [
    `<figure><figcaption id="${id}-caption">${html(caption)}</figcaption>`,
    `<svg id="${id}" role="img" aria-labelledby="${id}-caption" width="${labelWidth + barWidth + 50}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 50} ${height}">`,
  ];
  rows.forEach((r, i) => {
    const y = i * rowHeight;
    const sum = STATES.reduce((n, s) => n + r.counts[s], 0);
    const tip = `${r.label}: ${STATES.map((s) => `${r.counts[s]} ${STATE_LABEL[s]}`).join(', ')}`;
    parts.push(`<g><title>${html(tip)}</title>`);
    parts.push(`<text x="0" y="${y + 15}">${html(r.label)}</text>`);
    parts.push(`<rect class="track" x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="${rowHeight - 6}"></rect>`);
    let x = labelWidth;
    for (const s of STATES) {
      if (r.counts[s] === 0) continue;
      const w = Math.round((r.counts[s] / max) * barWidth * 100) / 100;
      parts.push(`<rect class="${s}" x="${x}" y="${y + 3}" width="${w}" height="${rowHeight - 6}"></rect>`);
      x += w;
    }
    parts.push(`<text x="${labelWidth + barWidth + 6}" y="${y + 15}">${sum}</text></g>`);
  });
  parts.push('</svg></figure>');
  return parts.join('');
}

function countsTable(first: string, id: string, rows: CountRow[], total: StateCounts): string[] {
  const cells = (key: string, counts: StateCounts) =>
    STATES.map((s) => `<td class="n" data-key="${html(key)}" data-state="${s}">${counts[s]}</td>`).join('');
  return [
    '<div class="scroll">',
    `<table class="counts" id="${id}">`,
    `<thead><tr><th>${first}</th>${STATES.map((s) => `<th class="n">${STATE_LABEL[s]}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((r) => `<tr><td>${html(r.label)}</td>${cells(r.key, r.counts)}</tr>`),
    `<tr><th>Total</th>${cells('total', total)}</tr>`,
    '</tbody>',
    '</table>',
    '</div>',
  ];
}

const CONTROL_ORDER: Record<ControlStatus, number> = { fail: 0, error: 1, pass: 2, 'not-applicable': 3, manual: 4, 'not-covered': 5 };

/** With --framework: the framework's score, beside the totals. */
function scoreTile(report: ScanReport): string[] {
  if (!report.compliance) return [];
  const score = complianceScore(report.compliance);
  const shown = score.percent === undefined ? 'n/a' : `${score.percent}%`;
  return [`<li class="score"><span class="n" id="compliance-score" data-score="${score.percent ?? ''}">${shown}</span>${html(report.compliance.name)}</li>`];
}

function complianceSection(report: ScanReport): string[] {
  const view = report.compliance;
  if (!view) return [];
  const controls = [...view.controls].sort((a, b) => CONTROL_ORDER[a.status] - CONTROL_ORDER[b.status]);
  const score = complianceScore(view);
  const n = (status: ControlStatus) => view.controls.filter((c) => c.status === status).length;
  const summary =
    score.percent === undefined
      ? 'No control could be judged by this scan.'
      : `Score ${score.percent}%: ${score.pass} of the ${counted(score.judged, 'control')} this scan could judge pass.`;
  return [
    '<section id="compliance">',
    `<h2>${html(view.name)}</h2>`,
    `<p id="compliance-summary">${summary} Not in the score: ${n('manual')} manual, ${n('not-covered')} not covered, ${n('not-applicable')} with nothing in scope.</p>`,
    '<div class="scroll">',
    '<table>',
    '<thead><tr><th>Status</th><th>Control</th><th>Title</th><th>Checks</th><th>FAIL</th><th>ERROR</th><th>PASS</th></tr></thead>',
    '<tbody>',
    ...controls.map((c) => {
      const badge = c.status === 'fail' ? 'FAIL' : c.status === 'error' ? 'ERROR' : c.status === 'pass' ? 'PASS' : '';
      return (
        `<tr><td><span class="badge ${badge}">${html(c.status)}</span></td><td><code>${htmlToken(c.id)}</code></td>` +
        `<td>${html(c.title)}${c.reason ? `<div class="muted">${html(c.reason)}</div>` : ''}</td>` +
        `<td>${c.checks.map((id) => `<code>${htmlToken(id)}</code>`).join(' ')}</td><td>${c.fail}</td><td>${c.error}</td><td>${c.pass}</td></tr>`
      );
    }),
    '</tbody>',
    '</table>',
    '</div>',
    '</section>',
  ];
}

function findingsSection(report: ScanReport, meta: ReadonlyMap<string, CheckMeta>): string[] {
  const findings = [...report.findings].sort(compareForDisplay);
  const present = <T extends string>(all: readonly T[], of: (f: Finding) => string) => all.filter((v) => report.findings.some((f) => of(f) === v));
  const services = [...new Set(report.findings.map((f) => f.service))].sort();
  const regions = [...new Set(report.findings.map((f) => f.region))].sort();
  const counts = new Map<DisplayState, number>();
  for (const f of findings) counts.set(displayState(f), (counts.get(displayState(f)) ?? 0) + 1);
  // What needs attention is shown first; PASS and accepted results are one click away.
  const state = (s: DisplayState) =>
    `<label><input type="checkbox" name="state" value="${s}"${DEFAULT_STATES.includes(s) ? ' checked' : ''}> ${STATE_LABEL[s]} (${counts.get(s) ?? 0})</label>`;
  const select = (name: string, label: string, values: readonly string[]) =>
    `<label>${label}<select name="${name}" id="filter-${name}"><option value="">all</option>${values
      .map((v) => `<option value="${htmlToken(v)}">${htmlToken(v)}</option>`)
      .join('')}</select></label>`;
  const column = (label: string, key: string, numeric = false) =>
    `<th scope="col"><button type="button" data-key="${key}"${numeric ? ' data-numeric' : ''}>${label}</button></th>`;
  return [
    '<section id="findings">',
    `<h2>Findings (${findings.length})</h2>`,
    '<form id="filters" hidden>',
    `<fieldset id="filter-state"><legend>Status</legend>${STATES.filter((s) => counts.has(s)).map(state).join('')}</fieldset>`,
    '<label class="search">Search<input type="search" name="text" id="filter-text" placeholder="check, resource, message" autocomplete="off"></label>',
    select('severity', 'Severity', present(SEVERITIES, (f) => f.severity)),
    select('pillar', 'Pillar', present(PILLARS, (f) => f.pillar)),
    select('service', 'Service', services),
    select('region', 'Region', regions),
    '<button type="reset">Reset</button>',
    `<output id="shown" data-shown="${findings.length}">${findings.length} of ${findings.length} findings shown</output>`,
    '</form>',
    '<div class="scroll">',
    '<table id="findings-table">',
    '<thead><tr>' +
      column('Status', 'state', true) +
      column('Severity', 'severity', true) +
      column('Pillar', 'pillar', true) +
      column('Service', 'service') +
      column('Check', 'check') +
      column('Region', 'region') +
      column('Resource', 'resource') +
      '<th scope="col">Details</th></tr></thead>',
    '<tbody>',
    ...findings.map((f, i) => findingRow(f, i, meta.get(f.checkId))),
    '</tbody>',
    '</table>',
    '</div>',
    '</section>',
  ];
}

function findingRow(f: Finding, index: number, m: CheckMeta | undefined): string {
  const state = displayState(f);
  const data: Record<string, string | number> = {
    i: index,
    state,
    'k-state': DISPLAY_ORDER[state],
    severity: f.severity,
    'k-severity': severityRank(f.severity),
    pillar: f.pillar,
    'k-pillar': PILLARS.indexOf(f.pillar),
    service: f.service,
    'k-service': f.service,
    region: f.region,
    'k-check': f.checkId,
    'k-region': f.region,
    'k-resource': f.resourceId,
  };
  const attributes = Object.entries(data)
    .map(([k, v]) => ` data-${k}="${htmlToken(String(v))}"`)
    .join('');
  const badges = [
    isSuppressed(f) ? `<span class="badge suppressed">${f.status} suppressed</span>` : `<span class="badge ${f.status}">${f.status}</span>`,
    f.baseline === 'new' && f.status !== 'PASS' ? ' <span class="badge new">new</span>' : '',
  ].join('');
  const title = m ? `<div class="muted">${html(m.title)}</div>` : '';
  const arn = f.resourceArn && f.resourceArn !== f.resourceId ? `<div class="muted arn">${breakable(f.resourceArn)}</div>` : '';
  const details = [`<p class="message">${htmlProse(f.message)}</p>`];
  if (f.error) {
    details.push(`<p class="error">AWS error <code>${htmlToken(f.error.code)}</code> on <code>${htmlToken(f.error.action)}</code> in ${htmlToken(f.error.region)}.</p>`);
  }
  if (f.suppression && isSuppressed(f)) {
    const s = f.suppression;
    const until = s.expires ? ` until ${htmlToken(s.expires)}` : '';
    details.push(`<p class="suppression">Suppressed${until} by <code>${htmlToken(s.source)}</code>: ${htmlProse(s.reason)}</p>`);
  }
  if (f.controls?.length) details.push(`<p class="muted">Controls: ${f.controls.map((c) => `<code>${htmlToken(c)}</code>`).join(', ')}</p>`);
  if (m && f.status !== 'PASS') details.push(remediation(m));
  return (
    `<tr${attributes}><td data-label="Status">${badges}</td><td data-label="Severity"><span class="sev ${f.severity}">${html(f.severity)}</span></td><td data-label="Pillar">${html(f.pillar)}</td>` +
    `<td data-label="Service">${htmlToken(f.service)}</td><td data-label="Check"><code>${htmlToken(f.checkId)}</code>${title}</td><td data-label="Region">${htmlToken(f.region)}</td>` +
    `<td data-label="Resource"><code class="resource">${breakable(f.resourceId) || '(no id)'}</code>${arn}</td><td>${details.join('')}</td></tr>`
  );
}

function remediation(m: CheckMeta): string {
  const parts = [`<p>${html(m.remediation.text)}</p>`];
  if (m.remediation.console) parts.push(`<p><strong>Console:</strong> ${html(m.remediation.console)}</p>`);
  if (m.remediation.cli) parts.push(`<pre><code>${html(wellFormed(m.remediation.cli))}</code></pre>`);
  const links = m.references.docs
    .map(safeUrl)
    .filter((u): u is string => u !== undefined)
    .map((u) => `<li><a href="${html(u)}" rel="noopener noreferrer">${html(u)}</a></li>`);
  if (links.length) parts.push(`<ul>${links.join('')}</ul>`);
  return `<details><summary>Remediation</summary>${parts.join('')}</details>`;
}

function fixedSection(report: ScanReport): string[] {
  const fixed = report.baseline?.fixed ?? [];
  if (!report.baseline) return [];
  return [
    '<section id="fixed">',
    `<h2>Fixed since the baseline (${fixed.length})</h2>`,
    fixed.length === 0 ? '<p>Nothing that failed in the baseline has been fixed.</p>' : '<table><thead><tr><th>Severity</th><th>Check</th><th>Region</th><th>Resource</th></tr></thead><tbody>',
    ...fixed.map(
      (f) =>
        `<tr><td><span class="sev ${html(f.severity)}">${html(f.severity)}</span></td><td><code>${htmlToken(f.checkId)}</code></td>` +
        `<td>${htmlToken(f.region)}</td><td><code>${htmlToken(f.resourceId || f.resourceArn)}</code></td></tr>`,
    ),
    fixed.length === 0 ? '' : '</tbody></table>',
    '</section>',
  ].filter((l) => l !== '');
}

function idleSection(report: ScanReport, meta: ReadonlyMap<string, CheckMeta>): string[] {
  const idle: CheckSummary[] = report.checks.filter((c) => c.state === 'not-applicable');
  if (idle.length === 0) return [];
  return [
    '<section id="idle">',
    `<h2>Nothing in scope (${idle.length})</h2>`,
    '<ul>',
    ...idle.map((c) => {
      const type = meta.get(c.checkId)?.resourceType;
      const note = c.note ?? (type ? `No ${type} in scope.` : 'Nothing in scope.');
      return `<li><code>${htmlToken(c.checkId)}</code>: ${htmlProse(note)}</li>`;
    }),
    '</ul>',
    '</section>',
  ];
}

function notesSection(report: ScanReport): string[] {
  if (report.notes.length === 0) return [];
  return ['<section id="notes">', '<h2>Notes</h2>', '<ul>', ...report.notes.map((n) => `<li>${htmlProse(n)}</li>`), '</ul>', '</section>'];
}
