import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/accessanalyzer-enabled.js';
import type { AnalyzerListings } from '../../../src/data/datasets/accessanalyzer.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { analyzer, byRegion, listings } from '../../fixtures/accessanalyzer.js';

const data = (east: AnalyzerListings, west: AnalyzerListings = listings()) => ({ 'accessanalyzer.analyzers': east, 'accessanalyzer.analyzersByRegion': byRegion(east, west) });

describe('accessanalyzer-enabled', () => {
  it('passes a region with an ACTIVE account analyzer', () => {
    const findings = evaluate(check, data(listings([analyzer('external-access')])));
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:access-analyzer:us-east-1:123456789012:analyzer');
    expect(findings[0]!.message).toBe('IAM Access Analyzer has an active external access analyzer in us-east-1: external-access (ACCOUNT).');
  });

  it('passes an ACTIVE organization analyzer, and a service-linked one', () => {
    const org = analyzer('org-external', 'ORGANIZATION');
    const linked = analyzer('SecurityHubAnalyzer', 'ACCOUNT', 'ACTIVE', { managedBy: 'securityhubv2.amazonaws.com' });
    expect(verdicts(evaluate(check, data(listings([], [org]))))).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(evaluate(check, data(listings([linked])))[0]!.message).toContain('SecurityHubAnalyzer (ACCOUNT, managed by securityhubv2.amazonaws.com)');
  });

  it('fails a region without an analyzer, says an organization analyzer may cover it, and names the regions that have one', () => {
    const findings = evaluate(check, { 'accessanalyzer.analyzers': listings(), 'accessanalyzer.analyzersByRegion': byRegion(listings([analyzer('a')]), listings()) }, { region: 'eu-west-1' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/eu-west-1']]);
    expect(findings[0]!.message).toBe(
      'No active external access analyzer in eu-west-1: no external access analyzer. An organization analyzer may cover this account; it is not visible from here. Scanned regions where an active external access analyzer exists: us-east-1.',
    );
  });

  it('near miss: the analyzer is still being created', () => {
    const findings = evaluate(check, data(listings([analyzer('new', 'ACCOUNT', 'CREATING')])));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('new (ACCOUNT) is being created (in progress)');
  });

  it('near miss: an organization analyzer whose trusted access was removed (DISABLED)', () => {
    const disabled = analyzer('org', 'ORGANIZATION', 'DISABLED', { statusReason: { code: 'AWS_SERVICE_ACCESS_DISABLED' } });
    const findings = evaluate(check, data(listings([], [disabled])));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('org (ORGANIZATION) is DISABLED, AWS_SERVICE_ACCESS_DISABLED');
    expect(findings[0]!.message).not.toContain('may cover this account');
  });

  it('near miss: only an unused-access analyzer, which an endpoint listed despite the type filter', () => {
    // The dataset drops analyzers of other types; what reaches the check is empty.
    expect(evaluate(check, data(listings([])))[0]!.status).toBe('FAIL');
  });

  it('fails a FAILED analyzer', () => {
    expect(evaluate(check, data(listings([analyzer('broken', 'ACCOUNT', 'FAILED')])))[0]!.message).toContain('broken (ACCOUNT) is FAILED');
  });

  it('reports ERROR when a listing is refused and nothing qualifies', () => {
    const findings = evaluate(check, data(listings(awsError('AccessDeniedException', 'access-analyzer:ListAnalyzers'), [])));
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
    expect(findings[0]!.error?.action).toBe('access-analyzer:ListAnalyzers');
  });

  it('passes when the ORGANIZATION listing is refused but an account analyzer is active', () => {
    const findings = evaluate(check, data(listings([analyzer('a')], awsError('AccessDeniedException', 'access-analyzer:ListAnalyzers'))));
    expect(findings[0]!.status).toBe('PASS');
  });

  it('gives one result per scanned region through the runner', async () => {
    const east = listings([analyzer('a')]);
    const findings = await run(check, data(east), { regions: ['us-east-1', 'eu-west-1'] });
    expect(findings.map((f) => [f.status, f.region])).toEqual([
      ['PASS', 'eu-west-1'],
      ['PASS', 'us-east-1'],
    ]);
  });
});
