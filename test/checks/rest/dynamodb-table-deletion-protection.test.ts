import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/dynamodb-table-deletion-protection.js';
import { awsError, evaluate, failed, run, verdicts } from '../../helpers/check-harness.js';
import { table, undescribedTable } from '../../fixtures/dynamodb.js';

describe('dynamodb-table-deletion-protection', () => {
  it('passes a table with deletion protection and fails one without', () => {
    const findings = evaluate(check, { 'dynamodb.tables': [table('orders', { DeletionProtectionEnabled: true }), table('sessions', { DeletionProtectionEnabled: false })] });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'orders'],
      ['FAIL', 'sessions'],
    ]);
    expect(findings[0]!.message).toBe('DynamoDB table orders has deletion protection enabled.');
    expect(findings[1]!.message).toBe('DynamoDB table sessions has deletion protection disabled, so one DeleteTable call removes it.');
  });

  it('near miss: an answer without the flag (an older table or an emulator) fails, never passes', () => {
    const findings = evaluate(check, { 'dynamodb.tables': [table('legacy', { DeletionProtectionEnabled: undefined })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.message).toContain('reports no DeletionProtectionEnabled flag');
  });

  it('reports ERROR for a table that could not be described, and when the tables cannot be listed', async () => {
    const findings = evaluate(check, { 'dynamodb.tables': [undescribedTable('hidden', failed(awsError('AccessDeniedException', 'dynamodb:DescribeTable')))] });
    expect(verdicts(findings)).toEqual([['ERROR', 'hidden']]);
    expect(findings[0]!.error?.action).toBe('dynamodb:DescribeTable');
    const listing = await run(check, { 'dynamodb.tables': awsError('AccessDeniedException', 'dynamodb:ListTables') });
    expect(listing.map((f) => f.status)).toEqual(['ERROR']);
  });
});
