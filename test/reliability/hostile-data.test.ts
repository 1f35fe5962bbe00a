// AWS data is untrusted: whoever names a bucket, tags an instance or writes a policy controls text
// that reaches the reports. The demo account is replayed with its resource names, ids and tags
// replaced by hostile text (ANSI and OSC escapes, C1 controls, bidi overrides, line breaks, Markdown,
// HTML, NUL, lone surrogates, wide characters, 10,000-character names: five times AWS's longest) and
// with hostile policies (nested 20,000 deep, 200 KB, 5,000 statements, not JSON). The scan must complete, and every report must stay
// well formed, inside its width, and free of anything a terminal or a viewer would interpret.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import type { RecordedCall } from '../../src/data/inventory.js';
import { inventoryProblem } from '../../src/data/inventory.js';
import type { ScanReport } from '../../src/model.js';
import { render } from '../../src/report/index.js';
import { displayWidth } from '../../src/report/text.js';
import { runCli } from '../helpers/cli.js';
import { errorsOf, reportValidator, sarifValidator } from '../report/schemas.js';
import { DEMO_INVENTORY, replayDemo } from './harness.js';

const HOSTILE = [
  '\u001b[31mRED\u001b[0m\u001b[2J\u001b[H',
  '\u001b]8;;https://evil.example/\u0007click me\u001b]8;;\u0007',
  '\u009b31m C1 CSI \u0085 NEL \u009d OSC',
  '\u202egnp.exe\u202c \u2066isolate\u2069 \u200f',
  'line one\nFAIL critical forged-line\r\n\tindented\u2028separator',
  '**bold** [click](javascript:alert(1)) `code` | a | b | # heading',
  '<img src=x onerror=alert(1)><script>alert(1)</script>&amp;',
  'nul\u0000byte and bell\u0007 and backspace\u0008\u0008\u0008',
  'lone \ud800 surrogate and \udfff another',
  '宽字符桶名称 🪣🔥 \u200b zero width \u0301 combining',
  `long-${'x'.repeat(10_000)}`,
  `${'🪣'.repeat(2_000)}`,
];

/** Raw characters a terminal or a viewer would act on; reports must show them escaped, never raw. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const SGR = /\u001b\[[0-9;]*m/g;

const ID_FIELDS = new Set(['GroupName', 'GroupId', 'DBInstanceIdentifier', 'DBClusterIdentifier', 'DBSnapshotIdentifier', 'UserName', 'RoleName', 'LoadBalancerName', 'VpcId', 'SubnetId', 'SnapshotId', 'ImageId', 'InstanceId', 'VolumeId', 'Value', 'Description', 'Name']);
const KEEP = ['us-east-1', 'eu-west-1', '123456789012', 'arn:aws:'];

/** Identifiers of the demo account, each replaced everywhere (inputs, outputs, ARNs) by a hostile one. */
function hostileCalls(): { calls: RecordedCall[]; replaced: Map<string, string> } {
  const ids = new Set<string>();
  const walk = (value: unknown, key?: string) => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    else if (typeof value === 'string' && key && ID_FIELDS.has(key) && value.length >= 6 && value.includes('-') && !KEEP.some((k) => k.includes(value) || value.includes(k))) ids.add(value);
  };
  for (const call of DEMO_INVENTORY.calls) walk(call.output);
  const replaced = new Map<string, string>();
  // Longest first, so that a name containing another is replaced whole.
  let text = JSON.stringify(DEMO_INVENTORY.calls);
  [...ids]
    .sort((a, b) => b.length - a.length)
    .forEach((id, i) => {
      const hostile = `${id}${HOSTILE[i % HOSTILE.length]}`;
      replaced.set(id, hostile);
      text = text.split(JSON.stringify(id).slice(1, -1)).join(JSON.stringify(hostile).slice(1, -1));
    });
  // Error messages keep their text: AWS quotes names in them, but bounds their length (the inventory
  // schema refuses messages over 10,000 characters), and a name of 10,000 would cross it.
  const calls = (JSON.parse(text) as RecordedCall[]).map((call, i) => {
    const original = DEMO_INVENTORY.calls[i]!;
    return call.error && original.error ? { ...call, error: { ...call.error, message: original.error.message } } : call;
  });
  return { calls: withHostilePolicies(calls), replaced };
}

