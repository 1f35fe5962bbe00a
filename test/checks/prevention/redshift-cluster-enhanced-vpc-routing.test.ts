import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/redshift-cluster-enhanced-vpc-routing.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { cluster } from '../../fixtures/redshift.js';

describe('redshift-cluster-enhanced-vpc-routing', () => {
  it('passes enhanced VPC routing on', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('warehouse')] });
    expect(verdicts(findings)).toEqual([['PASS', 'warehouse']]);
    expect(findings[0]!.message).toBe('Redshift cluster warehouse uses enhanced VPC routing.');
  });

  it('fails it off', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('bi', { EnhancedVpcRouting: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'bi']]);
    expect(findings[0]!.message).toBe('Redshift cluster bi does not use enhanced VPC routing, so COPY and UNLOAD traffic leaves the VPC.');
  });

  it('near miss: a paused cluster with it off still FAILs; an answer without it is ERROR', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('paused', { ClusterStatus: 'paused', EnhancedVpcRouting: false }), cluster('bare', { EnhancedVpcRouting: undefined })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'paused'], ['ERROR', 'bare']]);
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'redshift.clusters': awsError('AccessDenied', 'redshift:DescribeClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
