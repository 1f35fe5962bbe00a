// How KMS checks name keys, decide which keys they judge, and report the keys they could not
// describe or whose description leaves their scope open.

import type { KeyMetadata } from '@aws-sdk/client-kms';
import type { CheckContext, ResourceRef } from '../define.js';
import type { KmsKey } from '../../data/datasets/kms.js';
import type { Finding } from '../../model.js';
import type { KeyScope } from '../../data/kms-key-scope.js';

export { customerScope, rotationScope, type KeyScope } from '../../data/kms-key-scope.js';

export function keyRef(key: KmsKey): ResourceRef {
  return { id: key.keyId, arn: key.arn };
}

/** e.g. `KMS key 1234abcd-... ("orders database")`. */
export function keyLabel(key: KmsKey, meta: KeyMetadata): string {
  return `KMS key ${key.keyId}${meta.Description ? ` ("${meta.Description}")` : ''}`;
}

/**
 * ListKeys shows every key of the region, including keys whose policy does not let the scanner
 * describe them. Whether such a key is in scope is unknown, so it is an ERROR, never skipped.
 */
export function undescribedKeys(keys: readonly KmsKey[], ctx: CheckContext): Finding[] {
  return keys.flatMap((k) => (k.metadata.ok ? [] : [ctx.error(keyRef(k), k.metadata.error, `KMS key ${k.keyId}`)]));
}

/** ERROR for each described key whose scope `scope` cannot decide, naming what DescribeKey left out. */
export function keysOfUnknownScope(keys: readonly KmsKey[], ctx: CheckContext, scope: (meta: KeyMetadata) => KeyScope): Finding[] {
  return keys.flatMap((key) => {
    if (!key.metadata.ok) return [];
    const verdict = scope(key.metadata.value);
    if (typeof verdict === 'string') return [];
    return [
      ctx.undetermined(
        keyRef(key),
        `Could not evaluate ${keyLabel(key, key.metadata.value)}: kms:DescribeKey returned no ${verdict.missing.join(' or ')}, so whether this check applies to the key is unknown.`,
      ),
    ];
  });
}

/** When a key pending deletion goes; the SDK gives a Date, recorded or emulated answers may carry text or epoch seconds. */
export function deletionDate(meta: KeyMetadata): Date | undefined {
  const value: unknown = meta.DeletionDate;
  const time = value instanceof Date ? value : typeof value === 'string' && value.trim() ? new Date(value) : typeof value === 'number' ? new Date(value * 1000) : undefined;
  return time && !Number.isNaN(time.getTime()) ? time : undefined;
}
