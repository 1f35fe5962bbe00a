import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/kms-key-rotation-enabled.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { kmsKey, undescribedKey } from '../../fixtures/kms.js';
import { canRotate, type DescribedKey, type KmsKey } from '../../../src/data/datasets/kms.js';
import type { Fetched } from '../../../src/data/dataset.js';
import { replayLoader } from '../../helpers/replay-loader.js';

type Rotation = [DescribedKey, Fetched<boolean | undefined>];
const data = (keys: DescribedKey[], rotations: Rotation[], extraKeys: KmsKey[] = []) => ({
  'kms.keys': [...keys, ...extraKeys],
  'kms.customerKeyRotation': rotations.map(([key, rotation]) => ({ key, rotation })),
});

describe('kms-key-rotation-enabled', () => {
  it('passes a customer managed symmetric key with rotation on', () => {
    const key = kmsKey('1234abcd-12ab-34cd-56ef-1234567890ab', { Description: 'orders database' });
    const findings = evaluate(check, data([key], [[key, ok(true)]]));
    expect(verdicts(findings)).toEqual([['PASS', key.keyId]]);
    expect(findings[0]!.message).toBe(`KMS key ${key.keyId} ("orders database") has automatic key rotation enabled.`);
    expect(findings[0]!.region).toBe('us-east-1');
  });

  it('fails a key whose rotation is off', () => {
    const key = kmsKey('legacy-key');
    const findings = evaluate(check, data([key], [[key, ok(false)]]));
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy-key']]);
    expect(findings[0]!.message).toContain('does not rotate its key material automatically');
  });

  it('reports ERROR when the rotation status cannot be read', () => {
    const key = kmsKey('locked-key');
    const findings = evaluate(check, data([key], [[key, failed(awsError('AccessDeniedException', 'kms:GetKeyRotationStatus'))]]));
    expect(verdicts(findings)).toEqual([['ERROR', 'locked-key']]);
    expect(findings[0]!.error?.action).toBe('kms:GetKeyRotationStatus');
  });

  it('reports ERROR, not a skip, for a listed key the scanner may not describe', () => {
    const findings = evaluate(check, data([], [], [undescribedKey('foreign-policy-key', awsError('AccessDeniedException', 'kms:DescribeKey'))]));
    expect(verdicts(findings)).toEqual([['ERROR', 'foreign-policy-key']]);
    expect(findings[0]!.message).toContain('access denied to kms:DescribeKey');
  });

  it('near miss: keys that cannot rotate (AWS managed, asymmetric, imported, disabled) are out of scope: their rotation is never asked, and no finding', async () => {
    const metas = [
      { KeyId: 'aws-managed', KeyManager: 'AWS', KeySpec: 'SYMMETRIC_DEFAULT', KeyState: 'Enabled', Origin: 'AWS_KMS' },
      { KeyId: 'rsa', KeyManager: 'CUSTOMER', KeySpec: 'RSA_2048', KeyState: 'Enabled', Origin: 'AWS_KMS' },
      { KeyId: 'imported', KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyState: 'Enabled', Origin: 'EXTERNAL' },
      { KeyId: 'disabled', KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyState: 'Disabled', Origin: 'AWS_KMS' },
      { KeyId: 'rotatable', KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyState: 'Enabled', Origin: 'AWS_KMS' },
    ].map((m) => ({ ...m, Arn: `arn:aws:kms:us-east-1:123456789012:key/${m.KeyId}` }));
    const call = (operation: string, input: Record<string, unknown>, output: unknown) => ({ service: 'kms' as const, region: 'us-east-1', operation, input, output });
    const { loader, sent } = replayLoader(
      [
        call('ListKeys', { Limit: 1000 }, { Keys: metas.map((m) => ({ KeyId: m.KeyId, KeyArn: m.Arn })), Truncated: false }),
        ...metas.map((m) => call('DescribeKey', { KeyId: m.KeyId }, { KeyMetadata: m })),
        call('GetKeyRotationStatus', { KeyId: 'rotatable' }, { KeyRotationEnabled: true }),
      ],
      ['us-east-1'],
    );
    const findings = evaluate(check, { 'kms.keys': await loader.load('kms.keys', 'us-east-1'), 'kms.customerKeyRotation': await loader.load('kms.customerKeyRotation', 'us-east-1') });
    expect(verdicts(findings)).toEqual([['PASS', 'rotatable']]);
    expect(sent.filter((r) => r.operation === 'GetKeyRotationStatus').map((r) => r.input.KeyId)).toEqual(['rotatable']);
  });

  it('near miss: UnsupportedOperationException means the key type cannot rotate, so no finding', () => {
    const key = kmsKey('cannot-rotate');
    expect(evaluate(check, data([key], [[key, ok(undefined)]]))).toEqual([]);
  });

  it('near miss: a multi-Region replica is evaluated and says it reports its primary', () => {
    const primary = 'arn:aws:kms:eu-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab';
    const key = kmsKey('mrk-1234abcd12ab34cd56ef1234567890ab', {
      MultiRegion: true,
      MultiRegionConfiguration: { MultiRegionKeyType: 'REPLICA', PrimaryKey: { Arn: primary, Region: 'eu-west-1' }, ReplicaKeys: [] },
    });
    const findings = evaluate(check, data([key], [[key, ok(false)]]));
    expect(verdicts(findings)).toEqual([['FAIL', key.keyId]]);
    expect(findings[0]!.message).toContain(`As a multi-Region replica it reports the rotation of its primary key ${primary}.`);
  });

  it('reports ERROR per region when the keys cannot be listed', async () => {
    const findings = await run(check, { 'kms.keys': awsError('AccessDeniedException', 'kms:ListKeys'), 'kms.customerKeyRotation': [] });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'kms:ListKeys']]);
  });

  it('reports ERROR, not a silent skip, for a customer key whose description leaves out Origin', () => {
    const key = kmsKey('emulated-key', { Origin: undefined });
    const findings = evaluate(check, data([key], []));
    expect(verdicts(findings)).toEqual([['ERROR', 'emulated-key']]);
    expect(findings[0]!.message).toBe('Could not evaluate KMS key emulated-key: kms:DescribeKey returned no Origin, so whether this check applies to the key is unknown.');
  });

  it('near miss: a key some present field rules out needs no other field (disabled, Origin missing)', () => {
    expect(evaluate(check, data([kmsKey('old-key', { KeyState: 'Disabled', Origin: undefined })], []))).toEqual([]);
  });

  it('reads a key that carries only the older CustomerMasterKeySpec', () => {
    const key = kmsKey('old-sdk-key', { KeySpec: undefined, CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT' });
    expect(canRotate(key.metadata.value)).toBe(true);
  });
});
