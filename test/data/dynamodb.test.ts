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

const noPlans = call('backup', 'ListBackupPlans', {}, { BackupPlansList: [] });
const taggedPlan = [
  call('backup', 'ListBackupPlans', {}, { BackupPlansList: [{ BackupPlanId: 'p1', BackupPlanName: 'tagged' }] }),
  call('backup', 'ListBackupSelections', { BackupPlanId: 'p1' }, { BackupSelectionsList: [{ BackupPlanId: 'p1', SelectionId: 's1', SelectionName: 'by-tag' }] }),
  call('backup', 'GetBackupSelection', { BackupPlanId: 'p1', SelectionId: 's1' }, { BackupSelection: { SelectionName: 'by-tag', IamRoleArn: 'arn:aws:iam::123456789012:role/b', ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'yes' }] } }),
];

describe('dynamodb.tableTags', () => {
  const tables = [
    ddb('ListTables', { Limit: 100 }, { TableNames: ['orders', 'creating'] }),
    ddb('DescribeTable', { TableName: 'orders' }, { Table: description('orders') }),
    ddb('DescribeTable', { TableName: 'creating' }, { Table: description('creating', { TableStatus: 'CREATING' }) }),
  ];

  it('asks for no tags when no backup selection of the region filters by tags', async () => {
    const { loader, sent } = loaderFor([...tables, noPlans]);
    expect(await loader.load('dynamodb.tableTags', REGION)).toEqual({ needed: false, tables: [] });
    expect(sent.filter((r) => r.operation === 'ListTagsOfResource')).toEqual([]);
  });

  it('pages the tags of ACTIVE tables by ARN when a selection filters by tags', async () => {
    const arn = 'arn:aws:dynamodb:us-east-1:123456789012:table/orders';
    const { loader, sent } = loaderFor([
      ...tables,
      ...taggedPlan,
      ddb('ListTagsOfResource', { ResourceArn: arn }, { Tags: [{ Key: 'backup', Value: 'yes' }], NextToken: 't2' }),
      ddb('ListTagsOfResource', { ResourceArn: arn, NextToken: 't2' }, { Tags: [{ Key: 'team', Value: 'orders' }] }),
    ]);
    const tags = await loader.load('dynamodb.tableTags', REGION);
    expect(tags.needed).toBe(true);
    expect(tags.tables.map((t) => [t.table.name, t.result])).toEqual([
      [
        'orders',
        {
          ok: true,
          value: [
            { Key: 'backup', Value: 'yes' },
            { Key: 'team', Value: 'orders' },
          ],
        },
      ],
    ]);
    expect(sent.filter((r) => r.operation === 'ListTagsOfResource')).toHaveLength(2);
  });
});

describe('dynamodb.scalableTargets', () => {
  it('lists the dynamodb namespace, every page, only when a table is provisioned', async () => {
    const onDemand = loaderFor([ddb('ListTables', { Limit: 100 }, { TableNames: ['events'] }), ddb('DescribeTable', { TableName: 'events' }, { Table: description('events') })]);
    expect(await onDemand.loader.load('dynamodb.scalableTargets', REGION)).toEqual({ ok: true, value: [] });
    expect(onDemand.sent.filter((r) => r.service === 'application-autoscaling')).toEqual([]);

    const provisioned = loaderFor([
      ddb('ListTables', { Limit: 100 }, { TableNames: ['legacy'] }),
      ddb('DescribeTable', { TableName: 'legacy' }, { Table: description('legacy', { BillingModeSummary: undefined }) }),
      call('application-autoscaling', 'DescribeScalableTargets', { ServiceNamespace: 'dynamodb' }, { ScalableTargets: [{ ResourceId: 'table/legacy', ScalableDimension: 'dynamodb:table:ReadCapacityUnits' }], NextToken: 'n2' }),
      call('application-autoscaling', 'DescribeScalableTargets', { ServiceNamespace: 'dynamodb', NextToken: 'n2' }, { ScalableTargets: [{ ResourceId: 'table/legacy', ScalableDimension: 'dynamodb:table:WriteCapacityUnits' }] }),
    ]);
    const targets = await provisioned.loader.load('dynamodb.scalableTargets', REGION);
    expect(targets.ok && targets.value.map((t) => t.ScalableDimension)).toEqual([
      'dynamodb:table:ReadCapacityUnits',
      'dynamodb:table:WriteCapacityUnits',
    ]);
  });
});

