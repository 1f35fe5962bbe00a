// The exposure evidence in the reports people read: the triage view on top of the table and the HTML
// page, one line of path or chain under each finding (table, Markdown), and the SVG diagrams.
import { describe, expect, test } from 'vitest';
import type { Evidence, Finding } from '../../src/model.js';
import { exposureTriage } from '../../src/report/exposure-triage.js';
import { chainDiagram, pathDiagram } from '../../src/report/html-diagram.js';
import { formatHtml } from '../../src/report/html.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatTable } from '../../src/report/table.js';
import { FINDINGS, META, makeReport } from './fixture.js';

const ACCOUNT = '123456789012';
const hop = (kind: 'public-ip' | 'internet-gateway' | 'route-table' | 'network-acl' | 'security-group', id: string, detail: string) => ({ kind, id, arn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:x/${id}`, detail });
const SSH: Evidence = {
  reachable: [
    {
      family: 'ipv4',
      protocol: 'tcp',
      ports: '22',
      sources: '0.0.0.0/0',
      path: [
        hop('public-ip', 'eni-0a1b', 'public IP 54.1.2.3'),
        hop('internet-gateway', 'igw-0a1b', 'attached to vpc-0a1b'),
        hop('route-table', 'rtb-0a1b', 'route 0.0.0.0/0 -> igw-0a1b'),
        hop('network-acl', 'acl-0a1b', 'inbound rule 100 allows all traffic from 0.0.0.0/0'),
        hop('security-group', 'sg-0a1b', 'inbound TCP 22 from 0.0.0.0/0 (<img src=x onerror=alert(1)>)'),
      ],
    },
  ],
};
const CHAIN: Evidence = {
  chains: [
    {
      steps: [
        { from: `arn:aws:iam::${ACCOUNT}:user/dev-ci`, method: 10, actions: ['sts:AssumeRole'], resources: [`arn:aws:iam::${ACCOUNT}:role/deployer`], to: `arn:aws:iam::${ACCOUNT}:role/deployer` },
        { from: `arn:aws:iam::${ACCOUNT}:role/deployer`, method: 11, actions: ['iam:PassRole', 'ec2:RunInstances'], resources: [`arn:aws:iam::${ACCOUNT}:role/admin`], to: `arn:aws:iam::${ACCOUNT}:role/admin` },
      ],
      conditional: false,
      conditions: [],
    },
  ],
};
const base = FINDINGS[0]!;
const finding = (o: Partial<Finding>): Finding => ({ ...base, status: 'FAIL', ...o });
const bastionArn = `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0a1b`;
const exposed = [
  finding({ checkId: 'ec2-instance-admin-ports-not-internet-reachable', severity: 'critical', resourceId: 'i-0a1b', resourceArn: bastionArn, evidence: SSH }),
  finding({ checkId: 'ec2-instance-only-expected-ports-internet-reachable', severity: 'high', resourceId: 'i-0a1b', resourceArn: bastionArn, evidence: SSH }),
  finding({ checkId: 'iam-principal-no-privilege-escalation', severity: 'critical', region: 'global', resourceId: 'dev-ci', resourceArn: `arn:aws:iam::${ACCOUNT}:user/dev-ci`, evidence: CHAIN }),
  finding({ checkId: 'ec2-instance-data-ports-not-internet-reachable', severity: 'medium', resourceId: 'i-0c0d', resourceArn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0c0d`, evidence: SSH }),
];
const report = () => makeReport({ findings: [...FINDINGS, ...exposed] });

