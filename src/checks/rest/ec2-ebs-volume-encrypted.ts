import { defineCheck } from '../define.js';
import { ec2Ref, labelled } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-ebs-volume-encrypted',
  title: 'EBS volumes are encrypted at rest',
  pillar: 'rest',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::Volume',
  description: 'Each EBS volume has Encrypted true. Every volume is reported, attached or not; Security Hub EC2.3 counts only attached (in-use) volumes.',
  risk: 'An unencrypted volume stores its data, and every snapshot taken from it, in clear text: a shared or leaked snapshot exposes everything on it.',
  remediation: {
    text: 'A volume cannot be encrypted in place: snapshot it, copy the snapshot with encryption, create a new volume from the copy and swap it in. Turn on encryption by default so new volumes are encrypted.',
    console: 'EC2 > Snapshots > Create snapshot; then Actions > Copy snapshot with "Encrypt this snapshot"; then Actions > Create volume from snapshot.',
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snap> --encrypted --kms-key-id alias/aws/ebs',
  },
  references: {
    securityHub: { ids: ['EC2.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3',
    ],
  },
  reads: ['ec2.volumes'],
  evaluate({ 'ec2.volumes': volumes }, ctx) {
    return volumes.map((volume) => {
      const resource = ec2Ref(ctx, 'volume', volume.VolumeId ?? 'unknown');
      const name = `Volume ${labelled(resource.id, volume.Tags)}`;
      const attachedTo = (volume.Attachments ?? []).map((a) => a.InstanceId).filter(Boolean);
      const usage = attachedTo.length
        ? `attached to ${attachedTo.join(', ')}`
        : `not attached to any instance (state ${volume.State ?? 'unknown'})`;
      const finding =
        volume.Encrypted === true
          ? ctx.pass(resource, `${name} is encrypted${volume.KmsKeyId ? ` with ${volume.KmsKeyId}` : ''}; it is ${usage}.`)
          : volume.Encrypted === false
            ? ctx.fail(resource, `${name} is not encrypted; it is ${usage}.`)
            : ctx.undetermined(resource, `${name} reports no Encrypted flag, so whether it is encrypted is unknown; it is ${usage}.`);
      // EC2.3 judges only volumes in use; the others are still reported.
      return volume.State === 'in-use' ? finding : { ...finding, controls: [] };
    });
  },
});
