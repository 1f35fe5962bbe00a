import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ecr-repository-tag-immutable.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { repository } from '../../fixtures/ecr.js';

describe('ecr-repository-tag-immutable', () => {
  it('passes IMMUTABLE and fails MUTABLE', () => {
    const findings = evaluate(check, { 'ecr.repositories': [repository('web'), repository('batch', { imageTagMutability: 'MUTABLE' })] });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'web'],
      ['FAIL', 'batch'],
    ]);
  });

  it('passes IMMUTABLE_WITH_EXCLUSION listing its filters, and calls out an exclusion that keeps latest mutable', () => {
    const findings = evaluate(check, {
      'ecr.repositories': [
        repository('dev', { imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'dev-*' }] }),
        repository('app', { imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'lat*' }] }),
      ],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'dev'],
      ['PASS', 'app'],
    ]);
    expect(findings[0]!.message).toBe('Repository dev has immutable image tags except those matching its exclusion filters (dev-*).');
    expect(findings[1]!.message).toContain('the exclusions keep the tag latest mutable');
  });

  it('near miss: MUTABLE_WITH_EXCLUSION (immutable only for the filtered tags) fails', () => {
    const findings = evaluate(check, {
      'ecr.repositories': [repository('rel', { imageTagMutability: 'MUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'v*' }] })],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'rel']]);
    expect(findings[0]!.message).toBe('Repository rel has mutable image tags, except those matching its exclusion filters (v*).');
  });

  it('reports ERROR for a repository without the setting and for a refused listing', async () => {
    expect(verdicts(evaluate(check, { 'ecr.repositories': [repository('odd', { imageTagMutability: undefined })] }))).toEqual([['ERROR', 'odd']]);
    const findings = await run(check, { 'ecr.repositories': awsError('AccessDeniedException', 'ecr:DescribeRepositories') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
