import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/redshift-serverless-workgroup-requires-ssl.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { workgroup } from '../../fixtures/redshift.js';

const withSsl = (value: string | undefined) => ({
  configParameters: [{ parameterKey: 'datestyle', parameterValue: 'ISO, MDY' }, ...(value === undefined ? [] : [{ parameterKey: 'require_ssl', parameterValue: value }])],
});

describe('redshift-serverless-workgroup-requires-ssl', () => {
  it('passes a workgroup with require_ssl "true"', () => {
    const findings = evaluate(check, { 'redshiftServerless.workgroups': [workgroup('analytics')] });
    expect(verdicts(findings)).toEqual([['PASS', 'analytics']]);
    expect(findings[0]!.message).toBe('Redshift Serverless workgroup analytics requires SSL (require_ssl is "true").');
    expect(findings[0]!.resourceArn).toBe('arn:aws:redshift-serverless:us-east-1:123456789012:workgroup/wg-analytics');
  });

  it('fails require_ssl "false"', () => {
    const findings = evaluate(check, { 'redshiftServerless.workgroups': [workgroup('adhoc', withSsl('false'))] });
    expect(verdicts(findings)).toEqual([['FAIL', 'adhoc']]);
    expect(findings[0]!.message).toBe('Redshift Serverless workgroup adhoc does not require SSL: require_ssl is "false", so clients may connect without encryption.');
  });

  it('near miss: use_fips_ssl "true" without require_ssl FAILs', () => {
    const findings = evaluate(check, { 'redshiftServerless.workgroups': [workgroup('fips', { configParameters: [{ parameterKey: 'use_fips_ssl', parameterValue: 'true' }] })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'fips']]);
    expect(findings[0]!.message).toContain('lists no require_ssl configuration parameter');
  });

  it('reports ERROR when the workgroups cannot be listed', async () => {
    const findings = await run(check, { 'redshiftServerless.workgroups': awsError('AccessDeniedException', 'redshift-serverless:ListWorkgroups') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
