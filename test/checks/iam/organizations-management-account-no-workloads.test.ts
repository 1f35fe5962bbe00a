import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/organizations-management-account-no-workloads.js';
import type { RegionWorkloads } from '../../../src/data/datasets/organizations.js';
import type { OrganizationStanding } from '../../../src/data/organization.js';
import { awsError, evaluate, evaluateWithNotes, verdicts } from '../../helpers/check-harness.js';
import { delegatedAdmin, management, member, ORG } from '../../fixtures/organizations.js';

const G = { region: 'global' };
const data = (standing: OrganizationStanding, workloads: RegionWorkloads[] | null) => ({ 'organizations.standing': standing, 'organizations.managementWorkloads': workloads });
const region = (name: string, found: string[] = [], errors: RegionWorkloads['errors'] = []): RegionWorkloads => ({ region: name, found, errors });

describe('organizations-management-account-no-workloads', () => {
  it('passes a management account with no instance, database or load balancer', () => {
    const findings = evaluate(check, data(management, [region('us-east-1'), region('eu-west-1')]), G);
    expect(verdicts(findings)).toEqual([['PASS', ORG.id]]);
    expect(findings[0]!.message).toContain('in us-east-1, eu-west-1');
  });

  it('fails and lists what runs there', () => {
    const findings = evaluate(check, data(management, [region('us-east-1', ['EC2 instance i-0abc', 'RDS DB cluster prod']), region('eu-west-1', ['load balancer web'])]), G);
    expect(verdicts(findings)).toEqual([['FAIL', ORG.id]]);
    expect(findings[0]!.message).toBe(
      `Management account 123456789012 of organization ${ORG.id} runs 3 workloads: EC2 instance i-0abc (us-east-1), RDS DB cluster prod (us-east-1), load balancer web (eu-west-1).`,
    );
  });

  it('reports ERROR when a region could not be listed and nothing was found', () => {
    const findings = evaluate(check, data(management, [region('us-east-1', [], [awsError('UnauthorizedOperation', 'ec2:DescribeInstances')])]), G);
    expect(verdicts(findings)).toEqual([['ERROR', ORG.id]]);
    expect(findings[0]!.message).toContain('ec2:DescribeInstances in us-east-1');
  });

  it('near miss: a workload found elsewhere still fails even when another listing failed', () => {
    const findings = evaluate(check, data(management, [region('us-east-1', ['RDS DB instance db1'], [awsError('AccessDenied', 'elasticloadbalancing:DescribeLoadBalancers')])]), G);
    expect(findings[0]!.status).toBe('FAIL');
  });

  it('is not applicable from a delegated administrator or a member account', () => {
    const admin = evaluateWithNotes(check, data(delegatedAdmin(), null), G);
    expect(admin.findings).toEqual([]);
    expect(admin.notInScope[0]).toContain('delegated administrator of organization');
    expect(evaluateWithNotes(check, data(member, null), G).notInScope).toHaveLength(1);
  });
});
