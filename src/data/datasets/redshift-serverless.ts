import type { SecurityGroup } from '@aws-sdk/client-ec2';
import type { KeyMetadata } from '@aws-sdk/client-kms';
import type { Namespace, Workgroup } from '@aws-sdk/client-redshift-serverless';
import { AwsCallError } from '../../aws/errors.js';
import type { KmsKey } from './kms.js';
import { securityGroupsIfUsed } from './redshift.js';
import { defineDataset, type FetchContext, type Fetched } from '../dataset.js';

/** `kmsKeyId` of a namespace encrypted with the AWS owned key. */
export const AWS_OWNED_KMS_KEY = 'AWS_OWNED_KMS_KEY';

export interface NamespaceKey {
  namespace: Namespace;
  /** The namespace's `kmsKeyId`, as ListNamespaces gives it (key id, key ARN or alias). */
  keyId: string;
  metadata: Fetched<KeyMetadata>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'redshiftServerless.namespaces': Namespace[];
    'redshiftServerless.workgroups': Workgroup[];
    /** The KMS key of every namespace not on the AWS owned key, described. */
    'redshiftServerless.namespaceKeys': NamespaceKey[];
    /** As `redshift.securityGroupsRead`, for the workgroups. */
    'redshiftServerless.securityGroupsRead': Fetched<SecurityGroup[]>;
  }
}

export const namespaces = defineDataset({
  id: 'redshiftServerless.namespaces',
  scope: 'regional',
  operations: ['redshift-serverless:ListNamespaces'],
  fetch: async (ctx) => (await ctx.list<Namespace>('redshift-serverless:ListNamespaces', {}, 'namespaces')).filter((n) => n.namespaceName),
});

export const workgroups = defineDataset({
  id: 'redshiftServerless.workgroups',
  scope: 'regional',
  operations: ['redshift-serverless:ListWorkgroups'],
  fetch: async (ctx) => (await ctx.list<Workgroup>('redshift-serverless:ListWorkgroups', {}, 'workgroups')).filter((w) => w.workgroupName),
});

/** The key ids a namespace's `kmsKeyId` may match in the KMS dataset: the id itself, or the id at the end of a key ARN. */
function matches(key: KmsKey, keyId: string): boolean {
  return key.keyId === keyId || key.arn === keyId || keyId.endsWith(`:key/${key.keyId}`);
}

/** The region an ARN names, when the key is given by ARN. */
function arnRegion(keyId: string): string | undefined {
  const parts = keyId.split(':');
  return keyId.startsWith('arn:') && parts[3] ? parts[3] : undefined;
}

async function heldKeys(ctx: FetchContext): Promise<KmsKey[]> {
  try {
    return await ctx.get('kms.keys');
  } catch (err) {
    // Without the key listing, every key is described by the id the namespace gives.
    if (err instanceof AwsCallError) return [];
    throw err;
  }
}

/**
 * The KMS dataset of the region holds the account's keys, already described; a key it does not
 * hold (another account's, or an alias) is described by the id the namespace gives.
 */
export const namespaceKeys = defineDataset({
  id: 'redshiftServerless.namespaceKeys',
  scope: 'regional',
  operations: ['kms:DescribeKey'],
  deps: ['redshiftServerless.namespaces', 'kms.keys'],
  async fetch(ctx) {
    const withKey = (await ctx.get('redshiftServerless.namespaces')).filter((n) => n.kmsKeyId && n.kmsKeyId.trim() && n.kmsKeyId.trim() !== AWS_OWNED_KMS_KEY);
    if (withKey.length === 0) return [];
    const held = await heldKeys(ctx);
    const read = await ctx.perItem(withKey, async (n): Promise<KeyMetadata> => {
      const keyId = n.kmsKeyId!.trim();
      const known = held.find((k) => matches(k, keyId));
      if (known) {
        if (!known.metadata.ok) throw new AwsCallError(known.metadata.error);
        return known.metadata.value;
      }
      const region = arnRegion(keyId);
      const out = await ctx.call<{ KeyMetadata?: KeyMetadata }>('kms:DescribeKey', { KeyId: keyId }, region ? { region } : {});
      if (!out?.KeyMetadata) {
        throw new AwsCallError({ code: 'IncompleteResponse', message: `DescribeKey returned no KeyMetadata for ${keyId}`, service: 'kms', operation: 'DescribeKey', region: region ?? ctx.region, action: 'kms:DescribeKey', kind: 'other' });
      }
      return out.KeyMetadata;
    });
    return read.map(({ item, result }) => ({ namespace: item, keyId: item.kmsKeyId!.trim(), metadata: result }));
  },
});

export const securityGroupsRead = defineDataset({
  id: 'redshiftServerless.securityGroupsRead',
  scope: 'regional',
  operations: [],
  deps: ['ec2.securityGroups', 'redshiftServerless.workgroups'],
  fetch: async (ctx) => securityGroupsIfUsed(ctx, (await ctx.get('redshiftServerless.workgroups')).some((w) => (w.securityGroupIds ?? []).length > 0)),
});

export default [namespaces, workgroups, namespaceKeys, securityGroupsRead];
