// What KMS says of the keys other resources name (a DynamoDB table's KMSMasterKeyArn, an ECR
// repository's kmsKey, a Redshift Serverless namespace's kmsKeyId): the one lookup behind the
// customer-managed-key checks. The region's key listing (kms.keys, ListKeys with DescribeKey of each
// key, which the KMS checks read too) answers for the keys it holds; any other key (another
// account's, another region's, an alias) is described by the name the resource gives, in the
// region its ARN names, once per key.
//
// A dataset that uses it declares the operation `kms:DescribeKey` and the dependency `kms.keys`.

import type { KeyMetadata } from '@aws-sdk/client-kms';
import { AwsCallError } from '../aws/errors.js';
import type { AwsErrorInfo } from '../model.js';
import type { FetchContext, Fetched } from './dataset.js';
import type { KmsKey } from './datasets/kms.js';

export interface NamedKey {
  metadata: Fetched<KeyMetadata>;
  /** Where the answer came from: the region's key listing, or a DescribeKey of its own. */
  source: 'kms.keys' | 'DescribeKey';
}

const arnPart = (id: string, index: number): string | undefined => (id.startsWith('arn:') ? id.split(':')[index] || undefined : undefined);

/** The key of the listing that `id` names: by ARN, by key id, by the ARN DescribeKey gave, or by an ARN ending in its id. */
function listedKey(keys: readonly KmsKey[], id: string): KmsKey | undefined {
  return keys.find((k) => k.arn === id || k.keyId === id || (k.metadata.ok && k.metadata.value.Arn === id) || id.endsWith(`:key/${k.keyId}`));
}

/** KeyManager in AWS's spelling whatever case an endpoint used, as kms.keys gives it. */
function canonical(meta: KeyMetadata): KeyMetadata {
  const manager = meta.KeyManager;
  return typeof manager === 'string' ? { ...meta, KeyManager: manager.trim().toUpperCase() as KeyMetadata['KeyManager'] } : meta;
}

/**
 * DescribeKey metadata of each named key (key id, key ARN, alias name or alias ARN), by the name as
 * given. A refused ListKeys leaves DescribeKey to answer for every key (it may still be allowed); a
 * listing that failed otherwise (KMS not offered in the region, throttling past the retries, a
 * timeout) would meet a DescribeKey of a key of this region too, so those keys share its error. A
 * key deleted since the resource named it stays an error: the resource still names it.
 */
export async function describeNamedKeys(ctx: FetchContext, names: Iterable<string>): Promise<Map<string, NamedKey>> {
  const ids = [...new Set([...names].map((n) => n.trim()).filter((n) => n !== ''))].sort();
  const found = new Map<string, NamedKey>();
  if (ids.length === 0) return found;
  let listed: readonly KmsKey[] = [];
  let listingError: AwsErrorInfo | undefined;
  try {
    listed = await ctx.get('kms.keys');
  } catch (err) {
    if (!(err instanceof AwsCallError)) throw err;
    if (err.info.kind !== 'access-denied') listingError = err.info;
  }
  const toDescribe: string[] = [];
  for (const id of ids) {
    const region = arnPart(id, 3);
    const account = arnPart(id, 4);
    const here = (region === undefined || region === ctx.region) && (account === undefined || account === ctx.account.id);
    const key = here ? listedKey(listed, id) : undefined;
    if (key?.metadata.ok) found.set(id, { metadata: key.metadata, source: 'kms.keys' });
    else if (here && listingError) found.set(id, { metadata: { ok: false, error: listingError }, source: 'kms.keys' });
    else toDescribe.push(id);
  }
  const described = await ctx.perItem(toDescribe, async (id) => {
    const region = arnPart(id, 3) ?? ctx.region;
    const out = await ctx.call<{ KeyMetadata?: KeyMetadata }>('kms:DescribeKey', { KeyId: id }, { region });
    if (!out?.KeyMetadata) {
      throw new AwsCallError({ code: 'IncompleteResponse', message: `DescribeKey returned no KeyMetadata for ${id}`, service: 'kms', operation: 'DescribeKey', region, action: 'kms:DescribeKey', kind: 'other' });
    }
    return canonical(out.KeyMetadata);
  });
  for (const { item, result } of described) found.set(item, { metadata: result, source: 'DescribeKey' });
  return found;
}
