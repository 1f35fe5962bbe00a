import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ecr-repository-policy-not-public.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { policyText, repository } from '../../fixtures/ecr.js';

const PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'];
const judge = (text: string | undefined) => evaluate(check, { 'ecr.repositoryPolicies': [{ repository: repository('web'), result: ok(text) }] });

describe('ecr-repository-policy-not-public', () => {
  it('passes a repository without a policy (RepositoryPolicyNotFoundException)', () => {
    const findings = judge(undefined);
    expect(verdicts(findings)).toEqual([['PASS', 'web']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ecr:us-east-1:123456789012:repository/web');
  });

  it('passes pull granted to another account and to the organization', () => {
    expect(verdicts(judge(policyText({ Sid: 'Prod', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: PULL })))).toEqual([['PASS', 'web']]);
    expect(verdicts(judge(policyText({ Effect: 'Allow', Principal: '*', Action: PULL, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })))).toEqual([['PASS', 'web']]);
  });

  it('fails public pull and says pull', () => {
    const findings = judge(policyText({ Sid: 'PublicPull', Effect: 'Allow', Principal: '*', Action: PULL }));
    expect(verdicts(findings)).toEqual([['FAIL', 'web']]);
    expect(findings[0]!.message).toBe(
      "Repository web has a repository policy that lets everyone pull images without a condition pinning the caller: statement 'PublicPull' (ecr:BatchGetImage, ecr:GetDownloadUrlForLayer, ecr:BatchCheckLayerAvailability).",
    );
  });

  it('says pull and push for ecr:*, and push for push actions only', () => {
    expect(judge(policyText({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'ecr:*' }))[0]!.message).toContain('lets everyone pull and push images');
    expect(judge(policyText({ Effect: 'Allow', Principal: '*', Action: ['ecr:PutImage', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload'] }))[0]!.message).toContain(
      'lets everyone push images',
    );
  });

  it('near miss: "*" with aws:SourceIp 0.0.0.0/0 or a wildcard account is still public', () => {
    expect(verdicts(judge(policyText({ Effect: 'Allow', Principal: '*', Action: PULL, Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } })))).toEqual([['FAIL', 'web']]);
    expect(verdicts(judge(policyText({ Effect: 'Allow', Principal: '*', Action: PULL, Condition: { StringLike: { 'aws:PrincipalAccount': '*' } } })))).toEqual([['FAIL', 'web']]);
  });

  it('reports ERROR for an unreadable policy and a refused read', () => {
    const findings = evaluate(check, {
      'ecr.repositoryPolicies': [
        { repository: repository('garbled'), result: ok('not json') },
        { repository: repository('hidden'), result: failed(awsError('AccessDeniedException', 'ecr:GetRepositoryPolicy')) },
      ],
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'garbled'],
      ['ERROR', 'hidden'],
    ]);
  });

  it('reports ERROR for the region when the repositories cannot be listed', async () => {
    const findings = await run(check, { 'ecr.repositoryPolicies': awsError('AccessDeniedException', 'ecr:DescribeRepositories') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
