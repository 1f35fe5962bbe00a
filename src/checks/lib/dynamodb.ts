// How DynamoDB and DAX checks name their resources and report per-table reads.

import type { Cluster } from '@aws-sdk/client-dax';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import type { CheckContext, ResourceRef } from '../define.js';
import type { DynamoTable, PerTable } from '../../data/datasets/dynamodb.js';
import type { Finding } from '../../model.js';

export function tableRef(table: DynamoTable): ResourceRef {
  return { id: table.name, arn: table.arn };
}

export function tableLabel(table: DynamoTable): string {
  return `DynamoDB table ${table.name}`;
}

/** One finding per table whose DescribeTable answer is judged: ERROR where it could not be read. */
export function judgeDescribedTables(tables: readonly DynamoTable[], ctx: CheckContext, verdict: (table: DynamoTable, description: TableDescription, resource: ResourceRef) => Finding): Finding[] {
  return tables.map((table) => {
    const resource = tableRef(table);
    return table.table.ok ? verdict(table, table.table.value, resource) : ctx.error(resource, table.table.error, tableLabel(table));
  });
}

/** One finding per table of a per-table read: ERROR where the read failed. */
export function judgeTables<T>(reads: readonly PerTable<T>[], ctx: CheckContext, verdict: (table: DynamoTable, value: T, resource: ResourceRef) => Finding): Finding[] {
  return reads.map(({ table, result }) => {
    const resource = tableRef(table);
    return result.ok ? verdict(table, result.value, resource) : ctx.error(resource, result.error, tableLabel(table));
  });
}

type Where = Pick<CheckContext, 'account' | 'region'>;

export function clusterRef(cluster: Cluster, where: Where): ResourceRef {
  const id = cluster.ClusterName ?? 'unknown';
  return { id, arn: cluster.ClusterArn ?? `arn:${where.account.partition}:dax:${where.region}:${where.account.id}:cache/${id}` };
}

export function clusterLabel(cluster: Cluster): string {
  return `DAX cluster ${cluster.ClusterName ?? 'unknown'}`;
}
