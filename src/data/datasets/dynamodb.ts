import type { ScalableTarget } from '@aws-sdk/client-application-auto-scaling';
import type { Cluster } from '@aws-sdk/client-dax';
import type { ContinuousBackupsDescription, TableDescription, Tag } from '@aws-sdk/client-dynamodb';
import type { KeyMetadata } from '@aws-sdk/client-kms';
import { AwsCallError } from '../../aws/errors.js';
import { defineDataset, type Fetched } from '../dataset.js';
import { describeNamedKeys } from '../kms-key-lookup.js';
import { selectionsUseTags } from './backup.js';

/** A table ListTables named, and its DescribeTable answer. */
export interface DynamoTable {
  name: string;
  /** The table's ARN: DescribeTable's `TableArn`, or built from the name when that read failed. */
  arn: string;
  table: Fetched<TableDescription>;
}

/** A per-table read: the table, and what the read gave. */
export interface PerTable<T> {
  table: DynamoTable;
  result: Fetched<T>;
}

/** A KMS key a table is encrypted with, and what DescribeKey says of it. */
export interface TableKey {
  arn: string;
  metadata: Fetched<KeyMetadata>;
  /** Where the metadata came from: the region's kms.keys listing, or a DescribeKey of its own. */
  source: 'kms.keys' | 'DescribeKey';
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'dynamodb.tables': DynamoTable[];
    'dynamodb.continuousBackups': PerTable<ContinuousBackupsDescription>[];
    /**
     * Tags of the ACTIVE tables (ListTagsOfResource), read only when some backup selection of the
     * region filters by tags (`needed`); otherwise no table's tags are asked for.
     */
    'dynamodb.tableTags': { needed: boolean; tables: PerTable<Tag[]>[] };
    /**
     * Application Auto Scaling targets of namespace dynamodb; read only when some table is
     * provisioned. A failed listing is kept as the value: it leaves only the provisioned tables
     * unjudged, not the on-demand ones.
     */
    'dynamodb.scalableTargets': Fetched<ScalableTarget[]>;
    /** DescribeKey metadata of each KMS key a table names in SSEDescription.KMSMasterKeyArn. */
    'dynamodb.tableKeys': TableKey[];
    'dax.clusters': Cluster[];
  }
}

/**
 * Codes by which DynamoDB says a table was deleted between the listing and the read:
 * DescribeTable answers ResourceNotFoundException, DescribeContinuousBackups TableNotFoundException.
 */
export const TABLE_GONE = ['ResourceNotFoundException', 'TableNotFoundException'] as const;

export const tables = defineDataset({
  id: 'dynamodb.tables',
  scope: 'regional',
  operations: ['dynamodb:ListTables', 'dynamodb:DescribeTable'],
  async fetch(ctx) {
    // ListTables pages with ExclusiveStartTableName / LastEvaluatedTableName; 100 names a page is its most.
    const names = await ctx.list<string>('dynamodb:ListTables', { Limit: 100 }, 'TableNames');
    const described = await ctx.perItem(
      [...new Set(names.filter((n) => typeof n === 'string' && n !== ''))],
      async (name) => {
        const out = await ctx.call<{ Table?: TableDescription }>('dynamodb:DescribeTable', { TableName: name });
        if (!out?.Table) throw incomplete(ctx.region, 'DescribeTable', `DescribeTable returned no Table for ${name}`);
        return out.Table;
      },
      TABLE_GONE,
    );
    return described.map(({ item, result }) => ({
      name: item,
      arn: (result.ok ? result.value.TableArn : undefined) ?? `arn:${ctx.account.partition}:dynamodb:${ctx.region}:${ctx.account.id}:table/${item}`,
      table: result,
    }));
  },
});

/** An answer AWS always completes but this one left incomplete: an error for that table (perItem keeps it), not for the region. */
function incomplete(region: string, operation: string, message: string): AwsCallError {
  return new AwsCallError({ code: 'EmptyResponse', message, service: 'dynamodb', operation, region, action: `dynamodb:${operation}`, kind: 'other' });
}

