// Exposure evidence in the machine-readable reports: the JSON report carries it (and validates
// against the schema), SARIF turns each path or chain into a code flow (and validates too).
import { describe, expect, test } from 'vitest';
import type { Log } from 'sarif';
import { formatJson, type JsonReport } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif.js';
import type { Evidence, Finding } from '../../src/model.js';
import { pathLine, chainLine } from '../../src/exposure/text.js';
import { FINDINGS, META, makeReport } from './fixture.js';
import { errorsOf, reportValidator, sarifValidator } from './schemas.js';

const ACCOUNT = '123456789012';
const REACHABLE: Evidence = {
  reachable: [
    {
      family: 'ipv4',
      protocol: 'tcp',
      ports: '22',
      sources: '0.0.0.0/0',
      path: [
        { kind: 'public-ip', id: 'eni-0a1b', arn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:network-interface/eni-0a1b`, detail: 'public IP 54.1.2.3' },
        { kind: 'internet-gateway', id: 'igw-0a1b', arn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:internet-gateway/igw-0a1b`, detail: 'attached to vpc-0a1b' },
        { kind: 'route-table', id: 'rtb-0a1b', arn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:route-table/rtb-0a1b`, detail: 'route 0.0.0.0/0 -> igw-0a1b (main route table of vpc-0a1b)' },
        { kind: 'network-acl', id: 'acl-0a1b', arn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:network-acl/acl-0a1b`, detail: 'inbound rule 100 allows all traffic from 0.0.0.0/0; reply: outbound rule 100 allows all traffic to 0.0.0.0/0' },
        { kind: 'security-group', id: 'sg-0a1b', arn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:security-group/sg-0a1b`, detail: 'inbound TCP 22 from 0.0.0.0/0 (bastion)' },
      ],
    },
    { family: 'ipv4', protocol: 'icmp', ports: null, sources: '0.0.0.0/0 except 198.51.100.0/24', path: [{ kind: 'security-group', id: 'none', arn: '', detail: 'no security group' }] },
  ],
};
const CHAINS: Evidence = {
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

function report(): ReturnType<typeof makeReport> {
  const exposed: Finding = { ...FINDINGS[0]!, checkId: 'ec2-sg-no-ssh-from-internet', status: 'FAIL', resourceId: 'i-0a1b', resourceArn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0a1b`, evidence: REACHABLE };
  const escalates: Finding = { ...FINDINGS[0]!, checkId: 'iam-root-mfa-enabled', status: 'FAIL', region: 'global', resourceId: 'dev-ci', resourceArn: `arn:aws:iam::${ACCOUNT}:user/dev-ci`, evidence: { ...CHAINS, reachable: [] } };
  return makeReport({ findings: [...FINDINGS, exposed, escalates] });
}

describe('evidence in the JSON report', () => {
  const doc = JSON.parse(formatJson(report(), META)) as JsonReport;

  test('validates against the schema', () => {
    const validate = reportValidator();
    const ok = validate(doc);
    expect(errorsOf(validate)).toBe('');
    expect(ok).toBe(true);
  });

  test('is on the findings that have it, in a fixed key order, and null elsewhere', () => {
    const exposed = doc.findings.find((f) => f.resourceId === 'i-0a1b')!;
    expect(exposed.evidence).toEqual(REACHABLE);
    expect(Object.keys(exposed.evidence!.reachable![0]!)).toEqual(['family', 'protocol', 'ports', 'sources', 'path']);
    expect(Object.keys(doc.findings.find((f) => f.resourceId === 'dev-ci')!.evidence!)).toEqual(['reachable', 'chains']);
    expect(doc.findings.filter((f) => f.evidence === null)).toHaveLength(FINDINGS.length);
  });

  test('the schema refuses a hop of an unknown kind and a method out of range', () => {
    const validate = reportValidator();
    const bad = structuredClone(doc) as unknown as { findings: Array<{ evidence: Evidence | null }> };
    bad.findings.find((f) => f.evidence?.reachable?.length)!.evidence!.reachable![0]!.path[0]!.kind = 'firewall' as never;
    expect(validate(bad)).toBe(false);
    const bad2 = structuredClone(doc) as unknown as { findings: Array<{ evidence: Evidence | null }> };
    bad2.findings.find((f) => f.evidence?.chains)!.evidence!.chains![0]!.steps[0]!.method = 21;
    expect(validate(bad2)).toBe(false);
  });
});

describe('evidence in SARIF', () => {
  const log = JSON.parse(formatSarif(report(), META)) as Log;
  const results = log.runs[0]!.results!;

  test('validates against the SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    const ok = validate(log);
    expect(errorsOf(validate)).toBe('');
    expect(ok).toBe(true);
  });

  test('each reachable path is a code flow with one location per hop, the ARN as logical location', () => {
    const exposed = results.find((r) => r.properties?.resourceId === 'i-0a1b')!;
    expect(exposed.codeFlows).toHaveLength(2);
    const [flow] = exposed.codeFlows!;
    expect(flow!.message!.text).toBe('TCP 22 from 0.0.0.0/0 reaches i-0a1b.');
    const locations = flow!.threadFlows[0]!.locations;
    expect(locations.map((l) => l.location!.logicalLocations![0]!.fullyQualifiedName)).toEqual(REACHABLE.reachable![0]!.path.map((h) => h.arn));
    expect(locations[4]!.location!.message!.text).toBe('security-group sg-0a1b: inbound TCP 22 from 0.0.0.0/0 (bastion).');
    expect(locations[0]!.location!.physicalLocation!.artifactLocation!.uri).toBe(`aws/${ACCOUNT}/eu-west-1/ec2/eni-0a1b`);
    // A hop without an ARN keeps its pseudo-path and message, without a logical location.
    expect(exposed.codeFlows![1]!.threadFlows[0]!.locations[0]!.location!.logicalLocations).toBeUndefined();
  });

  test('a chain is a code flow through its principals, naming each method', () => {
    const escalates = results.find((r) => r.properties?.resourceId === 'dev-ci')!;
    const [flow] = escalates.codeFlows!;
    expect(flow!.message!.text).toBe('user dev-ci -> sts:AssumeRole(deployer) -> role deployer -> iam:PassRole(admin) + ec2:RunInstances -> role admin.');
    expect(flow!.threadFlows[0]!.locations.map((l) => l.location!.message!.text)).toEqual([
      'user dev-ci starts the chain.',
      `method 10: sts:AssumeRole on arn:aws:iam::${ACCOUNT}:role/deployer -> role deployer.`,
      `method 11: iam:PassRole + ec2:RunInstances on arn:aws:iam::${ACCOUNT}:role/admin -> role admin.`,
    ]);
    expect(flow!.threadFlows[0]!.locations[0]!.location!.physicalLocation!.artifactLocation!.uri).toBe(`aws/${ACCOUNT}/global/iam/dev-ci`);
  });

  test('one-line renderings read the evidence alone', () => {
    expect(pathLine(REACHABLE.reachable![0]!.path)).toBe(
      'public IP 54.1.2.3 (eni-0a1b) <- igw-0a1b via rtb-0a1b (route 0.0.0.0/0 -> igw-0a1b) <- acl-0a1b inbound rule 100 allows all traffic from 0.0.0.0/0; reply: outbound rule 100 allows all traffic to 0.0.0.0/0 <- sg-0a1b inbound TCP 22 from 0.0.0.0/0 (bastion)',
    );
    expect(chainLine(CHAINS.chains![0]!)).toBe('user dev-ci -> sts:AssumeRole(deployer) -> role deployer -> iam:PassRole(admin) + ec2:RunInstances -> role admin');
  });
});

describe('evidence read back from a JSON report (merge of organization reports)', () => {
  test('survives the round trip', async () => {
    const { scanReportOf } = await import('../../src/report/read-report.js');
    const { findings } = scanReportOf(JSON.parse(formatJson(report(), META)) as JsonReport);
    expect(findings.find((f) => f.resourceId === 'i-0a1b')!.evidence).toEqual(REACHABLE);
    expect(findings.find((f) => f.resourceId === 'dev-ci')!.evidence!.chains).toEqual(CHAINS.chains);
  });
});
