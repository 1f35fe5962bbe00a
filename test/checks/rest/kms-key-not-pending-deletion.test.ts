import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/kms-key-not-pending-deletion.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { kmsKey, undescribedKey } from '../../fixtures/kms.js';

describe('kms-key-not-pending-deletion', () => {
  it('passes an enabled customer managed key', () => {
    const findings = evaluate(check, { 'kms.keys': [kmsKey('orders-key')] });
    expect(verdicts(findings)).toEqual([['PASS', 'orders-key']]);
    expect(findings[0]!.message).toBe('KMS key orders-key is not scheduled for deletion (state Enabled).');
  });

  it('fails a key pending deletion and gives the deletion date', () => {
    const key = kmsKey('old-key', { KeyState: 'PendingDeletion', Enabled: false, DeletionDate: new Date('2026-11-20T00:00:00Z'), PendingDeletionWindowInDays: 30 });
    const findings = evaluate(check, { 'kms.keys': [key] });
    expect(verdicts(findings)).toEqual([['FAIL', 'old-key']]);
    expect(findings[0]!.message).toBe('KMS key old-key is scheduled for deletion on 2026-11-20.');
  });

  it('near miss: a multi-Region primary in PendingReplicaDeletion fails too', () => {
    const key = kmsKey('mrk-primary', { KeyState: 'PendingReplicaDeletion', Enabled: false, PendingDeletionWindowInDays: 7 });
    const findings = evaluate(check, { 'kms.keys': [key] });
    expect(verdicts(findings)).toEqual([['FAIL', 'mrk-primary']]);
    expect(findings[0]!.message).toContain('a 7-day waiting period');
  });

  it('near miss: an AWS managed key pending deletion is not evaluated', () => {
    const key = kmsKey('aws-s3', { KeyManager: 'AWS', KeyState: 'PendingDeletion', DeletionDate: new Date('2026-11-20T00:00:00Z') });
    expect(evaluate(check, { 'kms.keys': [key] })).toEqual([]);
  });

  it('reports ERROR for a key that cannot be described', () => {
    const findings = evaluate(check, { 'kms.keys': [undescribedKey('hidden', awsError('AccessDeniedException', 'kms:DescribeKey'))] });
    expect(verdicts(findings)).toEqual([['ERROR', 'hidden']]);
  });

  it('reports ERROR when the keys cannot be listed', async () => {
    const findings = await run(check, { 'kms.keys': awsError('AccessDeniedException', 'kms:ListKeys') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'kms:ListKeys']]);
  });

  it('gives a deletion date sent as text (recorded or emulated answers) instead of failing the whole check', () => {
    const key = kmsKey('old-key', { KeyState: 'PendingDeletion', DeletionDate: '2026-11-20T00:00:00Z' as unknown as Date });
    const findings = evaluate(check, { 'kms.keys': [key, kmsKey('orders-key')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'old-key'], ['PASS', 'orders-key']]);
    expect(findings[0]!.message).toBe('KMS key old-key is scheduled for deletion on 2026-11-20.');
  });

  it('reports ERROR, never PASS, for a customer key described without KeyState', () => {
    const findings = evaluate(check, { 'kms.keys': [kmsKey('stateless', { KeyState: undefined })] });
    expect(verdicts(findings)).toEqual([['ERROR', 'stateless']]);
    expect(findings[0]!.message).toBe('Could not evaluate KMS key stateless: kms:DescribeKey returned no KeyState, so whether it is scheduled for deletion is unknown.');
  });

  it('reports ERROR, not a skip, for a key described without KeyManager', () => {
    const findings = evaluate(check, { 'kms.keys': [kmsKey('unowned', { KeyManager: undefined, KeyState: 'PendingDeletion' })] });
    expect(verdicts(findings)).toEqual([['ERROR', 'unowned']]);
    expect(findings[0]!.message).toContain('kms:DescribeKey returned no KeyManager');
  });
});
