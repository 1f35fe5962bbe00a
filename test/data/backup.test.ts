// The AWS Backup datasets against recorded answers: what they ask AWS for, paging to the end,
// plans or vaults deleted meanwhile dropped, per-plan, per-selection and per-vault errors kept.
import { describe, expect, it } from 'vitest';
import { type RecordedCall } from '../../src/data/inventory.js';
import { selectionsUseTags } from '../../src/data/datasets/backup.js';
import { replayLoader } from '../helpers/replay-loader.js';
import { plan, selection, tagEquals, vault } from '../fixtures/backup.js';

const REGION = 'eu-west-1';
const loaderFor = (calls: RecordedCall[]) => replayLoader(calls, [REGION], 'us-east-1');
const backup = (operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service: 'backup', region: REGION, operation, input, output });
const refused = (operation: string, input: Record<string, unknown>, code: string, httpStatus = 400): RecordedCall => ({
  service: 'backup',
  region: REGION,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});
const planEntry = (id: string, name: string) => ({ BackupPlanId: id, BackupPlanName: name, BackupPlanArn: `arn:aws:backup:${REGION}:123456789012:backup-plan:${id}`, VersionId: 'v1' });
const selEntry = (planId: string, id: string, name: string) => ({ BackupPlanId: planId, SelectionId: id, SelectionName: name, IamRoleArn: 'arn:aws:iam::123456789012:role/backup' });

describe('backup.planSelections', () => {
  it('pages the plans and each plan\'s selections, and reads every selection', async () => {
    const { loader, sent } = loaderFor([
      backup('ListBackupPlans', {}, { BackupPlansList: [planEntry('p1', 'daily')], NextToken: 'plans-2' }),
      backup('ListBackupPlans', { NextToken: 'plans-2' }, { BackupPlansList: [planEntry('p2', 'weekly')] }),
      backup('ListBackupSelections', { BackupPlanId: 'p1' }, { BackupSelectionsList: [selEntry('p1', 's1', 'files')], NextToken: 'sel-2' }),
      backup('ListBackupSelections', { BackupPlanId: 'p1', NextToken: 'sel-2' }, { BackupSelectionsList: [selEntry('p1', 's2', 'tables')] }),
      backup('ListBackupSelections', { BackupPlanId: 'p2' }, { BackupSelectionsList: [] }),
      backup('GetBackupSelection', { BackupPlanId: 'p1', SelectionId: 's1' }, { BackupPlanId: 'p1', SelectionId: 's1', BackupSelection: selection('files', { Resources: ['arn:aws:elasticfilesystem:*:*:file-system/*'] }) }),
      backup('GetBackupSelection', { BackupPlanId: 'p1', SelectionId: 's2' }, { BackupPlanId: 'p1', SelectionId: 's2', BackupSelection: selection('tables', { Resources: ['arn:aws:dynamodb:*:*:table/*'] }) }),
    ]);
    const plans = await loader.load('backup.planSelections', REGION);
    expect(plans.map((p) => [p.plan.BackupPlanName, p.selections.ok && p.selections.value.map((s) => s.selection.ok && s.selection.value.SelectionName)])).toEqual([
      ['daily', ['files', 'tables']],
      ['weekly', []],
    ]);
    expect(sent.every((r) => r.region === REGION)).toBe(true);
    expect(sent.filter((r) => r.operation === 'ListBackupPlans').map((r) => r.input)).toEqual([{}, { NextToken: 'plans-2' }]);
  });

  it('drops a plan deleted since the listing, and keeps refusals per plan and per selection', async () => {
    const { loader } = loaderFor([
      backup('ListBackupPlans', {}, { BackupPlansList: [planEntry('gone', 'old'), planEntry('denied', 'secret'), planEntry('p3', 'mixed')] }),
      refused('ListBackupSelections', { BackupPlanId: 'gone' }, 'ResourceNotFoundException', 404),
      refused('ListBackupSelections', { BackupPlanId: 'denied' }, 'AccessDeniedException', 403),
      backup('ListBackupSelections', { BackupPlanId: 'p3' }, { BackupSelectionsList: [selEntry('p3', 's-ok', 'ok'), selEntry('p3', 's-no', 'no'), selEntry('p3', 's-gone', 'gone')] }),
      backup('GetBackupSelection', { BackupPlanId: 'p3', SelectionId: 's-ok' }, { BackupSelection: selection('ok') }),
      refused('GetBackupSelection', { BackupPlanId: 'p3', SelectionId: 's-no' }, 'AccessDeniedException', 403),
      refused('GetBackupSelection', { BackupPlanId: 'p3', SelectionId: 's-gone' }, 'ResourceNotFoundException', 404),
    ]);
    const plans = await loader.load('backup.planSelections', REGION);
    expect(plans.map((p) => [p.plan.BackupPlanName, p.selections.ok ? p.selections.value.map((s) => [s.entry.SelectionId, s.selection.ok]) : p.selections.error.action])).toEqual([
      ['secret', 'backup:ListBackupSelections'],
      [
        'mixed',
        [
          ['s-ok', true],
          ['s-no', false],
        ],
      ],
    ]);
  });

  it('says whether any readable selection filters by tags', () => {
    expect(selectionsUseTags([plan('arn-only', [selection('a', { Resources: ['*'] })])])).toBe(false);
    expect(selectionsUseTags([plan('tags', [selection('t', { ListOfTags: [tagEquals('backup', 'yes')] })])])).toBe(true);
    expect(selectionsUseTags([plan('conditions', [selection('c', { Resources: ['*'], Conditions: { StringLike: [{ ConditionKey: 'aws:ResourceTag/env', ConditionValue: 'prod*' }] } })])])).toBe(true);
  });
});

