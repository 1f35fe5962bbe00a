import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/redshift-serverless-custom-admin-username.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { namespace } from '../../fixtures/redshift.js';

describe('redshift-serverless-custom-admin-username', () => {
  it('passes a custom admin username', () => {
    const findings = evaluate(check, { 'redshiftServerless.namespaces': [namespace('lake')] });
    expect(verdicts(findings)).toEqual([['PASS', 'lake']]);
    expect(findings[0]!.message).toBe('Redshift Serverless namespace lake uses a custom admin username (lake_admin).');
    expect(findings[0]!.resourceArn).toBe('arn:aws:redshift-serverless:us-east-1:123456789012:namespace/ns-lake');
  });

  it('fails admin', () => {
    const findings = evaluate(check, { 'redshiftServerless.namespaces': [namespace('default', { adminUsername: 'admin' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'default']]);
    expect(findings[0]!.message).toBe('Redshift Serverless namespace default uses the default admin username admin.');
  });

  it('near miss: awsuser (the provisioned default) PASSes here', () => {
    expect(verdicts(evaluate(check, { 'redshiftServerless.namespaces': [namespace('aws', { adminUsername: 'awsuser' })] }))).toEqual([['PASS', 'aws']]);
  });

  it('reports ERROR when the username is missing or the namespaces cannot be listed', async () => {
    expect(verdicts(evaluate(check, { 'redshiftServerless.namespaces': [namespace('bare', { adminUsername: undefined })] }))).toEqual([['ERROR', 'bare']]);
    const findings = await run(check, { 'redshiftServerless.namespaces': awsError('AccessDeniedException', 'redshift-serverless:ListNamespaces') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
