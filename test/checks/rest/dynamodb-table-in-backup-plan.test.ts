import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/dynamodb-table-in-backup-plan.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { perTable, table, undescribedTable } from '../../fixtures/dynamodb.js';
import { cond, OPTED_IN, plan, selection } from '../../fixtures/backup.js';

const allTables = plan('tables-daily', [selection('all-tables', { Resources: ['arn:aws:dynamodb:*:*:table/*'] })]);
const tagged = plan('tagged', [selection('backup-true', { Resources: ['*'], Conditions: { StringEquals: [cond('backup', 'true')] } })]);

describe('dynamodb-table-in-backup-plan', () => {
  it('passes an ACTIVE table selected by a table wildcard, without reading tags, and leaves other states out', () => {
    const findings = evaluate(check, {
      'dynamodb.tables': [table('orders'), table('new-table', { TableStatus: 'CREATING' })],
      'dynamodb.tableTags': { needed: false, tables: [] },
      'backup.planSelections': [allTables],
      'backup.regionSettings': OPTED_IN,
    });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.message).toBe('DynamoDB table orders is protected by AWS Backup: backup plan "tables-daily" (selection "all-tables") selects it.');
  });

  it('judges tag conditions on the tags ListTagsOfResource returned', () => {
    const orders = table('orders');
    const sessions = table('sessions');
    const findings = evaluate(check, {
      'dynamodb.tables': [orders, sessions],
      'dynamodb.tableTags': { needed: true, tables: [perTable(orders, ok([{ Key: 'backup', Value: 'true' }])), perTable(sessions, ok([]))] },
      'backup.planSelections': [tagged],
      'backup.regionSettings': OPTED_IN,
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'orders'],
      ['FAIL', 'sessions'],
    ]);
  });

  it('near miss: selected while AWS Backup is not opted in for DynamoDB fails with that reason', () => {
    const findings = evaluate(check, {
      'dynamodb.tables': [table('orders')],
      'dynamodb.tableTags': { needed: false, tables: [] },
      'backup.planSelections': [allTables],
      'backup.regionSettings': { ok: true, value: { DynamoDB: false, EFS: true } },
    });
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain("opt-in for DynamoDB is off (ResourceTypeOptInPreference), so the selection protects nothing");
  });

  it('reports ERROR for a table that could not be described, or whose tags a tag selection needs and could not be read', () => {
    const denied = table('denied');
    const findings = evaluate(check, {
      'dynamodb.tables': [undescribedTable('hidden', failed(awsError('AccessDeniedException', 'dynamodb:DescribeTable'))), denied],
      'dynamodb.tableTags': { needed: true, tables: [perTable(denied, failed(awsError('AccessDeniedException', 'dynamodb:ListTagsOfResource')))] },
      'backup.planSelections': [tagged],
      'backup.regionSettings': OPTED_IN,
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'hidden'],
      ['ERROR', 'denied'],
    ]);
    expect(findings.map((f) => f.error?.action)).toEqual(['dynamodb:DescribeTable', 'dynamodb:ListTagsOfResource']);
  });

  it('reports ERROR when the tables cannot be listed', async () => {
    const findings = await run(check, {
      'dynamodb.tables': awsError('AccessDeniedException', 'dynamodb:ListTables'),
      'dynamodb.tableTags': { needed: false, tables: [] },
      'backup.planSelections': [],
      'backup.regionSettings': OPTED_IN,
    });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
