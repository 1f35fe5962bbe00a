import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/redshift-cluster-multi-az.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { cluster } from '../../fixtures/redshift.js';

describe('redshift-cluster-multi-az', () => {
  it('passes MultiAZ "Enabled"', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('warehouse')] });
    expect(verdicts(findings)).toEqual([['PASS', 'warehouse']]);
    expect(findings[0]!.message).toBe('Redshift cluster warehouse is deployed across multiple Availability Zones (MultiAZ Enabled).');
  });

  it('fails an RA3 cluster with MultiAZ "Disabled"', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('single', { MultiAZ: 'Disabled' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'single']]);
    expect(findings[0]!.message).toBe('Redshift cluster single is not Multi-AZ (MultiAZ is Disabled).');
  });

  it('near miss: a DC2 cluster FAILs with the reason that only RA3 supports Multi-AZ', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('dc2', { NodeType: 'dc2.large', MultiAZ: 'Disabled' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'dc2']]);
    expect(findings[0]!.message).toContain('its node type dc2.large does not support Multi-AZ, only RA3 node types do');
  });

  it('fails an answer without MultiAZ, and reports ERROR when the clusters cannot be listed', async () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('bare', { MultiAZ: undefined })] });
    expect(findings[0]!.message).toContain('it reports no MultiAZ setting');
    expect(verdicts(findings)).toEqual([['FAIL', 'bare']]);
    const listing = await run(check, { 'redshift.clusters': awsError('AccessDenied', 'redshift:DescribeClusters') });
    expect(listing.map((f) => f.status)).toEqual(['ERROR']);
  });
});