describe('backup.regionSettings', () => {
  it('reads ResourceTypeOptInPreference, and keeps a refusal as data', async () => {
    const read = loaderFor([backup('DescribeRegionSettings', {}, { ResourceTypeOptInPreference: { EFS: true, DynamoDB: false }, ResourceTypeManagementPreference: { DynamoDB: true } })]);
    expect(await read.loader.load('backup.regionSettings', REGION)).toEqual({ ok: true, value: { EFS: true, DynamoDB: false } });
    const denied = loaderFor([refused('DescribeRegionSettings', {}, 'AccessDeniedException', 403)]);
    const settings = await denied.loader.load('backup.regionSettings', REGION);
    expect(settings.ok ? 'ok' : settings.error.action).toBe('backup:DescribeRegionSettings');
  });
});

describe('backup.recoveryPoints', () => {
  it('pages each vault\'s recovery points and keeps only what the check needs', async () => {
    const point = (n: number, IsEncrypted?: boolean) => ({ RecoveryPointArn: `arn:aws:backup:${REGION}:123456789012:recovery-point:rp-${n}`, ResourceType: 'EBS', Status: 'COMPLETED', ...(IsEncrypted === undefined ? {} : { IsEncrypted }) });
    const { loader } = loaderFor([
      backup('ListBackupVaults', {}, { BackupVaultList: [vault('Default'), vault('gone'), vault('denied')] }),
      backup('ListRecoveryPointsByBackupVault', { BackupVaultName: 'Default' }, { RecoveryPoints: [point(1, true), point(2, false)], NextToken: 'rp-2' }),
      backup('ListRecoveryPointsByBackupVault', { BackupVaultName: 'Default', NextToken: 'rp-2' }, { RecoveryPoints: [point(3)] }),
      refused('ListRecoveryPointsByBackupVault', { BackupVaultName: 'gone' }, 'ResourceNotFoundException', 404),
      refused('ListRecoveryPointsByBackupVault', { BackupVaultName: 'denied' }, 'AccessDeniedException', 403),
    ]);
    const read = await loader.load('backup.recoveryPoints', REGION);
    expect(read.map((r) => [r.vault.BackupVaultName, r.result.ok ? r.result.value : r.result.error.code])).toEqual([
      ['Default', { count: 3, unencrypted: [`arn:aws:backup:${REGION}:123456789012:recovery-point:rp-2`], unknown: [`arn:aws:backup:${REGION}:123456789012:recovery-point:rp-3`] }],
      ['denied', 'AccessDeniedException'],
    ]);
  });
});
