import type { Repository, RegistryScanningConfiguration } from '@aws-sdk/client-ecr';
import type { KeyMetadata } from '@aws-sdk/client-kms';
import { AwsCallError, toAwsError } from '../../aws/errors.js';
import type { AwsErrorInfo } from '../../model.js';
import { defineDataset, type Fetched, type FetchContext } from '../dataset.js';
import type { KmsKey } from './kms.js';

export interface PerRepository<T> {
  repository: Repository;
  result: Fetched<T>;
}

export interface RepositoryKey {
  repository: Repository;
  /** The `kmsKey` of the repository's encryption configuration, as ECR gives it. */
  keyId: string;
  /** DescribeKey's answer for that key, from the region's key listing when it holds the key. */
  key: Fetched<KeyMetadata>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    /** The private repositories of the account's registry (ECR Public is another service). */
    'ecr.repositories': Repository[];
    /** Each repository's policy text; undefined when it has none (RepositoryPolicyNotFoundException). */
    'ecr.repositoryPolicies': PerRepository<string | undefined>[];
    /** Each repository's lifecycle policy text; undefined when it has none (LifecyclePolicyNotFoundException). */
    'ecr.lifecyclePolicies': PerRepository<string | undefined>[];
    /** The registry's scanning configuration in the region (scan type and rules). */
    'ecr.registryScanning': RegistryScanningConfiguration;
    /** The KMS key of each repository encrypted with a key named in its configuration. */
    'ecr.repositoryKeys': RepositoryKey[];
  }
}

/** ECR's code for a repository deleted between the listing and the read. */
const REPOSITORY_GONE = ['RepositoryNotFoundException'] as const;

export const repositories = defineDataset({
  id: 'ecr.repositories',
  scope: 'regional',
  operations: ['ecr:DescribeRepositories'],
  // 100 a page unless asked for more; 1,000 is the most ECR gives.
  fetch: (ctx) => ctx.list<Repository>('ecr:DescribeRepositories', { maxResults: 1000 }, 'repositories'),
});

/** One Get per repository whose "not configured" code is data (undefined), and whose deleted repositories are dropped. */
async function perRepository(
  ctx: FetchContext,
  op: 'ecr:GetRepositoryPolicy' | 'ecr:GetLifecyclePolicy',
  notConfigured: string,
  member: 'policyText' | 'lifecyclePolicyText',
): Promise<PerRepository<string | undefined>[]> {
  const repos = (await ctx.get('ecr.repositories')).filter((r) => r.repositoryName);
  const read = await ctx.perItem(
    repos,
    async (repo) => {
      const out = await ctx.call<Record<string, unknown>>(op, { repositoryName: repo.repositoryName }, { absent: [notConfigured] });
      if (out === undefined) return undefined;
      const text = out[member];
      // An answer without the text (an emulator's empty policy) is no policy.
      return typeof text === 'string' && text.trim() !== '' ? text : undefined;
    },
    REPOSITORY_GONE,
  );
  return read.map(({ item, result }) => ({ repository: item, result }));
}

export const repositoryPolicies = defineDataset({
  id: 'ecr.repositoryPolicies',
  scope: 'regional',
  operations: ['ecr:GetRepositoryPolicy'],
  deps: ['ecr.repositories'],
  fetch: (ctx) => perRepository(ctx, 'ecr:GetRepositoryPolicy', 'RepositoryPolicyNotFoundException', 'policyText'),
});

export const lifecyclePolicies = defineDataset({
  id: 'ecr.lifecyclePolicies',
  scope: 'regional',
  operations: ['ecr:GetLifecyclePolicy'],
  deps: ['ecr.repositories'],
  fetch: (ctx) => perRepository(ctx, 'ecr:GetLifecyclePolicy', 'LifecyclePolicyNotFoundException', 'lifecyclePolicyText'),
});

