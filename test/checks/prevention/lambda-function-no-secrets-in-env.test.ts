import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/lambda-function-no-secrets-in-env.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { lambdaFunction, withEnvironment } from '../../fixtures/lambda.js';

// Fake values shaped like the real thing (the AWS documentation's example key pair).
const ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const DB_PASSWORD = 'hunter2-Correct-Horse';

describe('lambda-function-no-secrets-in-env', () => {
  it('fails secrets by name, by format and by entropy, naming variables and rules, never values', () => {
    const fn = withEnvironment(lambdaFunction('billing'), {
      DB_PASSWORD,
      AWS_KEY_ID: ACCESS_KEY_ID,
      AWS_KEY: SECRET_KEY,
      SESSION_SEED: 'q8Zr2LmX5vT9pWc3YnB7kD4sHf6JgQ1a',
      TABLE_NAME: 'billing-prod',
    });
    const findings = evaluate(check, { 'lambda.functions': [fn] });
    expect(verdicts(findings)).toEqual([['FAIL', 'billing']]);
    expect(findings[0]!.message).toBe(
      'Lambda function billing has 4 environment variables that look like a secret in plain text: AWS_KEY: format (AWS secret access key); AWS_KEY_ID: format (AWS access key id); DB_PASSWORD: name (contains "password"); SESSION_SEED: entropy (high-entropy base64 string of 32 characters).',
    );
    for (const value of [ACCESS_KEY_ID, SECRET_KEY, DB_PASSWORD, 'q8Zr2LmX5vT9pWc3YnB7kD4sHf6JgQ1a']) {
      expect(JSON.stringify(findings)).not.toContain(value);
      expect(JSON.stringify(fn)).not.toContain(value);
    }
  });

  it('passes references and ordinary settings', () => {
    const fn = withEnvironment(lambdaFunction('orders'), {
      DB_PASSWORD_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:orders-db-AbCdEf',
      API_TOKEN_PARAM: '/orders/api/token',
      LOG_LEVEL: 'INFO',
      ENDPOINT: 'https://api.example.com/v1',
    });
    const findings = evaluate(check, { 'lambda.functions': [fn] });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.message).toBe('Lambda function orders has 4 environment variables, none of which looks like a secret.');
  });

  it('near miss: a secret-sounding name with an empty value or a placeholder is not a secret; PASSENGER_LIMIT is not a password', () => {
    const fn = withEnvironment(lambdaFunction('trips'), { DB_PASSWORD: '', API_KEY: '${API_KEY}', PASSENGER_LIMIT: '9' });
    expect(evaluate(check, { 'lambda.functions': [fn] })[0]!.status).toBe('PASS');
  });

  it('near miss: a URL with credentials fails while a plain URL passes', () => {
    const fn = withEnvironment(lambdaFunction('etl'), { DATABASE_URL: 'postgres://etl:s3cr3tpw@db.internal:5432/etl', HEALTH_URL: 'https://status.example.com' });
    const findings = evaluate(check, { 'lambda.functions': [fn] });
    expect(findings[0]!.message).toContain('DATABASE_URL: format (URL with credentials)');
    expect(findings[0]!.message).not.toContain('HEALTH_URL');
    expect(findings[0]!.message).not.toContain('s3cr3tpw');
  });

  it('passes a function without environment variables', () => {
    expect(evaluate(check, { 'lambda.functions': [lambdaFunction('bare')] })[0]!.message).toBe('Lambda function bare has no environment variables.');
  });

  it('is an ERROR when Lambda could not decrypt the variables (Environment.Error)', () => {
    const fn = lambdaFunction('locked', {
      Environment: { Error: { ErrorCode: 'KMSAccessDeniedException', Message: 'Lambda was unable to decrypt the environment variables because KMS access was denied.' } },
    });
    const findings = evaluate(check, { 'lambda.functions': [fn] });
    expect(verdicts(findings)).toEqual([['ERROR', 'locked']]);
    expect(findings[0]!.message).toContain('could not decrypt its environment variables (KMSAccessDeniedException');
  });

  it('is one ERROR for the region when ListFunctions is refused', async () => {
    const findings = await run(check, { 'lambda.functions': awsError('AccessDeniedException', 'lambda:ListFunctions') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'lambda:ListFunctions']]);
  });
});
