import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/organizations-policy-management-delegated.js';
import type { Fetched } from '../../../src/data/dataset.js';
import type { OrganizationStanding } from '../../../src/data/organization.js';
import { awsError, evaluate, evaluateWithNotes, failed, ok, verdicts } from '../../helpers/check-harness.js';
import { management, MEMBER, member, ORG, standalone } from '../../fixtures/organizations.js';

const G = { region: 'global' };
const data = (policy: Fetched<string | null>, standing: OrganizationStanding = management) => ({ 'organizations.standing': standing, 'organizations.resourcePolicy': policy });
const doc = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

describe('organizations-policy-management-delegated', () => {
  it('passes a delegation of policy management to a member account', () => {
    const policy = doc({ Sid: 'Delegate', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${MEMBER}:root` }, Action: ['organizations:Describe*', 'organizations:List*', 'organizations:CreatePolicy', 'organizations:AttachPolicy'], Resource: '*' });
    const findings = evaluate(check, data(ok(policy)), G);
    expect(verdicts(findings)).toEqual([['PASS', ORG.id]]);
    expect(findings[0]!.message).toContain(`statement 'Delegate' of its delegation policy allows organizations:CreatePolicy, organizations:AttachPolicy to arn:aws:iam::${MEMBER}:root`);
  });

  it('counts wildcards: organizations:*Policy covers them', () => {
    expect(evaluate(check, data(ok(doc({ Effect: 'Allow', Principal: { AWS: MEMBER }, Action: 'organizations:*Policy', Resource: '*' }))), G)[0]!.status).toBe('PASS');
  });

  it('fails when no delegation policy exists (ResourcePolicyNotFoundException)', () => {
    const findings = evaluate(check, data(ok(null)), G);
    expect(verdicts(findings)).toEqual([['FAIL', ORG.id]]);
    expect(findings[0]!.message).toContain('has no delegation policy');
  });

  it('near miss: a delegation of read-only actions only', () => {
    const findings = evaluate(check, data(ok(doc({ Effect: 'Allow', Principal: { AWS: MEMBER }, Action: ['organizations:Describe*', 'organizations:List*'], Resource: '*' }))), G);
    expect(findings[0]!.status).toBe('FAIL');
  });

  it('near miss: policy actions granted to the management account itself', () => {
    const findings = evaluate(check, data(ok(doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ORG.managementAccountId}:root` }, Action: 'organizations:*', Resource: '*' }))), G);
    expect(findings[0]!.status).toBe('FAIL');
  });

  it('near miss: a Deny to a member account does not delegate', () => {
    expect(evaluate(check, data(ok(doc({ Effect: 'Deny', Principal: { AWS: MEMBER }, Action: 'organizations:CreatePolicy', Resource: '*' }))), G)[0]!.status).toBe('FAIL');
  });

  it('reports ERROR when the policy cannot be read or parsed', () => {
    expect(verdicts(evaluate(check, data(failed(awsError('AccessDeniedException', 'organizations:DescribeResourcePolicy'))), G))).toEqual([['ERROR', ORG.id]]);
    expect(evaluate(check, data(ok('{not json')), G)[0]!.status).toBe('ERROR');
  });

  it('is not applicable from a member or standalone account', () => {
    expect(evaluateWithNotes(check, data(ok(null), member), G)).toEqual({ findings: [], notInScope: [member.role === 'member' ? member.reason : ''] });
    expect(evaluateWithNotes(check, data(ok(null), standalone), G).findings).toEqual([]);
  });
});
