import type { BackupPlansListMember, BackupSelection, BackupSelectionsListMember, BackupVaultListMember, RecoveryPointByBackupVault } from '@aws-sdk/client-backup';
import { AwsCallError } from '../../aws/errors.js';
import { defineDataset, type FetchContext, type Fetched } from '../dataset.js';

/** One resource assignment of a plan, as GetBackupSelection gave it. */
export interface SelectionRead {
  entry: BackupSelectionsListMember;
  selection: Fetched<BackupSelection>;
}

/** A backup plan of the region and its resource assignments (selections). */
export interface PlanSelections {
  plan: BackupPlansListMember;
  selections: Fetched<SelectionRead[]>;
}

/** What the recovery points of a vault say about encryption, without holding every point. */
export interface VaultRecoveryPoints {
  count: number;
  /** ARNs of recovery points with `IsEncrypted` false. */
  unencrypted: string[];
  /** ARNs of recovery points whose answer leaves `IsEncrypted` out. */
  unknown: string[];
}

export interface PerVault<T> {
  vault: BackupVaultListMember;
  result: Fetched<T>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    /** `ResourceTypeOptInPreference` of the region (keys such as EFS, DynamoDB, EBS, RDS). */
    'backup.regionSettings': Fetched<Record<string, boolean>>;
    'backup.planSelections': PlanSelections[];
    'backup.vaults': BackupVaultListMember[];
    'backup.recoveryPoints': PerVault<VaultRecoveryPoints>[];
  }
}

/** Codes by which AWS Backup says a plan, selection or vault was deleted between the listing and the read. */
const GONE = ['ResourceNotFoundException'] as const;

function incomplete(region: string, operation: string, message: string): AwsCallError {
  return new AwsCallError({ code: 'EmptyResponse', message, service: 'backup', operation, region, action: `backup:${operation}`, kind: 'other' });
}

/**
 * Read as Fetched rather than thrown: a resource no selection covers fails whatever the opt-in
 * settings are, so an unreadable setting turns ERROR only the resources it would decide.
 */
export const regionSettings = defineDataset({
  id: 'backup.regionSettings',
  scope: 'regional',
  operations: ['backup:DescribeRegionSettings'],
  async fetch(ctx) {
    const [entry] = await ctx.perItem([ctx.region], async () => {
      const out = await ctx.call<{ ResourceTypeOptInPreference?: Record<string, boolean> }>('backup:DescribeRegionSettings');
      if (!out?.ResourceTypeOptInPreference) throw incomplete(ctx.region, 'DescribeRegionSettings', 'DescribeRegionSettings returned no ResourceTypeOptInPreference');
      return out.ResourceTypeOptInPreference;
    });
    return entry!.result;
  },
});

async function selectionsOf(ctx: FetchContext, plan: BackupPlansListMember): Promise<SelectionRead[]> {
  const entries = await ctx.list<BackupSelectionsListMember>('backup:ListBackupSelections', { BackupPlanId: plan.BackupPlanId }, 'BackupSelectionsList');
  const read = await ctx.perItem(
    entries.filter((e) => e.SelectionId),
    async (entry) => {
      const out = await ctx.call<{ BackupSelection?: BackupSelection }>('backup:GetBackupSelection', { BackupPlanId: plan.BackupPlanId, SelectionId: entry.SelectionId });
      if (!out?.BackupSelection) throw incomplete(ctx.region, 'GetBackupSelection', `GetBackupSelection returned no BackupSelection for ${entry.SelectionId}`);
      return out.BackupSelection;
    },
    GONE,
  );
  return read.map(({ item, result }) => ({ entry: item, selection: result }));
}

/**
 * Every backup plan of the region (current versions; deleted plans are not listed) with each of its
 * selections. A plan whose selections cannot be listed, or a selection that cannot be read, is kept
 * as an error: it may be the one that covers a resource.
 */
export const planSelections = defineDataset({
  id: 'backup.planSelections',
  scope: 'regional',
  operations: ['backup:ListBackupPlans', 'backup:ListBackupSelections', 'backup:GetBackupSelection'],
  async fetch(ctx) {
    const plans = await ctx.list<BackupPlansListMember>('backup:ListBackupPlans', {}, 'BackupPlansList');
    const read = await ctx.perItem(
      plans.filter((p) => p.BackupPlanId),
      (plan) => selectionsOf(ctx, plan),
      GONE,
    );
    return read.map(({ item, result }) => ({ plan: item, selections: result }));
  },
});

/** Every vault of the region, standard and logically air-gapped: the listing's default. */
export const vaults = defineDataset({
  id: 'backup.vaults',
  scope: 'regional',
  operations: ['backup:ListBackupVaults'],
  fetch: (ctx) => ctx.list<BackupVaultListMember>('backup:ListBackupVaults', {}, 'BackupVaultList'),
});

export const recoveryPoints = defineDataset({
  id: 'backup.recoveryPoints',
  scope: 'regional',
  operations: ['backup:ListRecoveryPointsByBackupVault'],
  deps: ['backup.vaults'],
  async fetch(ctx) {
    const listed = (await ctx.get('backup.vaults')).filter((v) => v.BackupVaultName);
    const read = await ctx.perItem(
      listed,
      async (vault): Promise<VaultRecoveryPoints> => {
        const points = await ctx.list<RecoveryPointByBackupVault>('backup:ListRecoveryPointsByBackupVault', { BackupVaultName: vault.BackupVaultName }, 'RecoveryPoints');
        const arnOf = (p: RecoveryPointByBackupVault) => p.RecoveryPointArn ?? p.ResourceArn ?? 'unknown';
        return {
          count: points.length,
          unencrypted: points.filter((p) => p.IsEncrypted === false).map(arnOf),
          unknown: points.filter((p) => typeof p.IsEncrypted !== 'boolean').map(arnOf),
        };
      },
      GONE,
    );
    return read.map(({ item, result }) => ({ vault: item, result }));
  },
});

/**
 * Whether some readable selection of the region filters by tags (ListOfTags or Conditions): only
 * then are the tags of resources that do not carry them in their own listing worth a request.
 */
export function selectionsUseTags(plans: readonly PlanSelections[]): boolean {
  return plans.some(
    ({ selections }) =>
      selections.ok &&
      selections.value.some(({ selection }) => {
        if (!selection.ok) return false;
        const conditions = selection.value.Conditions ?? {};
        return (selection.value.ListOfTags ?? []).length > 0 || Object.values(conditions).some((list) => Array.isArray(list) && list.length > 0);
      }),
  );
}

export default [regionSettings, planSelections, vaults, recoveryPoints];
