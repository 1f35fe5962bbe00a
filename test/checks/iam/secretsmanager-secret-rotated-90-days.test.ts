import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/secretsmanager-secret-rotated-90-days.js';
import { awsError, evaluate, NOW, run, verdicts } from '../../helpers/check-harness.js';
import { rotating, secret } from '../../fixtures/secretsmanager.js';

const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe('secretsmanager-secret-rotated-90-days', () => {
  it('passes a secret rotated a week ago', () => {
    const findings = evaluate(check, { 'secretsmanager.secrets': [secret('prod/db', rotating)] });
    expect(verdicts(findings)).toEqual([['PASS', 'prod/db']]);
    expect(findings[0]!.message).toBe('Secret prod/db was last rotated on 2026-10-25 (7 days ago), less than 90 days ago.');
  });

  it('fails a secret created long ago and never rotated, whatever LastChangedDate says', () => {
    const findings = evaluate(check, { 'secretsmanager.secrets': [secret('legacy/api-key', { CreatedDate: new Date('2024-02-01T00:00:00Z'), LastChangedDate: daysBefore(2) })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy/api-key']]);
    expect(findings[0]!.message).toBe('Secret legacy/api-key was created on 2024-02-01 (1004 days ago) and never rotated, 90 days or more ago; automatic rotation is off.');
  });

  it('passes a manually rotated secret without automatic rotation, and a new secret', () => {
    const findings = evaluate(check, {
      'secretsmanager.secrets': [secret('manual', { LastRotatedDate: daysBefore(10) }), secret('fresh', { CreatedDate: daysBefore(3), LastAccessedDate: undefined })],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'manual'],
      ['PASS', 'fresh'],
    ]);
    expect(findings[0]!.message).toContain('automatic rotation is off');
  });

  it('near miss: 89.9 days passes, exactly 90 days fails', () => {
    const findings = evaluate(check, {
      'secretsmanager.secrets': [secret('almost', { ...rotating, LastRotatedDate: new Date(NOW.getTime() - 90 * 86_400_000 + 3_600_000) }), secret('exactly', { ...rotating, LastRotatedDate: daysBefore(90) })],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'almost'],
      ['FAIL', 'exactly'],
    ]);
  });

  it('reads dates recorded as text or epoch seconds', () => {
    const findings = evaluate(check, { 'secretsmanager.secrets': [secret('text', { LastRotatedDate: '2026-06-01T00:00:00Z' as never }), secret('epoch', { LastRotatedDate: 1_790_000_000 as never })] });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'text'],
      ['PASS', 'epoch'],
    ]);
  });

  it('reports ERROR for a secret without any date, never PASS', () => {
    const findings = evaluate(check, { 'secretsmanager.secrets': [secret('dateless', { CreatedDate: undefined })] });
    expect(verdicts(findings)).toEqual([['ERROR', 'dateless']]);
  });

  it('reports ERROR for the region when the secrets cannot be listed', async () => {
    const findings = await run(check, { 'secretsmanager.secrets': awsError('AccessDeniedException', 'secretsmanager:ListSecrets') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