export const registryScanning = defineDataset({
  id: 'ecr.registryScanning',
  scope: 'regional',
  operations: ['ecr:GetRegistryScanningConfiguration'],
  async fetch(ctx) {
    const out = await ctx.call<{ scanningConfiguration?: RegistryScanningConfiguration }>('ecr:GetRegistryScanningConfiguration', {});
    // No configuration at all reads as basic scanning without rules: the repositories' settings decide.
    return out?.scanningConfiguration ?? {};
  },
});

/** Repositories whose encryption names a KMS key: the only ones whose key must be looked up. */
export function namedKeyOf(repo: Repository): string | undefined {
  const config = repo.encryptionConfiguration;
  const type = config?.encryptionType?.toUpperCase();
  if (type !== 'KMS' && type !== 'KMS_DSSE') return undefined;
  const key = config?.kmsKey?.trim();
  return key ? key : undefined;
}

const arnRegion = (arn: string): string | undefined => (arn.startsWith('arn:') ? arn.split(':')[3] || undefined : undefined);

/** The key of the region's listing that `id` names: its ARN, its id, or the ARN DescribeKey gave. */
function listedKey(keys: readonly KmsKey[], id: string): KmsKey | undefined {
  return keys.find((k) => k.arn === id || k.keyId === id || (k.metadata.ok && k.metadata.value.Arn === id));
}

/**
 * The key of every repository that names one. The region's KMS key listing (kms.keys, which the
 * KMS checks read too) answers for the keys it holds; a key it does not hold (another account's,
 * an alias, one in another region), or any key when kms:ListKeys is refused, is described by the
 * name ECR gives, once per key.
 */
export const repositoryKeys = defineDataset({
  id: 'ecr.repositoryKeys',
  scope: 'regional',
  operations: ['kms:DescribeKey'],
  deps: ['ecr.repositories', 'kms.keys'],
  async fetch(ctx) {
    const named = (await ctx.get('ecr.repositories')).flatMap((repository) => {
      const keyId = namedKeyOf(repository);
      return keyId ? [{ repository, keyId }] : [];
    });
    if (named.length === 0) return [];
    let listed: readonly KmsKey[] = [];
    let listingError: AwsErrorInfo | undefined;
    try {
      listed = await ctx.get('kms.keys');
    } catch (err) {
      if (!(err instanceof AwsCallError)) throw err;
      // kms:ListKeys refused: each key is still described by its name (DescribeKey may be allowed).
      // Any other failure (KMS not offered in the region, throttling that outlived the retries, a
      // timeout) would meet a DescribeKey there too: the keys the listing would hold share its error.
      if (err.info.kind !== 'access-denied') listingError = err.info;
    }
    const fromListing = new Map<string, Fetched<KeyMetadata>>();
    const toDescribe = new Set<string>();
    for (const { keyId } of named) {
      const region = arnRegion(keyId);
      const here = region === undefined || region === ctx.region;
      const key = here ? listedKey(listed, keyId) : undefined;
      if (key) fromListing.set(keyId, key.metadata);
      else if (here && listingError) fromListing.set(keyId, { ok: false, error: listingError });
      else toDescribe.add(keyId);
    }
    const described = await ctx.perItem([...toDescribe], async (keyId) => {
      const out = await ctx.call<{ KeyMetadata?: KeyMetadata }>('kms:DescribeKey', { KeyId: keyId }, { region: arnRegion(keyId) ?? ctx.region });
      if (!out?.KeyMetadata) {
        throw toAwsError({ name: 'IncompleteResponse', message: `DescribeKey returned no KeyMetadata for ${keyId}` }, { service: 'kms', operation: 'DescribeKey', region: ctx.region, input: {} });
      }
      const manager = out.KeyMetadata.KeyManager;
      return typeof manager === 'string' ? { ...out.KeyMetadata, KeyManager: manager.trim().toUpperCase() as KeyMetadata['KeyManager'] } : out.KeyMetadata;
    });
    const byDescribe = new Map(described.map(({ item, result }) => [item, result]));
    return named.map(({ repository, keyId }) => ({
      repository,
      keyId,
      key: fromListing.get(keyId) ?? byDescribe.get(keyId)!,
    }));
  },
});

export default [repositories, repositoryPolicies, lifecyclePolicies, registryScanning, repositoryKeys];
