import type { SecurityGroup } from '@aws-sdk/client-ec2';
import type { KeyMetadata } from '@aws-sdk/client-kms';
import type { Namespace, Workgroup } from '@aws-sdk/client-redshift-serverless';
import { securityGroupsIfUsed } from './redshift.js';
import { describeNamedKeys } from '../kms-key-lookup.js';
import { defineDataset, type Fetched } from '../dataset.js';

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

/**
 * The key of every namespace that names one, by the shared lookup: the region's kms.keys listing
 * when it holds the key, else DescribeKey by the id the namespace gives.
 */
export const namespaceKeys = defineDataset({
  id: 'redshiftServerless.namespaceKeys',
  scope: 'regional',
  operations: ['kms:DescribeKey'],
  deps: ['redshiftServerless.namespaces', 'kms.keys'],
  async fetch(ctx) {
    const withKey = (await ctx.get('redshiftServerless.namespaces')).filter((n) => n.kmsKeyId && n.kmsKeyId.trim() && n.kmsKeyId.trim() !== AWS_OWNED_KMS_KEY);
    if (withKey.length === 0) return [];
    const keys = await describeNamedKeys(ctx, withKey.map((n) => n.kmsKeyId!.trim()));
    return withKey.map((namespace) => ({ namespace, keyId: namespace.kmsKeyId!.trim(), metadata: keys.get(namespace.kmsKeyId!.trim())!.metadata }));
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