describe('dynamodb.scalableTargets refused', () => {
  it('keeps a refused listing as the value, so that on-demand tables are still judged', async () => {
    const { loader } = loaderFor([
      ddb('ListTables', { Limit: 100 }, { TableNames: ['legacy'] }),
      ddb('DescribeTable', { TableName: 'legacy' }, { Table: description('legacy', { BillingModeSummary: undefined }) }),
      refused('application-autoscaling', 'DescribeScalableTargets', { ServiceNamespace: 'dynamodb' }, 'AccessDeniedException'),
    ]);
    const targets = await loader.load('dynamodb.scalableTargets', REGION);
    expect(targets.ok ? 'ok' : [targets.error.code, targets.error.action]).toEqual(['AccessDeniedException', 'application-autoscaling:DescribeScalableTargets']);
  });
});

describe('dynamodb.tableKeys', () => {
  const cmk = 'arn:aws:kms:us-east-1:123456789012:key/1111aaaa-22bb-33cc-44dd-5555eeee6666';
  const foreign = 'arn:aws:kms:eu-west-1:210987654321:key/2222bbbb-33cc-44dd-55ee-6666ffff7777';
  const encrypted = (name: string, arn: string) => description(name, { SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: arn } });

  it('takes keys the region lists from kms.keys, and describes only the others, by ARN in their own region', async () => {
    const { loader, sent } = loaderFor([
      ddb('ListTables', { Limit: 100 }, { TableNames: ['orders', 'shared', 'plain'] }),
      ddb('DescribeTable', { TableName: 'orders' }, { Table: encrypted('orders', cmk) }),
      ddb('DescribeTable', { TableName: 'shared' }, { Table: encrypted('shared', foreign) }),
      ddb('DescribeTable', { TableName: 'plain' }, { Table: description('plain') }),
      call('kms', 'ListKeys', { Limit: 1000 }, { Keys: [{ KeyId: '1111aaaa-22bb-33cc-44dd-5555eeee6666', KeyArn: cmk }], Truncated: false }),
      call('kms', 'DescribeKey', { KeyId: '1111aaaa-22bb-33cc-44dd-5555eeee6666' }, { KeyMetadata: { KeyId: '1111aaaa-22bb-33cc-44dd-5555eeee6666', Arn: cmk, KeyManager: 'CUSTOMER' } }),
      { service: 'kms', region: 'eu-west-1', operation: 'DescribeKey', input: { KeyId: foreign }, error: { code: 'AccessDeniedException', message: 'refused', httpStatus: 400 } },
    ]);
    const keys = await loader.load('dynamodb.tableKeys', REGION);
    // In ARN order, whichever answered.
    expect(keys.map((k) => [k.arn, k.source, k.metadata.ok ? k.metadata.value.KeyManager : k.metadata.error.code])).toEqual([
      [foreign, 'DescribeKey', 'AccessDeniedException'],
      [cmk, 'kms.keys', 'CUSTOMER'],
    ]);
    expect(sent.filter((r) => r.operation === 'DescribeKey').map((r) => [r.region, r.input.KeyId])).toEqual([
      [REGION, '1111aaaa-22bb-33cc-44dd-5555eeee6666'],
      ['eu-west-1', foreign],
    ]);
  });

  it('falls back to DescribeKey by ARN when the region\'s key listing is refused, and asks nothing without a KMS-encrypted table', async () => {
    const { loader } = loaderFor([
      ddb('ListTables', { Limit: 100 }, { TableNames: ['orders'] }),
      ddb('DescribeTable', { TableName: 'orders' }, { Table: encrypted('orders', cmk) }),
      { service: 'kms', region: REGION, operation: 'ListKeys', input: { Limit: 1000 }, error: { code: 'AccessDeniedException', message: 'refused', httpStatus: 400 } },
      call('kms', 'DescribeKey', { KeyId: cmk }, { KeyMetadata: { KeyId: 'x', Arn: cmk, KeyManager: 'AWS' } }),
    ]);
    expect((await loader.load('dynamodb.tableKeys', REGION)).map((k) => [k.source, k.metadata.ok && k.metadata.value.KeyManager])).toEqual([['DescribeKey', 'AWS']]);

    const none = loaderFor([ddb('ListTables', { Limit: 100 }, { TableNames: ['plain'] }), ddb('DescribeTable', { TableName: 'plain' }, { Table: description('plain') })]);
    expect(await none.loader.load('dynamodb.tableKeys', REGION)).toEqual([]);
    expect(none.sent.filter((r) => r.service === 'kms')).toEqual([]);
  });
});

