import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/elbv2-multi-az.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { loadBalancer } from '../../fixtures/elbv2.js';

describe('elbv2-multi-az', () => {
  it('passes a load balancer in two zones', () => {
    const findings = evaluate(check, { 'elbv2.loadBalancers': [loadBalancer('prod-web')] });
    expect(verdicts(findings)).toEqual([['PASS', 'prod-web']]);
    expect(findings[0]!.message).toBe('Application Load Balancer prod-web spans 2 Availability Zones (us-east-1a, us-east-1b).');
  });

  it('fails a load balancer in one zone', () => {
    const single = loadBalancer('tcp-ingest', 'network', { AvailabilityZones: [{ ZoneName: 'us-east-1a', SubnetId: 'subnet-0aa1' }] });
    const findings = evaluate(check, { 'elbv2.loadBalancers': [single] });
    expect(verdicts(findings)).toEqual([['FAIL', 'tcp-ingest']]);
    expect(findings[0]!.message).toBe('Network Load Balancer tcp-ingest is in a single Availability Zone (us-east-1a).');
  });

  it('near miss: two subnets in the same zone are still one zone', () => {
    const sameZone = loadBalancer('inspection', 'gateway', {
      AvailabilityZones: [
        { ZoneName: 'us-east-1a', SubnetId: 'subnet-0aa1' },
        { ZoneName: 'us-east-1a', SubnetId: 'subnet-0aa2' },
      ],
    });
    expect(verdicts(evaluate(check, { 'elbv2.loadBalancers': [sameZone] }))).toEqual([['FAIL', 'inspection']]);
  });

  it('reports ERROR when the load balancers cannot be listed', async () => {
    const findings = await run(check, { 'elbv2.loadBalancers': awsError('AccessDenied', 'elasticloadbalancing:DescribeLoadBalancers') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('elbv2-multi-az on partial answers', () => {
  it('reports ERROR, not FAIL, for a load balancer whose answer leaves out its Availability Zones', () => {
    const findings = evaluate(check, { 'elbv2.loadBalancers': [loadBalancer('bare', 'application', { AvailabilityZones: undefined })] });
    expect(verdicts(findings)).toEqual([['ERROR', 'bare']]);
    expect(findings[0]!.message).toBe('Application Load Balancer bare reports no Availability Zones, so how many zones it spans is unknown.');
  });
});
