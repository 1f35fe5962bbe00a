import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/redshift-cluster-sg-no-internet-ingress.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { cluster, securityGroup } from '../../fixtures/redshift.js';

const groups = (...g: ReturnType<typeof securityGroup>[]) => ok(g);

describe('redshift-cluster-sg-no-internet-ingress', () => {
  it('passes groups that admit only private ranges to the port', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('warehouse')], 'redshift.securityGroupsRead': groups(securityGroup('sg-0warehouse', [{ cidrs: ['10.20.0.0/16'] }])) });
    expect(verdicts(findings)).toEqual([['PASS', 'warehouse']]);
    expect(findings[0]!.message).toBe('Redshift cluster warehouse has no security group rule open to the internet on port 5439 (sg-0warehouse).');
  });

  it('fails ::/0 on the port and says the public cluster is the worst case', () => {
    const findings = evaluate(check, {
      'redshift.clusters': [cluster('bi', { PubliclyAccessible: true })],
      'redshift.securityGroupsRead': groups(securityGroup('sg-0warehouse', [{ cidrs: [], v6: ['::/0'] }])),
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'bi']]);
    expect(findings[0]!.message).toBe(
      'Redshift cluster bi has security groups open to the internet on port 5439: warehouse (sg-0warehouse) in vpc-0a1b2c3d4e5f60101: TCP 5439 from ::/0. The cluster is also publicly accessible, so it is reachable from anywhere: the worst case.',
    );
  });

  it('judges the cluster port, not 5439: all traffic opens it, another port does not', () => {
    const onPort = cluster('custom', { Endpoint: { Address: 'custom.example', Port: 8192 } });
    const findings = evaluate(check, {
      'redshift.clusters': [onPort, cluster('alltraffic', { VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0all', Status: 'active' }] })],
      'redshift.securityGroupsRead': groups(securityGroup('sg-0warehouse', [{ cidrs: ['0.0.0.0/0'] }]), securityGroup('sg-0all', [{ protocol: '-1', cidrs: ['0.0.0.0/0'] }])),
    });
    expect(verdicts(findings)).toEqual([['PASS', 'custom'], ['FAIL', 'alltraffic']]);
    expect(findings[0]!.message).toContain('on port 8192');
  });

  it('near miss: 0.0.0.0/0 on UDP 5439, or a group that is being removed, does not FAIL', () => {
    const findings = evaluate(check, {
      'redshift.clusters': [cluster('udp'), cluster('leaving', { VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0open', Status: 'removing' }, { VpcSecurityGroupId: 'sg-0warehouse', Status: 'active' }] })],
      'redshift.securityGroupsRead': groups(securityGroup('sg-0warehouse', [{ protocol: 'udp', cidrs: ['0.0.0.0/0'] }]), securityGroup('sg-0open', [{ cidrs: ['0.0.0.0/0'] }])),
    });
    expect(verdicts(findings)).toEqual([['PASS', 'udp'], ['PASS', 'leaving']]);
  });

  it('reports ERROR when the groups cannot be read or a named group is missing', () => {
    const findings = evaluate(check, {
      'redshift.clusters': [cluster('warehouse')],
      'redshift.securityGroupsRead': failed(awsError('UnauthorizedOperation', 'ec2:DescribeSecurityGroups')),
    });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.message).toContain('access denied to ec2:DescribeSecurityGroups');
    const missing = evaluate(check, { 'redshift.clusters': [cluster('warehouse')], 'redshift.securityGroupsRead': groups() });
    expect(verdicts(missing)).toEqual([['ERROR', 'warehouse']]);
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'redshift.clusters': awsError('AccessDenied', 'redshift:DescribeClusters'), 'redshift.securityGroupsRead': groups() });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
