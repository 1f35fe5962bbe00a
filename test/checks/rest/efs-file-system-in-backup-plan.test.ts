import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/efs-file-system-in-backup-plan.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { fileSystem, fsArn } from '../../fixtures/efs.js';
import { OPTED_IN, plan, selection, tagEquals } from '../../fixtures/backup.js';

// The plan EFS automatic backups create, as AWS Backup lists it.
const automatic = plan('aws/efs/automatic-backup-plan', [selection('aws/efs/automatic-backup-selection', { ListOfTags: [tagEquals('aws:elasticfilesystem:default-backup', 'enabled')] })]);
const systemTag = [{ Key: 'aws:elasticfilesystem:default-backup', Value: 'enabled' }];

describe('efs-file-system-in-backup-plan', () => {
  it('passes a file system selected by the automatic backup plan through its system tag, and one selected by ARN', () => {
    const findings = evaluate(check, {
      'efs.fileSystems': [fileSystem('fs-01', { Tags: systemTag }), fileSystem('fs-02')],
      'backup.planSelections': [automatic, plan('daily', [selection('finance-files', { Resources: [fsArn('fs-02')] })])],
      'backup.regionSettings': OPTED_IN,
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'fs-01'],
      ['PASS', 'fs-02'],
    ]);
    expect(findings[0]!.message).toBe(
      'EFS file system fs-01 is protected by AWS Backup: backup plan "aws/efs/automatic-backup-plan" (selection "aws/efs/automatic-backup-selection") selects it.',
    );
  });

  it('fails a file system no selection selects, and says why a near selection did not', () => {
    const findings = evaluate(check, {
      'efs.fileSystems': [fileSystem('fs-03', { Name: 'scratch', Tags: [{ Key: 'backup', Value: 'no' }] })],
      'backup.planSelections': [plan('daily', [selection('tagged', { ListOfTags: [tagEquals('backup', 'yes')] })])],
      'backup.regionSettings': OPTED_IN,
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'fs-03']]);
    expect(findings[0]!.message).toBe(
      'EFS file system fs-03 (scratch) is not protected by any AWS Backup plan in this region: the region\'s only backup plan, "daily", does not select it (1 resource assignment read): backup plan "daily" (selection "tagged") could select it, but it has none of the tags the selection asks for (backup=yes).',
    );
  });

  it('near miss: selected by a plan while AWS Backup is not opted in for EFS fails with that reason', () => {
    const findings = evaluate(check, {
      'efs.fileSystems': [fileSystem('fs-04')],
      'backup.planSelections': [plan('everything', [selection('all', { Resources: ['*'] })])],
      'backup.regionSettings': { ok: true, value: { ...(OPTED_IN.ok ? OPTED_IN.value : {}), EFS: false } },
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'fs-04']]);
    expect(findings[0]!.message).toContain("the region's AWS Backup opt-in for EFS is off");
  });

  it('fails every file system of a region without backup plans', () => {
    const findings = evaluate(check, { 'efs.fileSystems': [fileSystem('fs-05')], 'backup.planSelections': [], 'backup.regionSettings': OPTED_IN });
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('the region has no AWS Backup plan');
  });

  it('reports ERROR when a selection that might cover it could not be read', () => {
    const findings = evaluate(check, {
      'efs.fileSystems': [fileSystem('fs-06')],
      'backup.planSelections': [plan('hidden', [{ ok: false, error: awsError('AccessDeniedException', 'backup:GetBackupSelection') }])],
      'backup.regionSettings': OPTED_IN,
    });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('backup:GetBackupSelection');
  });

  it('reports ERROR when the backup plans cannot be listed', async () => {
    const findings = await run(check, {
      'efs.fileSystems': [fileSystem('fs-07')],
      'backup.planSelections': awsError('AccessDeniedException', 'backup:ListBackupPlans'),
      'backup.regionSettings': OPTED_IN,
    });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('backup:ListBackupPlans');
  });
});
