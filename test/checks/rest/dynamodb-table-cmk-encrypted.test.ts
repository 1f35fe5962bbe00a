import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/dynamodb-table-cmk-encrypted.js';
import type { TableKey } from '../../../src/data/datasets/dynamodb.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { table, undescribedTable } from '../../fixtures/dynamodb.js';
import { keyArn, kmsKey } from '../../fixtures/kms.js';

const CMK = keyArn('1111aaaa-22bb-33cc-44dd-5555eeee6666');
const AWS_KEY = keyArn('9999ffff-88ee-77dd-66cc-5555bbbb4444');
const kms = (arn: string) => ({ SSEDescription: { Status: 'ENABLED' as const, SSEType: 'KMS' as const, KMSMasterKeyArn: arn } });
const keys: TableKey[] = [
  { arn: CMK, metadata: kmsKey('1111aaaa-22bb-33cc-44dd-5555eeee6666').metadata, source: 'kms.keys' },
  { arn: AWS_KEY, metadata: kmsKey('9999ffff-88ee-77dd-66cc-5555bbbb4444', { KeyManager: 'AWS', Description: 'Default key that protects my DynamoDB tables' }).metadata, source: 'kms.keys' },
];

describe('dynamodb-table-cmk-encrypted', () => {
  it('passes a table encrypted with a customer managed key', () => {
    const findings = evaluate(check, { 'dynamodb.tables': [table('orders', kms(CMK))], 'dynamodb.tableKeys': keys });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.message).toBe(`DynamoDB table orders is encrypted with the customer managed KMS key ${CMK}.`);
  });

  it('fails the AWS owned key (no SSEDescription) and the AWS managed aws/dynamodb key', () => {
    const findings = evaluate(check, { 'dynamodb.tables': [table('events'), table('sessions', kms(AWS_KEY))], 'dynamodb.tableKeys': keys });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'events'],
      ['FAIL', 'sessions'],
    ]);
    expect(findings[0]!.message).toBe('DynamoDB table events is encrypted with the AWS owned key, not a customer managed KMS key.');
    expect(findings[1]!.message).toContain('AWS managed key aws/dynamodb');
  });

  it('near miss: a table switching to a customer managed key (UPDATING) is judged on the target key and says so', () => {
    const findings = evaluate(check, { 'dynamodb.tables': [table('orders', { SSEDescription: { Status: 'UPDATING', SSEType: 'KMS', KMSMasterKeyArn: CMK } })], 'dynamodb.tableKeys': keys });
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('(encryption UPDATING: judged on the target key)');
  });

  it('near miss: a customer managed key that is disabled leaves the table INACCESSIBLE_ENCRYPTION_CREDENTIALS, which fails', () => {
    const findings = evaluate(check, { 'dynamodb.tables': [table('orders', { ...kms(CMK), TableStatus: 'INACCESSIBLE_ENCRYPTION_CREDENTIALS' })], 'dynamodb.tableKeys': keys });
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('INACCESSIBLE_ENCRYPTION_CREDENTIALS');
  });

  it('reports ERROR when the key cannot be described, or the table cannot', () => {
    const other = 'arn:aws:kms:us-east-1:210987654321:key/abcd';
    const findings = evaluate(check, {
      'dynamodb.tables': [table('shared', kms(other)), undescribedTable('hidden', failed(awsError('AccessDeniedException', 'dynamodb:DescribeTable')))],
      'dynamodb.tableKeys': [{ arn: other, metadata: failed(awsError('AccessDeniedException', 'kms:DescribeKey')), source: 'DescribeKey' }],
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'shared'],
      ['ERROR', 'hidden'],
    ]);
    expect(findings[0]!.error?.action).toBe('kms:DescribeKey');
  });

  it('reports ERROR when the tables cannot be listed', async () => {
    const findings = await run(check, { 'dynamodb.tables': awsError('AccessDeniedException', 'dynamodb:ListTables'), 'dynamodb.tableKeys': [] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });

  it('keeps a key described outside the listing', () => {
    const findings = evaluate(check, {
      'dynamodb.tables': [table('orders', kms(CMK))],
      'dynamodb.tableKeys': [{ arn: CMK, metadata: ok({ KeyId: 'x', KeyManager: 'CUSTOMER' }), source: 'DescribeKey' }],
    });
    expect(findings[0]!.status).toBe('PASS');
  });
});
