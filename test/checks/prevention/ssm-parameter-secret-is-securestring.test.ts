import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ssm-parameter-secret-is-securestring.js';
import { awsError, evaluate, evaluateWithNotes, run, verdicts } from '../../helpers/check-harness.js';
import { parameter } from '../../fixtures/ssm.js';

describe('ssm-parameter-secret-is-securestring', () => {
  it('passes a SecureString parameter named like a secret', () => {
    const findings = evaluate(check, { 'ssm.parameters': [parameter('/orders/prod/db/password', 'SecureString')] });
    expect(verdicts(findings)).toEqual([['PASS', '/orders/prod/db/password']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ssm:us-east-1:123456789012:parameter/orders/prod/db/password');
    expect(findings[0]!.message).toBe('Parameter /orders/prod/db/password (name contains "password") is a SecureString, encrypted with alias/aws/ssm.');
  });

  it('fails String and StringList parameters named like secrets', () => {
    const findings = evaluate(check, { 'ssm.parameters': [parameter('/payments/stripe-api-key', 'String'), parameter('legacyDbPasswords', 'StringList')] });
    expect(verdicts(findings)).toEqual([
      ['FAIL', '/payments/stripe-api-key'],
      ['FAIL', 'legacyDbPasswords'],
    ]);
    expect(findings[0]!.message).toBe('Parameter /payments/stripe-api-key (name contains "apikey") is a String parameter: its value is stored and returned unencrypted. Make it a SecureString or move it to Secrets Manager.');
  });

  it('reads the whole path too: a secret word split across segments counts', () => {
    expect(verdicts(evaluate(check, { 'ssm.parameters': [parameter('/service/api/key', 'String')] }))).toEqual([['FAIL', '/service/api/key']]);
  });

  it('near miss: names that only look close are not in scope (passenger, author, tokenizer-free)', () => {
    const { findings, notInScope } = evaluateWithNotes(check, { 'ssm.parameters': [parameter('/app/passenger-count', 'String'), parameter('/blog/author', 'String'), parameter('/app/db/host', 'String')] });
    expect(findings).toEqual([]);
    expect(notInScope).toEqual(['no parameter name looks like a secret']);
  });

  it('near miss: pass, pwd and auth count only as whole tokens', () => {
    const findings = evaluate(check, { 'ssm.parameters': [parameter('/ldap/bind_pwd', 'String'), parameter('/app/compass', 'String'), parameter('/svc/auth', 'String')] });
    expect(verdicts(findings)).toEqual([
      ['FAIL', '/ldap/bind_pwd'],
      ['FAIL', '/svc/auth'],
    ]);
  });

  it('reports ERROR for a parameter whose Type is missing', () => {
    const findings = evaluate(check, { 'ssm.parameters': [{ ...parameter('/x/secret', 'String'), Type: undefined }] });
    expect(verdicts(findings)).toEqual([['ERROR', '/x/secret']]);
  });

  it('reports ERROR for the region when the parameters cannot be described', async () => {
    const findings = await run(check, { 'ssm.parameters': awsError('AccessDeniedException', 'ssm:DescribeParameters') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'ssm:DescribeParameters']]);
  });
});
