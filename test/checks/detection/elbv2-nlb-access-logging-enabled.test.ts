import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/elbv2-nlb-access-logging-enabled.js';
import type { PerLoadBalancer } from '../../../src/data/datasets/elbv2.js';
import type { Listener, LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsError, evaluateWithNotes, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { listener, loadBalancer } from '../../fixtures/elbv2.js';

interface Balancer {
  lb: LoadBalancer;
  listeners: PerLoadBalancer<Listener[]>['result'];
  attributes?: PerLoadBalancer<Record<string, string>>['result'];
}
const judge = (...balancers: Balancer[]) =>
  evaluateWithNotes(check, {
    'elbv2.listeners': balancers.map((b) => ({ loadBalancer: b.lb, result: b.listeners })),
    'elbv2.attributes': balancers.filter((b) => b.attributes).map((b) => ({ loadBalancer: b.lb, result: b.attributes! })),
  });
const nlb = loadBalancer('ingest', 'network');
const logsOn = ok({ 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': 'acme-nlb-logs', 'access_logs.s3.prefix': 'ingest' });
const logsOff = ok({ 'access_logs.s3.enabled': 'false', 'access_logs.s3.bucket': '', 'access_logs.s3.prefix': '' });

describe('elbv2-nlb-access-logging-enabled', () => {
  it('passes an NLB with a TLS listener writing S3 access logs', () => {
    const { findings } = judge({ lb: nlb, listeners: ok([listener(nlb, 'TLS', 443), listener(nlb, 'TCP', 5432)]), attributes: logsOn });
    expect(verdicts(findings)).toEqual([['PASS', 'ingest']]);
    expect(findings[0]!.message).toBe('Network Load Balancer ingest writes access logs of its TLS listener (port 443) to S3 bucket acme-nlb-logs under ingest.');
  });

  it('fails an NLB with a TLS listener whose S3 access logs are off, without claiming nothing is logged', () => {
    const { findings } = judge({ lb: nlb, listeners: ok([listener(nlb, 'TLS', 8883)]), attributes: logsOff });
    expect(verdicts(findings)).toEqual([['FAIL', 'ingest']]);
    expect(findings[0]!.message).toContain('S3 access logs are off');
  });

  it('near miss: an NLB without a TLS listener is not evaluated, and the note says so', () => {
    const { findings, notInScope } = judge({ lb: nlb, listeners: ok([listener(nlb, 'TCP', 5432), listener(nlb, 'UDP', 53)]), attributes: logsOff });
    expect(findings).toEqual([]);
    expect(notInScope).toEqual(['Network Load Balancers without a TLS listener in us-east-1 (ingest): NLB access logs are created only for TLS listeners']);
  });

  it('near miss: Application Load Balancers are left to elbv2-alb-access-logging-enabled', () => {
    const alb = loadBalancer('web');
    expect(judge({ lb: alb, listeners: ok([listener(alb, 'HTTPS', 443)]), attributes: logsOff }).findings).toEqual([]);
  });

  it('reports ERROR when the listeners or the attributes of an NLB cannot be read', () => {
    const other = loadBalancer('mqtt', 'network', { LoadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/mqtt/2b4d6f8a0c1e3f50' });
    const { findings } = judge(
      { lb: nlb, listeners: failed(awsError('AccessDenied', 'elbv2:DescribeListeners')) },
      { lb: other, listeners: ok([listener(other, 'TLS', 8883)]), attributes: failed(awsError('AccessDenied', 'elbv2:DescribeLoadBalancerAttributes')) },
    );
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'ingest'],
      ['ERROR', 'mqtt'],
    ]);
    expect(findings[0]!.message).toContain('the listeners of Network Load Balancer ingest');
  });

  it('reports ERROR when the load balancers cannot be listed', async () => {
    const denied = awsError('AccessDenied', 'elbv2:DescribeLoadBalancers');
    const findings = await run(check, { 'elbv2.listeners': denied, 'elbv2.attributes': denied });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