/** Bucket and key policies no one should have to read: nested 20,000 deep, ten times S3's 20 KB limit, 5,000 statements, not JSON. */
function withHostilePolicies(calls: RecordedCall[]): RecordedCall[] {
  let deep = '"s3:GetObject"';
  for (let i = 0; i < 20_000; i++) deep = `[${deep}]`;
  const policies = [
    `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":${deep},"Resource":"*"}]}`,
    `{"Version":"2012-10-17","Statement":[{"Sid":"${'\u001b[2J'.repeat(10)}${'A'.repeat(200_000)}","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}`,
    JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: 5_000 }, (_, i) => ({ Sid: `S${i}<b>`, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${String(i).padStart(12, '0')}:root` }, Action: 's3:GetObject', Resource: '*' })) }),
    'not json at all \u001b[31m',
  ];
  let n = 0;
  return calls.map((call) => {
    if ((call.operation === 'GetBucketPolicy' || call.operation === 'GetKeyPolicy') && call.output && n < policies.length) {
      return { ...call, output: { ...(call.output as object), Policy: policies[n++] } };
    }
    return call;
  });
}

let report: ScanReport;
let plainReport: ScanReport;
let replaced: Map<string, string>;
let calls: RecordedCall[];
const meta = new Map(CHECKS.map((c) => [c.id, c]));

beforeAll(async () => {
  ({ calls, replaced } = hostileCalls());
  report = await replayDemo(calls);
  plainReport = await replayDemo();
}, 60_000);

describe('a scan of hostile data', () => {
  it('replaced names in every service, and the inventory still validates', () => {
    expect(replaced.size).toBeGreaterThan(40);
    expect(inventoryProblem({ ...DEMO_INVENTORY, calls })).toBeUndefined();
  });

  it('completes, with the hostile names in the findings as data', () => {
    expect(report.findings.length).toBeGreaterThan(400);
    const ids = report.findings.map((f) => f.resourceId).join('\n');
    for (const hostile of HOSTILE.slice(0, 10)) expect(ids.includes(hostile) || report.findings.some((f) => f.message.includes(hostile)), JSON.stringify(hostile.slice(0, 30))).toBe(true);
  });

  it('reads hostile policies as ERROR or a verdict, never a crash of the check', () => {
    const crashed = report.findings.filter((f) => f.status === 'ERROR' && / failed in /.test(f.message) && !f.error);
    expect(crashed.map((f) => `${f.checkId}: ${f.message.slice(0, 200)}`)).toEqual([]);
  });
});

describe('the reports of it', () => {
  it.each([40, 80, 132])('table, %i columns, with and without colour: inside the width, nothing raw', (width) => {
    for (const color of [false, true]) {
      const text = render('table', report, meta, { color, width, showPassed: true });
      const plain = color ? text.replace(SGR, '') : text;
      expect(color || !text.includes('\u001b')).toBe(true);
      const lines = plain.split('\n');
      const wide = lines.filter((l) => displayWidth(l) > width);
      expect(wide.map((l) => `${displayWidth(l)}: ${l.slice(0, 60)}`)).toEqual([]);
      const raw = lines.filter((l) => UNSAFE.test(l));
      expect(raw.map((l) => JSON.stringify(l.slice(0, 80)))).toEqual([]);
    }
  });

  it('JSON: valid against its schema, nothing raw, and the names kept exactly', () => {
    const text = render('json', report, meta);
    expect(UNSAFE.test(text)).toBe(false);
    const parsed = JSON.parse(text) as { findings: Array<{ resourceId: string }> };
    const validate = reportValidator();
    expect(validate(parsed), errorsOf(validate)).toBe(true);
    const original = new Set(report.findings.map((f) => f.resourceId));
    expect(parsed.findings.every((f) => original.has(f.resourceId))).toBe(true);
  });

  it('SARIF: valid SARIF 2.1.0, nothing raw, and no AWS text in any Markdown', () => {
    const text = render('sarif', report, meta);
    expect(UNSAFE.test(text)).toBe(false);
    const sarif = JSON.parse(text) as { runs: Array<{ tool: { driver: { rules: Array<{ help?: { markdown?: string } }> } } }> };
    const validate = sarifValidator();
    expect(validate(sarif), errorsOf(validate)).toBe(true);
    const markdown = JSON.stringify(sarif.runs[0]!.tool.driver.rules.map((r) => r.help?.markdown ?? ''));
    for (const hostile of replaced.values()) expect(markdown.includes(JSON.stringify(hostile).slice(1, -1)), hostile.slice(0, 40)).toBe(false);
  });

  it('JUnit, HTML, Markdown and CSV: well formed, nothing raw, no element from the data', () => {
    const junit = render('junit', report, meta);
    expect(XMLValidator.validate(junit)).toBe(true);
    for (const format of ['junit', 'html', 'markdown', 'csv'] as const) {
      const text = render(format, report, meta);
      const raw = format === 'csv' ? text.replace(/[\t\r\n]/g, '') : text;
      expect(UNSAFE.test(raw), `${format}: a raw control character`).toBe(false);
      // Elements a name could have smuggled in (the data holds <script> and <img onerror=...>): only the
      // reporter's own, as many as in the report of the plain demo account. CSV has no markup: text stays text.
      // A Markdown code span opens and closes with runs of the same number of backticks (a name holding
      // backticks is fenced by a longer run), and shows its content as text.
      const codeSpans = /(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;
      const elements = (t: string) => (format === 'markdown' ? t.replace(codeSpans, '') : t).match(/<script\b|<img\b/gi)?.length ?? 0;
      if (format !== 'csv') expect(elements(text), `${format}: an element from the data`).toBe(elements(render(format, plainReport, meta)));
    }
  });

  it('through the command line: the three reports on disk, all clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-posture-hostile-'));
    const inventory = join(dir, 'hostile.json');
    writeFileSync(inventory, JSON.stringify({ ...DEMO_INVENTORY, calls }));
    // The table goes to a file: runCli decodes stdout chunk by chunk, which would split characters itself.
    const result = await runCli(['scan', '--inventory', inventory, '--show-passed', '--format', `table=${join(dir, 'r.txt')}`, '--format', `json=${join(dir, 'r.json')}`, '--format', `sarif=${join(dir, 'r.sarif')}`, '--fail-on', 'none']);
    expect(result.code, result.stderr).toBe(0);
    for (const line of readFileSync(join(dir, 'r.txt'), 'utf8').split('\n')) {
      expect(displayWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(80);
      expect(UNSAFE.test(line), JSON.stringify(line.slice(0, 80))).toBe(false);
    }
    expect(UNSAFE.test(result.stderr)).toBe(false);
    for (const file of ['r.json', 'r.sarif']) expect(() => JSON.parse(readFileSync(join(dir, file), 'utf8'))).not.toThrow();
  }, 60_000);
});