export const continuousBackups = defineDataset({
  id: 'dynamodb.continuousBackups',
  scope: 'regional',
  operations: ['dynamodb:DescribeContinuousBackups'],
  deps: ['dynamodb.tables'],
  async fetch(ctx) {
    const listed = await ctx.get('dynamodb.tables');
    const read = await ctx.perItem(
      listed,
      async (t) => {
        const out = await ctx.call<{ ContinuousBackupsDescription?: ContinuousBackupsDescription }>('dynamodb:DescribeContinuousBackups', { TableName: t.name });
        if (!out?.ContinuousBackupsDescription)
          throw incomplete(ctx.region, 'DescribeContinuousBackups', `DescribeContinuousBackups returned no ContinuousBackupsDescription for ${t.name}`);
        return out.ContinuousBackupsDescription;
      },
      TABLE_GONE,
    );
    return read.map(({ item, result }) => ({ table: item, result }));
  },
});

/** Tables DynamoDB.4 judges: those in ACTIVE state. */
export const isActive = (table: DynamoTable) => table.table.ok && table.table.value.TableStatus === 'ACTIVE';

export const tableTags = defineDataset({
  id: 'dynamodb.tableTags',
  scope: 'regional',
  operations: ['dynamodb:ListTagsOfResource'],
  deps: ['dynamodb.tables', 'backup.planSelections'],
  async fetch(ctx) {
    const [listed, plans] = await Promise.all([ctx.get('dynamodb.tables'), ctx.get('backup.planSelections')]);
    if (!selectionsUseTags(plans)) return { needed: false, tables: [] };
    const read = await ctx.perItem(listed.filter(isActive), (t) => ctx.list<Tag>('dynamodb:ListTagsOfResource', { ResourceArn: t.arn }, 'Tags'), TABLE_GONE);
    return { needed: true, tables: read.map(({ item, result }) => ({ table: item, result })) };
  },
});

/** Billing mode of a described table: an answer without BillingModeSummary is a provisioned (older) table. */
export function billingMode(table: TableDescription): string {
  return table.BillingModeSummary?.BillingMode ?? 'PROVISIONED';
}

export const scalableTargets = defineDataset({
  id: 'dynamodb.scalableTargets',
  scope: 'regional',
  operations: ['application-autoscaling:DescribeScalableTargets'],
  deps: ['dynamodb.tables'],
  async fetch(ctx) {
    const listed = await ctx.get('dynamodb.tables');
    // On-demand tables need no scaling targets: a region without provisioned tables is not asked.
    if (!listed.some((t) => t.table.ok && billingMode(t.table.value) === 'PROVISIONED')) return { ok: true, value: [] };
    try {
      return { ok: true, value: await ctx.list<ScalableTarget>('application-autoscaling:DescribeScalableTargets', { ServiceNamespace: 'dynamodb' }, 'ScalableTargets') };
    } catch (err) {
      if (err instanceof AwsCallError) return { ok: false, error: err.info };
      throw err;
    }
  },
});

/** The KMS key ARN a table is encrypted with (SSEDescription.KMSMasterKeyArn), when it names one. */
export function tableKeyArn(table: TableDescription): string | undefined {
  const arn = table.SSEDescription?.KMSMasterKeyArn;
  return typeof arn === 'string' && arn !== '' ? arn : undefined;
}

/**
 * The keys of the tables' customer-managed-key check, by the shared lookup: from the region's
 * kms.keys listing when it holds the key, else DescribeKey by ARN in the key's own region.
 */
export const tableKeys = defineDataset({
  id: 'dynamodb.tableKeys',
  scope: 'regional',
  operations: ['kms:DescribeKey'],
  deps: ['dynamodb.tables', 'kms.keys'],
  async fetch(ctx) {
    const listed = await ctx.get('dynamodb.tables');
    const arns = [...new Set(listed.flatMap((t) => (t.table.ok ? (tableKeyArn(t.table.value) ?? []) : [])))].sort();
    const keys = await describeNamedKeys(ctx, arns);
    return arns.map((arn): TableKey => ({ arn, ...keys.get(arn)! }));
  },
});

export const daxClusters = defineDataset({
  id: 'dax.clusters',
  scope: 'regional',
  operations: ['dax:DescribeClusters'],
  fetch: (ctx) => ctx.list<Cluster>('dax:DescribeClusters', {}, 'Clusters'),
});

export default [tables, continuousBackups, tableTags, scalableTargets, tableKeys, daxClusters];
