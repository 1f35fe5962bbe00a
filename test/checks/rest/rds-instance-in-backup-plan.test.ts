import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/rds-instance-in-backup-plan.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { OPTED_IN, plan, selection, tagEquals } from '../../fixtures/backup.js';

const arn = (id: string) => `arn:aws:rds:us-east-1:123456789012:db:${id}`;
const instance = (id: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: arn(id),
  Engine: 'postgres',
  EngineVersion: '16.4',
  DBInstanceStatus: 'available',
  TagList: [{ Key: 'team', Value: 'orders' }],
  ...extra,
});
const teams = plan('databases', [selection('team-dbs', { ListOfTags: [tagEquals('team', 'orders'), tagEquals('team', 'payments')] })]);

describe('rds-instance-in-backup-plan', () => {
  it('passes an instance selected through ListOfTags, and leaves Aurora members out', () => {
    const findings = evaluate(check, {
      'rds.instances': [instance('orders-pg'), instance('payments-1', { Engine: 'aurora-postgresql', DBClusterIdentifier: 'payments' })],
      'backup.planSelections': [teams],
      'backup.regionSettings': OPTED_IN,
    });
    expect(verdicts(findings)).toEqual([['PASS', 'orders-pg']]);
    expect(findings[0]!.message).toBe('DB instance orders-pg is protected by AWS Backup: backup plan "databases" (selection "team-dbs") selects it.');
  });

  it('fails an instance whose tags match no selection', () => {
    const findings = evaluate(check, { 'rds.instances': [instance('legacy', { TagList: [{ Key: 'team', Value: 'legacy' }] })], 'backup.planSelections': [teams], 'backup.regionSettings': OPTED_IN });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
  });

  it('near miss: a member of a Multi-AZ DB cluster (not Aurora) is judged as an instance, and NotResources can exclude it', () => {
    const findings = evaluate(check, {
      'rds.instances': [instance('ledger-1', { DBClusterIdentifier: 'ledger' })],
      'backup.planSelections': [plan('all', [selection('all-dbs', { Resources: ['arn:aws:rds:*:*:db:*'], NotResources: [arn('ledger-1')] })])],
      'backup.regionSettings': OPTED_IN,
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'ledger-1']]);
    expect(findings[0]!.message).toContain(`NotResources excludes it (${arn('ledger-1')})`);
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances'), 'backup.planSelections': [], 'backup.regionSettings': OPTED_IN });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('rds:DescribeDBInstances');
  });
});
