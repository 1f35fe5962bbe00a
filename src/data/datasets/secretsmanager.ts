import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { defineDataset, type Fetched } from '../dataset.js';

export interface SecretPolicy {
  secret: SecretListEntry;
  /** The resource policy as JSON text; undefined when the secret has none (no `ResourcePolicy` field). */
  policy: Fetched<string | undefined>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    /**
     * The region's secrets as ListSecrets describes them (metadata and dates, never a value),
     * without those scheduled for deletion and without replicas of secrets whose primary lives in
     * another region: a replica is judged through its primary.
     */
    'secretsmanager.secrets': SecretListEntry[];
    'secretsmanager.resourcePolicies': SecretPolicy[];
  }
}

/** Secrets Manager's code for a secret deleted between the listing and the read. */
const SECRET_GONE = ['ResourceNotFoundException'] as const;

/** A replica: ListSecrets names the region where the secret was created, and it is not this one. */
export function isReplica(secret: SecretListEntry, region: string): boolean {
  const primary = secret.PrimaryRegion?.trim();
  return !!primary && primary !== region;
}

export const secrets = defineDataset({
  id: 'secretsmanager.secrets',
  scope: 'regional',
  operations: ['secretsmanager:ListSecrets'],
  async fetch(ctx) {
    // IncludePlannedDeletion stays false (the default): secrets scheduled for deletion are not evaluated.
    const listed = await ctx.list<SecretListEntry>('secretsmanager:ListSecrets', { MaxResults: 100 }, 'SecretList');
    return listed.filter((s) => (s.ARN || s.Name) && !isReplica(s, ctx.region));
  },
});

export const resourcePolicies = defineDataset({
  id: 'secretsmanager.resourcePolicies',
  scope: 'regional',
  operations: ['secretsmanager:GetResourcePolicy'],
  deps: ['secretsmanager.secrets'],
  async fetch(ctx) {
    const all = await ctx.get('secretsmanager.secrets');
    const read = await ctx.perItem(
      all,
      async (secret) => {
        const out = await ctx.call<{ ResourcePolicy?: unknown }>('secretsmanager:GetResourcePolicy', { SecretId: secret.ARN ?? secret.Name });
        const text = out?.ResourcePolicy;
        // No ResourcePolicy field: the secret has no policy (CHECKS-2 rule 2).
        return typeof text === 'string' && text.trim() !== '' ? text : undefined;
      },
      SECRET_GONE,
    );
    return read.map(({ item, result }) => ({ secret: item, policy: result }));
  },
});

export default [secrets, resourcePolicies];
