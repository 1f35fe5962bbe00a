import { defineCheck } from '../define.js';
import { fileSystemLabel, judgeFileSystems } from '../lib/efs.js';

export default defineCheck({
  id: 'efs-automatic-backups-enabled',
  title: 'EFS file systems have automatic backups enabled',
  pillar: 'rest',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AWS::EFS::FileSystem',
  description:
    'For each EFS file system, DescribeBackupPolicy reports BackupPolicy.Status ENABLED. ENABLING fails as still in progress; DISABLED, DISABLING and no backup policy (PolicyNotFound) fail.',
  risk: 'Without automatic backups, files deleted or encrypted by mistake or by ransomware cannot be restored unless another backup plan covers the file system.',
  remediation: {
    text: 'Turn on automatic backups: EFS then backs the file system up daily through the AWS Backup plan aws/efs/automatic-backup-plan (35-day retention).',
    console: 'EFS > File systems > select the file system > General > Edit > enable "Automatic backups".',
    cli: 'aws efs put-backup-policy --file-system-id <fs-id> --backup-policy Status=ENABLED',
  },
  references: {
    securityHub: { ids: ['EFS.7'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html#automatic-backups',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-7',
    ],
  },
  reads: ['efs.backupPolicies'],
  evaluate({ 'efs.backupPolicies': reads }, ctx) {
    return judgeFileSystems(reads, ctx, (fs, status, resource) => {
      const label = fileSystemLabel(fs);
      switch (status) {
        case 'ENABLED':
          return ctx.pass(resource, `${label} has automatic backups enabled.`);
        case undefined:
          return ctx.fail(resource, `${label} has no backup policy (PolicyNotFound), so automatic backups are off.`);
        case 'ENABLING':
          return ctx.fail(resource, `${label} has automatic backups being turned on (status ENABLING, in progress); they are not on yet.`);
        case 'DISABLED':
        case 'DISABLING':
          return ctx.fail(resource, `${label} has automatic backups off (backup policy status ${status}).`);
        default:
          return ctx.undetermined(resource, `${label} reports backup policy status ${status}, which this check does not know, so whether automatic backups are on is unknown.`);
      }
    });
  },
});
