import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/dynamodb-table-autoscaling.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';
import { table, undescribedTable } from '../../fixtures/dynamodb.js';

const provisioned = { BillingModeSummary: { BillingMode: 'PROVISIONED' as const }, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5, NumberOfDecreasesToday: 0 } };
const gsi = (name: string) => ({ IndexName: name, KeySchema: [{ AttributeName: 'sk', KeyType: 'HASH' as const }], Projection: { ProjectionType: 'ALL' as const }, IndexStatus: 'ACTIVE' as const });
const target = (resourceId: string, dimension: string) => ({
  ServiceNamespace: 'dynamodb' as const,
  ResourceId: resourceId,
  ScalableDimension: dimension as never,
  MinCapacity: 5,
  MaxCapacity: 100,
  RoleARN: 'arn:aws:iam::123456789012:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable',
  CreationTime: new Date('2025-06-01T10:00:00Z'),
});
const both = (id: string, level: 'table' | 'index') => [target(id, `dynamodb:${level}:ReadCapacityUnits`), target(id, `dynamodb:${level}:WriteCapacityUnits`)];

describe('dynamodb-table-autoscaling', () => {
  it('passes an on-demand table and a provisioned table scaled on the table and its index', () => {
    const findings = evaluate(check, {
      'dynamodb.tables': [table('events'), table('orders', { ...provisioned, GlobalSecondaryIndexes: [gsi('by-customer')] })],
      'dynamodb.scalableTargets': ok([...both('table/orders', 'table'), ...both('table/orders/index/by-customer', 'index')]),
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'events'],
      ['PASS', 'orders'],
    ]);
    expect(findings[0]!.message).toBe('DynamoDB table events uses on-demand capacity, which scales with demand.');
    expect(findings[1]!.message).toBe('DynamoDB table orders uses provisioned capacity with auto scaling for reads and writes of the table and of its 1 global secondary index.');
  });

  it('fails a provisioned table without scaling targets; an answer without BillingModeSummary is provisioned', () => {
    const findings = evaluate(check, { 'dynamodb.tables': [table('legacy', { BillingModeSummary: undefined })], 'dynamodb.scalableTargets': ok([]) });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.message).toBe('DynamoDB table legacy uses provisioned capacity without auto scaling for read and write capacity of the table.');
  });

  it('near miss: the table scales but its index does not, or only reads scale', () => {
    const findings = evaluate(check, {
      'dynamodb.tables': [table('orders', { ...provisioned, GlobalSecondaryIndexes: [gsi('by-date')] }), table('audit', provisioned)],
      'dynamodb.scalableTargets': ok([...both('table/orders', 'table'), target('table/audit', 'dynamodb:table:ReadCapacityUnits')]),
    });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'orders'],
      ['FAIL', 'audit'],
    ]);
    expect(findings[0]!.message).toContain('without auto scaling for read and write capacity of index by-date');
    expect(findings[1]!.message).toContain('without auto scaling for write capacity of the table');
  });

  it('reports ERROR for a table that could not be described, and for provisioned tables when the scaling targets cannot be listed', () => {
    const findings = evaluate(check, { 'dynamodb.tables': [undescribedTable('hidden', failed(awsError('AccessDeniedException', 'dynamodb:DescribeTable')))], 'dynamodb.scalableTargets': ok([]) });
    expect(verdicts(findings)).toEqual([['ERROR', 'hidden']]);
    const listing = evaluate(check, {
      'dynamodb.tables': [table('orders', provisioned)],
      'dynamodb.scalableTargets': failed(awsError('AccessDeniedException', 'application-autoscaling:DescribeScalableTargets')),
    });
    expect(verdicts(listing)).toEqual([['ERROR', 'orders']]);
    expect(listing[0]!.error?.action).toBe('application-autoscaling:DescribeScalableTargets');
  });

  it('still judges on-demand tables when the scaling targets cannot be listed (no needless ERROR)', () => {
    const findings = evaluate(check, {
      'dynamodb.tables': [table('events'), table('orders', provisioned)],
      'dynamodb.scalableTargets': failed(awsError('AccessDeniedException', 'application-autoscaling:DescribeScalableTargets')),
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'events'],
      ['ERROR', 'orders'],
    ]);
  });
});
