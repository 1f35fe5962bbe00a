// The DynamoDB, Application Auto Scaling and DAX datasets against recorded answers: what they ask
// AWS for, paging to the end, tables deleted meanwhile dropped, per-table errors kept.
import { describe, expect, it } from 'vitest';
import { type RecordedCall } from '../../src/data/inventory.js';
import { replayLoader } from '../helpers/replay-loader.js';
import { description, pitr } from '../fixtures/dynamodb.js';

const REGION = 'us-east-1';
const loaderFor = (calls: RecordedCall[]) => replayLoader(calls, [REGION], REGION);

const call = (service: RecordedCall['service'], operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service, region: REGION, operation, input, output });
const ddb = (operation: string, input: Record<string, unknown>, output: unknown) => call('dynamodb', operation, input, output);
const refused = (service: RecordedCall['service'], operation: string, input: Record<string, unknown>, code: string, httpStatus = 400): RecordedCall => ({
  service,
  region: REGION,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});

describe('dynamodb.tables', () => {
  it('pages ListTables with ExclusiveStartTableName and LastEvaluatedTableName, 100 names a page', async () => {
    const { loader, sent } = loaderFor([
      ddb('ListTables', { Limit: 100 }, { TableNames: ['a-table'], LastEvaluatedTableName: 'a-table' }),
      ddb('ListTables', { Limit: 100, ExclusiveStartTableName: 'a-table' }, { TableNames: ['b-table'] }),
      ddb('DescribeTable', { TableName: 'a-table' }, { Table: description('a-table') }),
      ddb('DescribeTable', { TableName: 'b-table' }, { Table: description('b-table') }),
    ]);
    const tables = await loader.load('dynamodb.tables', REGION);
    expect(tables.map((t) => [t.name, t.arn, t.table.ok])).toEqual([
      ['a-table', 'arn:aws:dynamodb:us-east-1:123456789012:table/a-table', true],
      ['b-table', 'arn:aws:dynamodb:us-east-1:123456789012:table/b-table', true],
    ]);
    expect(sent.filter((r) => r.operation === 'ListTables').map((r) => r.input)).toEqual([{ Limit: 100 }, { Limit: 100, ExclusiveStartTableName: 'a-table' }]);
  });

  it('drops a table deleted since the listing and keeps a refused DescribeTable as an error of that table', async () => {
    const { loader } = loaderFor([
      ddb('ListTables', { Limit: 100 }, { TableNames: ['kept', 'gone', 'denied'] }),
      ddb('DescribeTable', { TableName: 'kept' }, { Table: description('kept') }),
      refused('dynamodb', 'DescribeTable', { TableName: 'gone' }, 'ResourceNotFoundException'),
      refused('dynamodb', 'DescribeTable', { TableName: 'denied' }, 'AccessDeniedException'),
    ]);
    const tables = await loader.load('dynamodb.tables', REGION);
    expect(tables.map((t) => [t.name, t.table.ok ? 'ok' : t.table.error.action])).toEqual([
      ['kept', 'ok'],
      ['denied', 'dynamodb:DescribeTable'],
    ]);
    // The ARN of a table that could not be described is built from its name.
    expect(tables[1]!.arn).toBe('arn:aws:dynamodb:us-east-1:123456789012:table/denied');
  });
});

describe('dynamodb.continuousBackups', () => {
  it('reads every listed table, dropping one that DescribeContinuousBackups says is gone (TableNotFoundException)', async () => {
    const { loader } = loaderFor([
      ddb('ListTables', { Limit: 100 }, { TableNames: ['orders', 'gone'] }),
      ddb('DescribeTable', { TableName: 'orders' }, { Table: description('orders') }),
      ddb('DescribeTable', { TableName: 'gone' }, { Table: description('gone') }),
      ddb('DescribeContinuousBackups', { TableName: 'orders' }, { ContinuousBackupsDescription: pitr('ENABLED') }),
      refused('dynamodb', 'DescribeContinuousBackups', { TableName: 'gone' }, 'TableNotFoundException'),
    ]);
    const read = await loader.load('dynamodb.continuousBackups', REGION);
    expect(read.map((r) => [r.table.name, r.result.ok && r.result.value.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus])).toEqual([['orders', 'ENABLED']]);
  });
});
