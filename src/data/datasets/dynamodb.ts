import type { ScalableTarget } from '@aws-sdk/client-application-auto-scaling';
import type { Cluster } from '@aws-sdk/client-dax';
import type { ContinuousBackupsDescription, TableDescription, Tag } from '@aws-sdk/client-dynamodb';
import type { KeyMetadata } from '@aws-sdk/client-kms';
import { AwsCallError } from '../../aws/errors.js';
import type { AwsErrorInfo } from '../../model.js';
import { defineDataset, type Fetched } from '../dataset.js';
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
    /** Application Auto Scaling targets of namespace dynamodb; read only when some table is provisioned. */
    'dynamodb.scalableTargets': ScalableTarget[];
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
    if (!listed.some((t) => t.table.ok && billingMode(t.table.value) === 'PROVISIONED')) return [];
    return ctx.list<ScalableTarget>('application-autoscaling:DescribeScalableTargets', { ServiceNamespace: 'dynamodb' }, 'ScalableTargets');
  },
});

/** The KMS key ARN a table is encrypted with (SSEDescription.KMSMasterKeyArn), when it names one. */
export function tableKeyArn(table: TableDescription): string | undefined {
  const arn = table.SSEDescription?.KMSMasterKeyArn;
  return typeof arn === 'string' && arn !== '' ? arn : undefined;
}

/**
 * The keys of the tables' customer-managed-key check: taken from the region's kms.keys listing
 * (ListKeys with DescribeKey of every key, shared with the KMS checks) when it holds the key, and
 * asked with DescribeKey by ARN (in the key's own region) for keys it does not hold: a key of
 * another account, or a listing that could not be read.
 */
export const tableKeys = defineDataset({
  id: 'dynamodb.tableKeys',
  scope: 'regional',
  operations: ['kms:DescribeKey'],
  deps: ['dynamodb.tables', 'kms.keys'],
  async fetch(ctx) {
    const listed = await ctx.get('dynamodb.tables');
    const arns = [...new Set(listed.flatMap((t) => (t.table.ok ? (tableKeyArn(t.table.value) ?? []) : [])))].sort();
    if (arns.length === 0) return [];
    let regionKeys: Awaited<ReturnType<typeof ctx.get<'kms.keys'>>> = [];
    let listingError: AwsErrorInfo | undefined;
    try {
      regionKeys = await ctx.get('kms.keys');
    } catch (err) {
      if (!(err instanceof AwsCallError)) throw err;
      listingError = err.info;
    }
    const held = new Map(regionKeys.map((k) => [k.arn, k] as const));
    const isHere = (arn: string) => arn.split(':')[3] === ctx.region && arn.split(':')[4] === ctx.account.id;
    const known: TableKey[] = [];
    const unknown: string[] = [];
    for (const arn of arns) {
      const key = held.get(arn);
      if (key && key.metadata.ok) known.push({ arn, metadata: key.metadata, source: 'kms.keys' });
      // The region's listing failed other than by a refusal (KMS not offered there, throttled past the
      // retries, timed out): a DescribeKey of a key of this region would meet the same fate, so the
      // listing's error stands for it. A refused ListKeys may still leave DescribeKey allowed.
      else if (listingError && listingError.kind !== 'access-denied' && isHere(arn)) known.push({ arn, metadata: { ok: false, error: listingError }, source: 'kms.keys' });
      else unknown.push(arn);
    }
    const read = await ctx.perItem(
      unknown,
      async (arn) => {
        const region = arn.split(':')[3] || ctx.region;
        const out = await ctx.call<{ KeyMetadata?: KeyMetadata }>('kms:DescribeKey', { KeyId: arn }, { region });
        if (!out?.KeyMetadata) throw new AwsCallError({ code: 'EmptyResponse', message: `DescribeKey returned no KeyMetadata for ${arn}`, service: 'kms', operation: 'DescribeKey', region, action: 'kms:DescribeKey', kind: 'other' });
        return out.KeyMetadata;
      },
      // A key deleted since the table was encrypted with it: kept as an error, since the table still names it.
      [],
    );
    return [...known, ...read.map(({ item, result }): TableKey => ({ arn: item, metadata: result, source: 'DescribeKey' }))];
  },
});

export const daxClusters = defineDataset({
  id: 'dax.clusters',
  scope: 'regional',
  operations: ['dax:DescribeClusters'],
  fetch: (ctx) => ctx.list<Cluster>('dax:DescribeClusters', {}, 'Clusters'),
});

export default [tables, continuousBackups, tableTags, scalableTargets, tableKeys, daxClusters];
