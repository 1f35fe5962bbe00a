import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/redshift-serverless-workgroup-not-public.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { securityGroup, workgroup } from '../../fixtures/redshift.js';

const closed = ok([securityGroup('sg-0warehouse', [{ cidrs: ['10.20.0.0/16'] }])]);

describe('redshift-serverless-workgroup-not-public', () => {
  it('passes a private workgroup', () => {
    const findings = evaluate(check, { 'redshiftServerless.workgroups': [workgroup('analytics')], 'redshiftServerless.securityGroupsRead': closed });
    expect(verdicts(findings)).toEqual([['PASS', 'analytics']]);
    expect(findings[0]!.message).toBe('Redshift Serverless workgroup analytics is not publicly accessible. Its security groups do not open port 5439 to the internet.');
  });

  it('fails a public workgroup, naming the open rule on its own port', () => {
    const findings = evaluate(check, {
      'redshiftServerless.workgroups': [workgroup('adhoc', { publiclyAccessible: true, port: 5440 })],
      'redshiftServerless.securityGroupsRead': ok([securityGroup('sg-0warehouse', [{ port: 5440, cidrs: ['0.0.0.0/0'] }])]),
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'adhoc']]);
    expect(findings[0]!.message).toContain('is publicly accessible. Its security groups open port 5440 to the internet');
  });

  it('near miss: a public workgroup whose groups admit no internet source still FAILs', () => {
    const findings = evaluate(check, { 'redshiftServerless.workgroups': [workgroup('adhoc', { publiclyAccessible: true })], 'redshiftServerless.securityGroupsRead': closed });
    expect(verdicts(findings)).toEqual([['FAIL', 'adhoc']]);
    expect(findings[0]!.message).toContain('do not open port 5439');
  });

  it('still judges when the groups cannot be read; ERROR when the attribute is missing or the listing fails', async () => {
    const findings = evaluate(check, {
      'redshiftServerless.workgroups': [workgroup('analytics'), workgroup('bare', { publiclyAccessible: undefined })],
      'redshiftServerless.securityGroupsRead': failed(awsError('UnauthorizedOperation', 'ec2:DescribeSecurityGroups')),
    });
    expect(verdicts(findings)).toEqual([['PASS', 'analytics'], ['ERROR', 'bare']]);
    const listing = await run(check, { 'redshiftServerless.workgroups': awsError('AccessDeniedException', 'redshift-serverless:ListWorkgroups'), 'redshiftServerless.securityGroupsRead': closed });
    expect(listing.map((f) => f.status)).toEqual(['ERROR']);
  });
});