describe('the triage view', () => {
  test('one entry per resource, most severe first; principals that can escalate apart', () => {
    const triage = exposureTriage(report());
    expect(triage.reachable.map((e) => [e.resourceId, e.severity, e.checks])).toEqual([
      ['i-0a1b', 'critical', ['ec2-instance-admin-ports-not-internet-reachable', 'ec2-instance-only-expected-ports-internet-reachable']],
      ['i-0c0d', 'medium', ['ec2-instance-data-ports-not-internet-reachable']],
    ]);
    expect(triage.reachable[0]!.reachable).toHaveLength(1);
    expect(triage.escalating.map((e) => e.resourceId)).toEqual(['dev-ci']);
  });

  test('leaves out PASS, ERROR and suppressed findings', () => {
    const quiet = makeReport({ findings: exposed.map((f, i) => (i === 0 ? { ...f, status: 'PASS' as const } : { ...f, suppression: { reason: 'accepted', source: '.aws-posture.yml suppressions[0]' } })) });
    expect(exposureTriage(quiet)).toEqual({ reachable: [], escalating: [] });
  });

  test('is on top of the table, before the findings, with the path and the chain', () => {
    const text = formatTable(report(), META, { color: false, width: 300 });
    const top = text.indexOf('EXPOSURE - what the internet reaches and who can become administrator');
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(text.indexOf('PREVENTION'));
    expect(text).toContain('Reachable from the internet (2)');
    expect(text).toContain('Can become administrator (1)');
    expect(text).toContain('path: TCP 22 from 0.0.0.0/0: public IP 54.1.2.3 (eni-0a1b) <- igw-0a1b');
    expect(text).toContain('chain: user dev-ci -> sts:AssumeRole(deployer) -> role deployer -> iam:PassRole(admin) + ec2:RunInstances -> role admin');
    expect(formatTable(report(), META, { color: false, width: 60 }).split('\n').every((l) => l.length <= 60)).toBe(true);
  });

  test('alone with exposureOnly: no setting-by-setting findings', () => {
    const text = formatTable(report(), META, { color: false, exposureOnly: true });
    expect(text).toContain('Reachable from the internet (2)');
    expect(text).not.toContain('PREVENTION - ');
    expect(text).toContain('Summary');
  });

  test('left out of the table when nothing is exposed, and says so when asked for', () => {
    const plain = makeReport({ findings: FINDINGS });
    expect(formatTable(plain, META, { color: false })).not.toContain('EXPOSURE');
    expect(formatTable(plain, META, { color: false, exposureOnly: true })).toContain('Nothing reachable from the internet and no escalation to administrator was found.');
  });
});

describe('the path or chain under a finding', () => {
  test('table: one line each, under the message', () => {
    const lines = formatTable(makeReport({ findings: [exposed[2]!] }), META, { color: false, width: 200 }).split('\n');
    const at = lines.findIndex((l) => l.startsWith('FAIL') && l.includes('iam-principal-no-privilege-escalation'));
    expect(lines.slice(at + 1).find((l) => l.trim().startsWith('chain:'))).toContain('user dev-ci -> sts:AssumeRole(deployer)');
  });

  test('Markdown: under the message in the findings table, escaped', () => {
    const md = formatMarkdown(report(), META);
    const row = md.split('\n').find((l) => l.includes('ec2-instance-admin-ports-not-internet-reachable') && l.startsWith('| FAIL'))!;
    expect(row).toContain('<br><sub>path: TCP 22 from 0.0.0.0/0: public IP 54.1.2.3 (eni-0a1b) &lt;- igw-0a1b');
    expect(row).not.toContain('<img');
  });
});

describe('SVG diagrams in the HTML report', () => {
  test('a path: the internet, each hop, then the address, joined by arrows', () => {
    const svg = pathDiagram(SSH.reachable![0]!);
    expect([...svg.matchAll(/data-kind="([a-z]+)"/g)].map((m) => m[1])).toEqual(['source', 'hop', 'hop', 'hop', 'hop', 'target']);
    expect(svg.match(/<polygon class="arrow"/g)).toHaveLength(5);
    expect(svg).toContain('role="img"');
    expect(svg).not.toMatch(/<img|<script|style=|href=/);
    expect(svg).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  test('a chain: principals joined by the steps that take one to the next', () => {
    const svg = chainDiagram(CHAIN.chains![0]!);
    expect([...svg.matchAll(/data-kind="([a-z]+)"/g)].map((m) => m[1])).toEqual(['principal', 'step', 'principal', 'step', 'principal']);
    // A long label is shortened in the box and whole in its tooltip.
    expect(svg).toContain('<title>iam:PassRole + ec2:RunInstances on admin</title>');
    expect(svg).toContain('>iam:PassRole + ec2:Ru\u2026<');
  });

  test('the page has the exposure section first, and a diagram under each exposure finding', () => {
    const page = formatHtml(report(), META);
    expect(page.indexOf('<section id="exposure">')).toBeLessThan(page.indexOf('<section id="summary">'));
    const section = page.slice(page.indexOf('<section id="exposure">'), page.indexOf('</section>', page.indexOf('<section id="exposure">')));
    expect(section.match(/<svg class="diagram path"/g)).toHaveLength(2);
    expect(section.match(/<svg class="diagram chain"/g)).toHaveLength(1);
    const findings = page.slice(page.indexOf('<section id="findings">'));
    expect(findings.match(/<svg class="diagram/g)).toHaveLength(4);
    expect(page).not.toContain('<img');
  });
});
