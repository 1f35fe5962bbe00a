import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/redshift-cluster-custom-admin-username.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { cluster } from '../../fixtures/redshift.js';

describe('redshift-cluster-custom-admin-username', () => {
  it('passes a custom admin username', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('warehouse')] });
    expect(verdicts(findings)).toEqual([['PASS', 'warehouse']]);
    expect(findings[0]!.message).toBe('Redshift cluster warehouse uses a custom admin username (warehouse_admin).');
  });

  it('fails awsuser, in any case', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('default', { MasterUsername: 'awsuser' }), cluster('upper', { MasterUsername: 'AWSUser' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'default'], ['FAIL', 'upper']]);
    expect(findings[0]!.message).toBe('Redshift cluster default uses the default admin username awsuser.');
  });

  it('near miss: admin (the RDS and Serverless default) and awsuser2 PASS here', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('admin', { MasterUsername: 'admin' }), cluster('two', { MasterUsername: 'awsuser2' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'admin'], ['PASS', 'two']]);
  });

  it('reports ERROR when the username is missing or the clusters cannot be listed', async () => {
    expect(verdicts(evaluate(check, { 'redshift.clusters': [cluster('bare', { MasterUsername: undefined })] }))).toEqual([['ERROR', 'bare']]);
    const findings = await run(check, { 'redshift.clusters': awsError('AccessDenied', 'redshift:DescribeClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
