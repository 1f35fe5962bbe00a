import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/redshift-cluster-automated-snapshots.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { cluster } from '../../fixtures/redshift.js';

describe('redshift-cluster-automated-snapshots', () => {
  it('passes 7 days and more', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('week'), cluster('month', { AutomatedSnapshotRetentionPeriod: 35 })] });
    expect(verdicts(findings)).toEqual([['PASS', 'week'], ['PASS', 'month']]);
    expect(findings[0]!.message).toBe('Redshift cluster week keeps automated snapshots for 7 days.');
  });

  it('fails automated snapshots turned off (0)', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('off', { AutomatedSnapshotRetentionPeriod: 0 })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'off']]);
    expect(findings[0]!.message).toBe('Redshift cluster off has automated snapshots turned off (retention period 0).');
  });

  it('near miss: the Redshift default of 1 day, and 6 days, FAIL', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('one', { AutomatedSnapshotRetentionPeriod: 1 }), cluster('six', { AutomatedSnapshotRetentionPeriod: 6 })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'one'], ['FAIL', 'six']]);
    expect(findings[0]!.message).toBe('Redshift cluster one keeps automated snapshots for 1 day, less than 7.');
  });

  it('reports ERROR when the retention is missing or the clusters cannot be listed', async () => {
    expect(verdicts(evaluate(check, { 'redshift.clusters': [cluster('bare', { AutomatedSnapshotRetentionPeriod: undefined })] }))).toEqual([['ERROR', 'bare']]);
    const findings = await run(check, { 'redshift.clusters': awsError('AccessDenied', 'redshift:DescribeClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
