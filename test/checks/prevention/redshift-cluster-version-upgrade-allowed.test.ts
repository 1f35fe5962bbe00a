import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/redshift-cluster-version-upgrade-allowed.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { cluster } from '../../fixtures/redshift.js';

describe('redshift-cluster-version-upgrade-allowed', () => {
  it('passes AllowVersionUpgrade true', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('warehouse')] });
    expect(verdicts(findings)).toEqual([['PASS', 'warehouse']]);
    expect(findings[0]!.message).toBe('Redshift cluster warehouse (version 1.0, current track) accepts engine version upgrades in its maintenance window.');
  });

  it('fails AllowVersionUpgrade false', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('pinned', { AllowVersionUpgrade: false, MaintenanceTrackName: 'trailing' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'pinned']]);
    expect(findings[0]!.message).toBe('Redshift cluster pinned (version 1.0, trailing track) does not accept engine version upgrades (AllowVersionUpgrade is false).');
  });

  it('near miss: the trailing maintenance track with upgrades allowed PASSes (only the attribute is judged)', () => {
    expect(verdicts(evaluate(check, { 'redshift.clusters': [cluster('trailing', { MaintenanceTrackName: 'trailing' })] }))).toEqual([['PASS', 'trailing']]);
  });

  it('reports ERROR when the attribute is missing or the clusters cannot be listed', async () => {
    expect(verdicts(evaluate(check, { 'redshift.clusters': [cluster('bare', { AllowVersionUpgrade: undefined })] }))).toEqual([['ERROR', 'bare']]);
    const findings = await run(check, { 'redshift.clusters': awsError('AccessDenied', 'redshift:DescribeClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