describe('dynamodb.tableKeys where KMS is not offered', () => {
  it('does not ask DescribeKey for a key of a region whose key listing answered as unavailable, and keeps that error', async () => {
    const cmk = 'arn:aws:kms:us-east-1:123456789012:key/1111aaaa-22bb-33cc-44dd-5555eeee6666';
    const { loader, sent } = loaderFor([
      ddb('ListTables', { Limit: 100 }, { TableNames: ['orders'] }),
      ddb('DescribeTable', { TableName: 'orders' }, { Table: description('orders', { SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: cmk } }) }),
      { service: 'kms', region: REGION, operation: 'ListKeys', input: { Limit: 1000 }, error: { code: 'OptInRequired', message: 'You are not subscribed to this service.', httpStatus: 401 } },
    ]);
    const keys = await loader.load('dynamodb.tableKeys', REGION);
    expect(keys.map((k) => [k.arn, k.metadata.ok ? 'ok' : k.metadata.error.kind])).toEqual([[cmk, 'unavailable']]);
    expect(sent.filter((r) => r.operation === 'DescribeKey')).toEqual([]);
  });
});

describe('dynamodb.tableKeys when the key listing is throttled', () => {
  it('keeps the throttling error for keys of the region instead of describing them one by one', async () => {
    const cmk = 'arn:aws:kms:us-east-1:123456789012:key/1111aaaa-22bb-33cc-44dd-5555eeee6666';
    const { loader, sent } = loaderFor([
      ddb('ListTables', { Limit: 100 }, { TableNames: ['orders'] }),
      ddb('DescribeTable', { TableName: 'orders' }, { Table: description('orders', { SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: cmk } }) }),
      { service: 'kms', region: REGION, operation: 'ListKeys', input: { Limit: 1000 }, error: { code: 'ThrottlingException', message: 'Rate exceeded', httpStatus: 400 } },
    ]);
    const keys = await loader.load('dynamodb.tableKeys', REGION);
    expect(keys.map((k) => (k.metadata.ok ? 'ok' : [k.metadata.error.kind, k.metadata.error.action]))).toEqual([['throttled', 'kms:ListKeys']]);
    expect(sent.filter((r) => r.operation === 'DescribeKey')).toEqual([]);
  });
});

describe('dax.clusters', () => {
  it('pages DescribeClusters with NextToken', async () => {
    const { loader } = loaderFor([
      call('dax', 'DescribeClusters', {}, { Clusters: [{ ClusterName: 'a' }], NextToken: 'd2' }),
      call('dax', 'DescribeClusters', { NextToken: 'd2' }, { Clusters: [{ ClusterName: 'b' }] }),
    ]);
    expect((await loader.load('dax.clusters', REGION)).map((c) => c.ClusterName)).toEqual(['a', 'b']);
  });

  it('fails as a whole when DescribeClusters is refused', async () => {
    const { loader } = loaderFor([refused('dax', 'DescribeClusters', {}, 'AccessDeniedException')]);
    await expect(loader.load('dax.clusters', REGION)).rejects.toMatchObject({ info: { action: 'dax:DescribeClusters' } });
  });
});
