import type { Repository, RegistryScanningConfiguration } from '@aws-sdk/client-ecr';
import type { KeyMetadata } from '@aws-sdk/client-kms';
import { describeNamedKeys } from '../kms-key-lookup.js';
import { defineDataset, type Fetched, type FetchContext } from '../dataset.js';

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

/**
 * The key of every repository that names one, by the shared lookup: the region's kms.keys listing
 * when it holds the key, else DescribeKey by the name ECR gives, once per key.
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
    const keys = await describeNamedKeys(ctx, named.map((n) => n.keyId));
    return named.map(({ repository, keyId }) => ({
      repository,
      keyId,
      key: keys.get(keyId)!.metadata,
    }));
  },
});

export default [repositories, repositoryPolicies, lifecyclePolicies, registryScanning, repositoryKeys];
