import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/elbv2-target-group-encrypted-protocol.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { targetGroup } from '../../fixtures/elbv2.js';

const judge = (...groups: ReturnType<typeof targetGroup>[]) => evaluate(check, { 'elbv2.targetGroups': groups });

describe('elbv2-target-group-encrypted-protocol', () => {
  it('passes HTTPS, TLS and QUIC target groups', () => {
    const findings = judge(targetGroup('web'), targetGroup('ingest', { Protocol: 'TLS' }), targetGroup('h3', { Protocol: 'QUIC', HealthCheckProtocol: 'HTTPS' }));
    expect(verdicts(findings)).toEqual([
      ['PASS', 'web'],
      ['PASS', 'ingest'],
      ['PASS', 'h3'],
    ]);
    expect(findings[1]!.message).toBe('Target group ingest (instance targets) forwards to its targets over TLS.');
  });

  it('fails HTTP, TCP, UDP and TCP_UDP, and says a new target group is needed', () => {
    const findings = judge(...['HTTP', 'TCP', 'UDP', 'TCP_UDP'].map((Protocol) => targetGroup(Protocol.toLowerCase(), { Protocol: Protocol as 'HTTP' })));
    expect(findings.map((f) => f.status)).toEqual(['FAIL', 'FAIL', 'FAIL', 'FAIL']);
    expect(findings[0]!.message).toBe(
      "Target group http (instance targets) forwards to its targets over HTTP, which is not HTTPS, TLS or QUIC; a target group's protocol cannot be changed, so a new target group with an encrypted protocol is needed.",
    );
  });

  it('near miss: TCP_QUIC is not in the control’s list and FAILs, naming the protocol', () => {
    const [finding] = judge(targetGroup('quic-tcp', { Protocol: 'TCP_QUIC', LoadBalancerArns: [] }));
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toContain('unattached) forwards to its targets over TCP_QUIC');
  });

  it('near miss: Lambda, ALB-type and GENEVE target groups are out of scope', () => {
    expect(
      judge(targetGroup('fn', { TargetType: 'lambda' }), targetGroup('to-alb', { Protocol: 'TCP', TargetType: 'alb' }), targetGroup('gwlb', { Protocol: 'GENEVE', TargetType: 'ip' })),
    ).toEqual([]);
  });

  it('reports ERROR for a group without a protocol, and when the listing fails', async () => {
    expect(verdicts(judge(targetGroup('odd', { Protocol: undefined })))).toEqual([['ERROR', 'odd']]);
    const findings = await run(check, { 'elbv2.targetGroups': awsError('AccessDenied', 'elbv2:DescribeTargetGroups') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
