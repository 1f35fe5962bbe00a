import type { ContinuousBackupsDescription, TableDescription, Tag } from '@aws-sdk/client-dynamodb';
import { AwsCallError } from '../../aws/errors.js';
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

declare module '../dataset.js' {
  interface DatasetTypes {
    'dynamodb.tables': DynamoTable[];
    'dynamodb.continuousBackups': PerTable<ContinuousBackupsDescription>[];
    /**
     * Tags of the ACTIVE tables (ListTagsOfResource), read only when some backup selection of the
     * region filters by tags (`needed`); otherwise no table's tags are asked for.
     */
    'dynamodb.tableTags': { needed: boolean; tables: PerTable<Tag[]>[] };
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

export default [tables, continuousBackups, tableTags];
