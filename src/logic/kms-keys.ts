// How KMS checks name keys, and the keys they could not describe.

import type { KeyMetadata } from '@aws-sdk/client-kms';
import type { CheckContext, ResourceRef } from '../checks/define.js';
import type { KmsKey } from '../data/datasets/kms.js';
import type { Finding } from '../model.js';

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
