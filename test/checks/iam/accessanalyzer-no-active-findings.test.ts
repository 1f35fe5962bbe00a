import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/accessanalyzer-no-active-findings.js';
import { awsError, evaluateWithNotes, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';
import { analyzer, finding, listings } from '../../fixtures/accessanalyzer.js';

const external = analyzer('external-access');
const org = analyzer('org-external', 'ORGANIZATION');

describe('accessanalyzer-no-active-findings', () => {
  it('passes an active analyzer without active findings', () => {
    const findings = evaluate(check, { 'accessanalyzer.analyzers': listings([external]), 'accessanalyzer.activeFindings': [{ analyzer: external, findings: ok([]) }] });
    expect(verdicts(findings)).toEqual([['PASS', 'external-access']]);
    expect(findings[0]!.resourceArn).toBe(external.arn);
    expect(findings[0]!.message).toBe('Analyzer external-access (ACCOUNT) in us-east-1 has no active finding.');
  });

  it('fails with the findings counted by type, public versus cross-account', () => {
    const active = [finding('1', 'AWS::S3::Bucket', true), finding('2', 'AWS::S3::Bucket', false), finding('3', 'AWS::S3::Bucket', false), finding('4', 'AWS::IAM::Role', false)];
    const findings = evaluate(check, { 'accessanalyzer.analyzers': listings([], [org]), 'accessanalyzer.activeFindings': [{ analyzer: org, findings: ok(active) }] });
    expect(verdicts(findings)).toEqual([['FAIL', 'org-external']]);
    expect(findings[0]!.message).toBe('Analyzer org-external (ORGANIZATION) in us-east-1 has 4 active findings: 1 AWS::IAM::Role (cross-account), 3 AWS::S3::Bucket (1 public, 2 cross-account).');
  });

  it('near miss: a single public finding fails', () => {
    const findings = evaluate(check, { 'accessanalyzer.analyzers': listings([external]), 'accessanalyzer.activeFindings': [{ analyzer: external, findings: ok([finding('1', 'AWS::SQS::Queue', true)]) }] });
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('1 active finding: 1 AWS::SQS::Queue (public)');
  });

  it('reports ERROR for an analyzer whose findings cannot be listed', () => {
    const findings = evaluate(check, {
      'accessanalyzer.analyzers': listings([external]),
      'accessanalyzer.activeFindings': [{ analyzer: external, findings: failed(awsError('AccessDeniedException', 'access-analyzer:ListFindings')) }],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'external-access']]);
  });

  it('reports ERROR for the region when a listing of analyzers is refused', () => {
    const findings = evaluate(check, { 'accessanalyzer.analyzers': listings(awsError('AccessDeniedException', 'access-analyzer:ListAnalyzers'), []), 'accessanalyzer.activeFindings': [] });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
  });

  it('is not in scope without an active external analyzer', () => {
    const { findings, notInScope } = evaluateWithNotes(check, { 'accessanalyzer.analyzers': listings([analyzer('new', 'ACCOUNT', 'CREATING')]), 'accessanalyzer.activeFindings': [] });
    expect(findings).toEqual([]);
    expect(notInScope).toEqual(['no active external access analyzer']);
  });
});
