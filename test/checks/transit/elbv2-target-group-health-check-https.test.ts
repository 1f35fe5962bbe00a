import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/elbv2-target-group-health-check-https.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { targetGroup } from '../../fixtures/elbv2.js';

const judge = (...groups: ReturnType<typeof targetGroup>[]) => evaluate(check, { 'elbv2.targetGroups': groups });

describe('elbv2-target-group-health-check-https', () => {
  it('passes a target group checking health over HTTPS', () => {
    const findings = judge(targetGroup('web'));
    expect(verdicts(findings)).toEqual([['PASS', 'web']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067');
    expect(findings[0]!.message).toBe('Target group web (instance targets) sends its health checks over HTTPS.');
  });

  it('fails an HTTP health check', () => {
    const [finding] = judge(targetGroup('admin', { Protocol: 'HTTP', Port: 80, HealthCheckProtocol: 'HTTP' }));
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toBe('Target group admin (instance targets) uses protocol HTTP and sends its health checks over HTTP, not HTTPS.');
  });

  it('near miss: an NLB TLS target group with a TCP health check FAILs, and says why', () => {
    const [finding] = judge(targetGroup('ingest', { Protocol: 'TLS', HealthCheckProtocol: 'TCP', HealthCheckPath: undefined }));
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toContain('forwards TLS traffic but checks health over TCP');
  });

  it('evaluates an unattached target group and says so', () => {
    const [finding] = judge(targetGroup('spare', { LoadBalancerArns: [], HealthCheckProtocol: 'HTTP' }));
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toContain('(instance targets, unattached)');
  });

  it('near miss: Lambda and GENEVE target groups are out of scope', () => {
    expect(judge(targetGroup('fn', { TargetType: 'lambda' }), targetGroup('gwlb', { Protocol: 'GENEVE', Port: 6081, HealthCheckProtocol: 'TCP', TargetType: 'ip' }))).toEqual([]);
  });

  it('reports ERROR for a group without a health-check protocol, and when the listing fails', async () => {
    expect(verdicts(judge(targetGroup('odd', { HealthCheckProtocol: undefined })))).toEqual([['ERROR', 'odd']]);
    const findings = await run(check, { 'elbv2.targetGroups': awsError('AccessDenied', 'elbv2:DescribeTargetGroups') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
