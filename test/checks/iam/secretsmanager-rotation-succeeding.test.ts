import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/secretsmanager-rotation-succeeding.js';
import { awsError, evaluate, evaluateWithNotes, NOW, run, verdicts } from '../../helpers/check-harness.js';
import { rotating, secret } from '../../fixtures/secretsmanager.js';

describe('secretsmanager-rotation-succeeding', () => {
  it('passes a secret whose next rotation is ahead, and leaves secrets without rotation out', () => {
    const findings = evaluate(check, { 'secretsmanager.secrets': [secret('prod/db', rotating), secret('static')] });
    expect(verdicts(findings)).toEqual([['PASS', 'prod/db']]);
    expect(findings[0]!.message).toBe('Secret prod/db is due to rotate on or before 2026-11-24 (every 30 days); last rotated on 2026-10-25 (7 days ago).');
  });

  it('fails a secret whose NextRotationDate is past, giving the last rotation', () => {
    const findings = evaluate(check, {
      'secretsmanager.secrets': [secret('stuck', { ...rotating, LastRotatedDate: new Date('2026-07-01T03:00:00Z'), NextRotationDate: new Date('2026-07-31T23:59:59Z') })],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'stuck']]);
    expect(findings[0]!.message).toBe('Secret stuck was due to rotate on or before 2026-07-31, which is past: rotation is failing or not running; last rotated on 2026-07-01 (123 days ago).');
  });

  it('near miss: a NextRotationDate exactly now passes; one second earlier fails', () => {
    const findings = evaluate(check, {
      'secretsmanager.secrets': [secret('now', { ...rotating, NextRotationDate: NOW }), secret('before', { ...rotating, NextRotationDate: new Date(NOW.getTime() - 1000) })],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'now'],
      ['FAIL', 'before'],
    ]);
  });

  it('passes with a note a secret whose rotation was just configured (no NextRotationDate yet)', () => {
    const findings = evaluate(check, { 'secretsmanager.secrets': [secret('new', { ...rotating, LastRotatedDate: undefined, NextRotationDate: undefined })] });
    expect(verdicts(findings)).toEqual([['PASS', 'new']]);
    expect(findings[0]!.message).toBe('Secret new has rotation enabled every 30 days and no NextRotationDate yet (rotation was just configured); never rotated yet.');
  });

  it('reports ERROR for an unreadable NextRotationDate', () => {
    const findings = evaluate(check, { 'secretsmanager.secrets': [secret('garbled', { ...rotating, NextRotationDate: 'soon' as never })] });
    expect(verdicts(findings)).toEqual([['ERROR', 'garbled']]);
  });

  it('says why nothing is in scope when no secret rotates', () => {
    const { findings, notInScope } = evaluateWithNotes(check, { 'secretsmanager.secrets': [secret('static')] });
    expect(findings).toEqual([]);
    expect(notInScope).toEqual(['no secret has automatic rotation enabled']);
  });

  it('reports ERROR for the region when the secrets cannot be listed', async () => {
    const findings = await run(check, { 'secretsmanager.secrets': awsError('AccessDeniedException', 'secretsmanager:ListSecrets') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
