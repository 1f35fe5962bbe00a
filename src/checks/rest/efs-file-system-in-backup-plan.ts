import { defineCheck } from '../define.js';
import { backupCoverage, coverageFinding, tagMap } from '../lib/backup-coverage.js';
import { fileSystemLabel, fileSystemRef } from '../lib/efs.js';

export default defineCheck({
  id: 'efs-file-system-in-backup-plan',
  title: 'EFS file systems are covered by an AWS Backup plan',
  pillar: 'rest',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AWS::EFS::FileSystem',
  description:
    "Each EFS file system is selected by a resource assignment of an AWS Backup plan in its region: its ARN matches Resources (wildcards allowed) and no NotResources entry, or its tags match ListOfTags (any entry), and its tags meet every Conditions entry; and AWS Backup is opted in for EFS in the region (DescribeRegionSettings), without which the selection protects nothing. Tags come from DescribeFileSystems. EFS automatic backups create the plan aws/efs/automatic-backup-plan, so EFS.7 passing normally implies this check. The controls' backupVaultLockCheck parameter is not implemented.",
  risk: 'A file system no backup plan selects has no scheduled backups: files lost to deletion, corruption or ransomware cannot be restored.',
  remediation: {
    text: 'Assign the file system to a backup plan (by ARN or by a tag the plan selects), or turn on EFS automatic backups; make sure AWS Backup is opted in for EFS in the region.',
    console: 'AWS Backup > Backup plans > select a plan > Assign resources; AWS Backup > Settings > Service opt-in > enable Amazon EFS.',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection \'{"SelectionName":"efs","IamRoleArn":"<role-arn>","Resources":["<file-system-arn>"]}\'',
  },
  references: {
    securityHub: { ids: ['EFS.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-2',
    ],
  },
  reads: ['efs.fileSystems', 'backup.planSelections', 'backup.regionSettings'],
  evaluate({ 'efs.fileSystems': fileSystems, 'backup.planSelections': plans, 'backup.regionSettings': optIn }, ctx) {
    return fileSystems.map((fs) => {
      const resource = fileSystemRef(fs, ctx);
      const coverage = backupCoverage({ arn: resource.arn, type: 'EFS', tags: { ok: true, value: tagMap(fs.Tags) } }, plans, optIn);
      return coverageFinding(ctx, resource, fileSystemLabel(fs), coverage);
    });
  },
});
