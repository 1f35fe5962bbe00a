import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/ecr-repository-lifecycle-policy.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { repository } from '../../fixtures/ecr.js';

const expireUntagged = JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } }] });

describe('ecr-repository-lifecycle-policy', () => {
  it('passes a repository with a lifecycle policy and fails one without', () => {
    const findings = evaluate(check, {
      'ecr.lifecyclePolicies': [
        { repository: repository('web'), result: ok(expireUntagged) },
        { repository: repository('batch'), result: ok(undefined) },
      ],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'web'],
      ['FAIL', 'batch'],
    ]);
    expect(findings[1]!.message).toBe('Repository batch has no lifecycle policy, so its old and untagged images are never expired.');
  });

  it('near miss: a policy whose rules keep everything still passes (rules are not judged)', () => {
    const keepAll = JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 100000 }, action: { type: 'expire' } }] });
    expect(verdicts(evaluate(check, { 'ecr.lifecyclePolicies': [{ repository: repository('web'), result: ok(keepAll) }] }))).toEqual([['PASS', 'web']]);
  });

  it('reports ERROR when the lifecycle policy could not be read, and when the repositories cannot be listed', async () => {
    const findings = evaluate(check, { 'ecr.lifecyclePolicies': [{ repository: repository('hidden'), result: failed(awsError('AccessDeniedException', 'ecr:GetLifecyclePolicy')) }] });
    expect(verdicts(findings)).toEqual([['ERROR', 'hidden']]);
    const listing = await run(check, { 'ecr.lifecyclePolicies': awsError('AccessDeniedException', 'ecr:DescribeRepositories') });
    expect(listing.map((f) => f.status)).toEqual(['ERROR']);
  });
});
