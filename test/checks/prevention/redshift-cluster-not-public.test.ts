import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/redshift-cluster-not-public.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { cluster, securityGroup } from '../../fixtures/redshift.js';

const closed = ok([securityGroup('sg-0warehouse', [{ cidrs: ['10.20.0.0/16'] }])]);
const open = ok([securityGroup('sg-0warehouse', [{ cidrs: ['0.0.0.0/0'] }])]);

describe('redshift-cluster-not-public', () => {
  it('passes a private cluster and says its groups are closed', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('warehouse')], 'redshift.securityGroupsRead': closed });
    expect(verdicts(findings)).toEqual([['PASS', 'warehouse']]);
    expect(findings[0]!.message).toBe('Redshift cluster warehouse is not publicly accessible. Its security groups do not open port 5439 to the internet.');
  });

  it('fails a publicly accessible cluster, naming the open rule', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('bi', { PubliclyAccessible: true })], 'redshift.securityGroupsRead': open });
    expect(verdicts(findings)).toEqual([['FAIL', 'bi']]);
    expect(findings[0]!.message).toBe('Redshift cluster bi is publicly accessible. Its security groups open port 5439 to the internet: warehouse (sg-0warehouse) in vpc-0a1b2c3d4e5f60101: TCP 5439 from 0.0.0.0/0.');
  });

  it('near miss: a private cluster whose group is open to the internet still PASSes (the attribute alone decides)', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('private-open')], 'redshift.securityGroupsRead': open });
    expect(verdicts(findings)).toEqual([['PASS', 'private-open']]);
    expect(findings[0]!.message).toContain('Its security groups open port 5439 to the internet');
  });

  it('still judges when the security groups cannot be read, and says so', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('bi', { PubliclyAccessible: true })], 'redshift.securityGroupsRead': failed(awsError('UnauthorizedOperation', 'ec2:DescribeSecurityGroups')) });
    expect(verdicts(findings)).toEqual([['FAIL', 'bi']]);
    expect(findings[0]!.message).toContain('Whether its security groups admit the internet is unknown: ec2:DescribeSecurityGroups failed (UnauthorizedOperation).');
  });

  it('reports ERROR when PubliclyAccessible is missing or the clusters cannot be listed', async () => {
    expect(verdicts(evaluate(check, { 'redshift.clusters': [cluster('bare', { PubliclyAccessible: undefined })], 'redshift.securityGroupsRead': closed }))).toEqual([['ERROR', 'bare']]);
    const findings = await run(check, { 'redshift.clusters': awsError('AccessDenied', 'redshift:DescribeClusters'), 'redshift.securityGroupsRead': closed });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
