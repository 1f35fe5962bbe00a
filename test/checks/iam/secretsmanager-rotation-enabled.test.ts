import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/secretsmanager-rotation-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { rotating, secret } from '../../fixtures/secretsmanager.js';

describe('secretsmanager-rotation-enabled', () => {
  it('passes a secret with rotation enabled and gives its schedule', () => {
    const findings = evaluate(check, {
      'secretsmanager.secrets': [secret('prod/db', rotating), secret('prod/api', { ...rotating, RotationRules: { ScheduleExpression: 'rate(10 days)', Duration: '2h' } })],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'prod/db'],
      ['PASS', 'prod/api'],
    ]);
    expect(findings[0]!.message).toBe('Secret prod/db rotates automatically every 30 days.');
    expect(findings[1]!.message).toBe('Secret prod/api rotates automatically on schedule rate(10 days) (window 2h).');
    expect(findings[0]!.resourceArn).toBe('arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf');
  });

  it('fails a secret whose rotation was never configured (no RotationEnabled in the listing)', () => {
    const findings = evaluate(check, { 'secretsmanager.secrets': [secret('legacy/api-key')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy/api-key']]);
    expect(findings[0]!.message).toBe('Secret legacy/api-key does not rotate automatically (rotation was never configured).');
  });

  it('near miss: rotation rules left behind with RotationEnabled false fail, and a service-owned secret names its owner', () => {
    const findings = evaluate(check, {
      'secretsmanager.secrets': [
        secret('paused', { ...rotating, RotationEnabled: false }),
        secret('rds!db-0a1b2c3d', { RotationEnabled: false, OwningService: 'rds' }),
      ],
    });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'paused'],
      ['FAIL', 'rds!db-0a1b2c3d'],
    ]);
    expect(findings[0]!.message).toBe('Secret paused does not rotate automatically (RotationEnabled is false, although rotation rules (every 30 days) remain).');
    expect(findings[1]!.message).toBe(
      'Secret rds!db-0a1b2c3d (managed by rds) does not rotate automatically (RotationEnabled is false); rds owns this secret and normally rotates it, so turn rotation on in rds.',
    );
  });

  it('reports ERROR for the region when the secrets cannot be listed', async () => {
    const findings = await run(check, { 'secretsmanager.secrets': awsError('AccessDeniedException', 'secretsmanager:ListSecrets') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.message).toContain('secretsmanager:ListSecrets');
  });
});
