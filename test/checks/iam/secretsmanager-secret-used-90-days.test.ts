import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/secretsmanager-secret-used-90-days.js';
import { awsError, evaluate, NOW, run, verdicts } from '../../helpers/check-harness.js';
import { secret } from '../../fixtures/secretsmanager.js';

const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe('secretsmanager-secret-used-90-days', () => {
  it('passes a secret accessed yesterday', () => {
    const findings = evaluate(check, { 'secretsmanager.secrets': [secret('prod/db')] });
    expect(verdicts(findings)).toEqual([['PASS', 'prod/db']]);
    expect(findings[0]!.message).toBe('Secret prod/db was last accessed on 2026-10-31 (1 day ago), less than 90 days ago.');
  });

  it('fails a secret last accessed months ago', () => {
    const findings = evaluate(check, { 'secretsmanager.secrets': [secret('old/api', { LastAccessedDate: new Date('2026-03-02T00:00:00Z') })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'old/api']]);
    expect(findings[0]!.message).toBe('Secret old/api was last accessed on 2026-03-02 (244 days ago), 90 days or more ago.');
  });

  it('counts a never-accessed secret from its creation: a new one passes, an old one fails', () => {
    const findings = evaluate(check, {
      'secretsmanager.secrets': [secret('fresh', { LastAccessedDate: undefined, CreatedDate: daysBefore(5) }), secret('forgotten', { LastAccessedDate: undefined })],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'fresh'],
      ['FAIL', 'forgotten'],
    ]);
    expect(findings[1]!.message).toBe('Secret forgotten has never been accessed since it was created on 2025-01-15 (655 days ago), 90 days or more ago.');
  });

  it('near miss: LastAccessedDate 89 days back (truncated to the day) passes, 90 fails', () => {
    const findings = evaluate(check, {
      'secretsmanager.secrets': [secret('edge', { LastAccessedDate: new Date('2026-08-04T00:00:00Z') }), secret('over', { LastAccessedDate: new Date('2026-08-03T00:00:00Z') })],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'edge'],
      ['FAIL', 'over'],
    ]);
  });

  it('reports ERROR for a secret without dates', () => {
    const findings = evaluate(check, { 'secretsmanager.secrets': [secret('dateless', { LastAccessedDate: undefined, CreatedDate: undefined })] });
    expect(verdicts(findings)).toEqual([['ERROR', 'dateless']]);
  });

  it('reports ERROR for the region when the secrets cannot be listed', async () => {
    const findings = await run(check, { 'secretsmanager.secrets': awsError('AccessDeniedException', 'secretsmanager:ListSecrets') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
