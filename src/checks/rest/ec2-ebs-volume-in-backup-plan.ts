import { defineCheck } from '../define.js';
import { backupCoverage, coverageFinding, tagMap } from '../lib/backup-coverage.js';
import { ec2Ref, labelled } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-ebs-volume-in-backup-plan',
  title: 'EBS volumes in use are covered by an AWS Backup plan',
  pillar: 'rest',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AWS::EC2::Volume',
  description:
    'Each EBS volume in state in-use (as EC2.28 scopes it) is selected by a resource assignment of an AWS Backup plan in its region: its ARN matches Resources (wildcards allowed) and no NotResources entry, or its tags match ListOfTags (any entry), and its tags meet every Conditions entry; and AWS Backup is opted in for EBS in the region (DescribeRegionSettings), without which the selection protects nothing. Tags come from DescribeVolumes. The backupVaultLockCheck parameter is not implemented.',
  risk: 'An attached volume no backup plan selects has no scheduled snapshots: data lost to deletion, corruption or ransomware cannot be restored.',
  remediation: {
    text: 'Assign the volume (or its instance) to a backup plan by ARN or by a tag the plan selects, and make sure AWS Backup is opted in for EBS in the region.',
    console: 'AWS Backup > Backup plans > select a plan > Assign resources; AWS Backup > Settings > Service opt-in > enable EBS.',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection \'{"SelectionName":"volumes","IamRoleArn":"<role-arn>","Resources":["arn:aws:ec2:<region>:<account>:volume/<volume-id>"]}\'',
  },
  references: {
    securityHub: { ids: ['EC2.28'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-28',
    ],
  },
  reads: ['ec2.volumes', 'backup.planSelections', 'backup.regionSettings'],
  evaluate({ 'ec2.volumes': volumes, 'backup.planSelections': plans, 'backup.regionSettings': optIn }, ctx) {
    // A volume whose state the answer leaves out might be in use: it is judged rather than skipped.
    return volumes
      .filter((volume) => volume.State === 'in-use' || volume.State === undefined)
      .map((volume) => {
        const resource = ec2Ref(ctx, 'volume', volume.VolumeId ?? 'unknown');
        const attached = (volume.Attachments ?? []).map((a) => a.InstanceId).filter(Boolean);
        const label = `EBS volume ${labelled(resource.id, volume.Tags)}${attached.length ? ` attached to ${attached.join(', ')}` : ''}`;
        const coverage = backupCoverage({ arn: resource.arn, type: 'EBS', tags: { ok: true, value: tagMap(volume.Tags) } }, plans, optIn);
        return coverageFinding(ctx, resource, label, coverage);
      });
  },
});
