import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/dynamodb-table-pitr-enabled.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { perTable, pitr, table, tableArn } from '../../fixtures/dynamodb.js';

const data = (...reads: ReturnType<typeof perTable>[]) => ({ 'dynamodb.continuousBackups': reads });

describe('dynamodb-table-pitr-enabled', () => {
  it('passes a table with point-in-time recovery enabled and gives its recovery period', () => {
    const findings = evaluate(check, data(perTable(table('orders'), ok(pitr('ENABLED', 35)))));
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.resourceArn).toBe(tableArn('orders'));
    expect(findings[0]!.message).toBe('DynamoDB table orders has point-in-time recovery enabled with a recovery period of 35 days.');
  });

  it('fails a table with point-in-time recovery disabled', () => {
    const findings = evaluate(check, data(perTable(table('sessions'), ok(pitr('DISABLED')))));
    expect(verdicts(findings)).toEqual([['FAIL', 'sessions']]);
    expect(findings[0]!.message).toContain('has point-in-time recovery disabled');
  });

  it('near miss: a short recovery period of 1 day still passes, as the period is not judged', () => {
    const findings = evaluate(check, data(perTable(table('audit'), ok(pitr('ENABLED', 1)))));
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('recovery period of 1 days');
  });

  it('near miss: continuous backups disabled with no recovery description fails', () => {
    const findings = evaluate(check, data(perTable(table('legacy'), ok({ ContinuousBackupsStatus: 'DISABLED' }))));
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
  });

  it('reports ERROR for a table whose continuous backups could not be read, and for an answer without a status', () => {
    const findings = evaluate(
      check,
      data(
        perTable(table('denied'), failed(awsError('AccessDeniedException', 'dynamodb:DescribeContinuousBackups'))),
        perTable(table('odd'), ok({ ContinuousBackupsStatus: 'ENABLED' })),
      ),
    );
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'denied'],
      ['ERROR', 'odd'],
    ]);
    expect(findings[0]!.error?.action).toBe('dynamodb:DescribeContinuousBackups');
  });

  it('reports ERROR when the tables cannot be listed', async () => {
    const findings = await run(check, { 'dynamodb.continuousBackups': awsError('AccessDeniedException', 'dynamodb:ListTables') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('dynamodb:ListTables');
  });
});
