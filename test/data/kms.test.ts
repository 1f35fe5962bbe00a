// The KMS datasets against answers AWS never gives but emulators and partial endpoints do: each
// shortfall must end as an error for that key, never as a failed region or a silent verdict.
import { describe, expect, it } from 'vitest';
import { type RecordedCall } from '../../src/data/inventory.js';
import { replayLoader } from '../helpers/replay-loader.js';

const HOME = 'us-east-1';

const loaderFor = (calls: RecordedCall[]) => replayLoader(calls, [HOME], HOME).loader;

const answer = (operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service: 'kms', region: HOME, operation, input, output });
const keyMeta = (KeyId: string, extra: Record<string, unknown> = {}) => ({ KeyId, KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyState: 'Enabled', Origin: 'AWS_KMS', ...extra });
const listing = (...ids: string[]) => answer('ListKeys', { Limit: 1000 }, { Keys: ids.map((KeyId) => ({ KeyId })), Truncated: false });

describe('kms datasets on incomplete answers', () => {
  it('keeps a key DescribeKey answers without KeyMetadata as an error for that key, not a failed listing', async () => {
    const loader = loaderFor([listing('k-ok', 'k-empty'), answer('DescribeKey', { KeyId: 'k-ok' }, { KeyMetadata: keyMeta('k-ok') }), answer('DescribeKey', { KeyId: 'k-empty' }, {})]);
    const keys = await loader.load('kms.keys', HOME);
    expect(keys.map((k) => [k.keyId, k.metadata.ok ? 'ok' : [k.metadata.error.code, k.metadata.error.action]])).toEqual([
      ['k-ok', 'ok'],
      ['k-empty', ['IncompleteResponse', 'kms:DescribeKey']],
    ]);
  });

  it('reads key states and specs in any case, as AWS spells them', async () => {
    const loader = loaderFor([
      listing('k-lower'),
      answer('DescribeKey', { KeyId: 'k-lower' }, { KeyMetadata: keyMeta('k-lower', { KeyManager: 'customer', KeySpec: 'symmetric_default', KeyState: 'pendingdeletion', Origin: 'aws_kms' }) }),
    ]);
    const [key] = await loader.load('kms.keys', HOME);
    expect(key!.metadata.ok && key!.metadata.value).toMatchObject({ KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyState: 'PendingDeletion', Origin: 'AWS_KMS' });
  });

  it('keeps a rotation status without KeyRotationEnabled as an error for that key, and reads "true" text as true', async () => {
    const loader = loaderFor([
      listing('k-blank', 'k-text'),
      answer('DescribeKey', { KeyId: 'k-blank' }, { KeyMetadata: keyMeta('k-blank') }),
      answer('DescribeKey', { KeyId: 'k-text' }, { KeyMetadata: keyMeta('k-text') }),
      answer('GetKeyRotationStatus', { KeyId: 'k-blank' }, {}),
      answer('GetKeyRotationStatus', { KeyId: 'k-text' }, { KeyRotationEnabled: 'true' }),
    ]);
    const rotations = await loader.load('kms.customerKeyRotation', HOME);
    expect(rotations.map((r) => [r.key.keyId, r.rotation.ok ? r.rotation.value : r.rotation.error.code])).toEqual([
      ['k-blank', 'IncompleteResponse'],
      ['k-text', true],
    ]);
  });

  it('keeps a key GetKeyPolicy answers without a policy as an error for that key', async () => {
    const loader = loaderFor([listing('k-nopolicy'), answer('DescribeKey', { KeyId: 'k-nopolicy' }, { KeyMetadata: keyMeta('k-nopolicy') }), answer('GetKeyPolicy', { KeyId: 'k-nopolicy', PolicyName: 'default' }, {})]);
    const [entry] = await loader.load('kms.customerKeyPolicies', HOME);
    expect(entry!.policy.ok ? 'ok' : entry!.policy.error.action).toBe('kms:GetKeyPolicy');
  });
});
