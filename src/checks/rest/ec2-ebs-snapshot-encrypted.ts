import { defineCheck } from '../define.js';
import { ec2Ref, labelled } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-ebs-snapshot-encrypted',
  title: 'EBS snapshots owned by the account are encrypted',
  pillar: 'rest',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::Snapshot',
  description: 'Each EBS snapshot the account owns has Encrypted true.',
  risk: 'An unencrypted snapshot holds a full copy of a volume in clear text; once shared, copied to another account or made public, its data is readable by the recipient.',
  remediation: {
    text: 'Copy the snapshot with encryption enabled, move anything that depends on it (AMIs, restore procedures) to the copy, then delete the unencrypted original.',
    console: 'EC2 > Snapshots > select the snapshot > Actions > Copy snapshot > Encrypt this snapshot.',
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snap> --encrypted --kms-key-id alias/aws/ebs',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html', 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
  },
  reads: ['ec2.snapshots'],
  evaluate({ 'ec2.snapshots': snapshots }, ctx) {
    return snapshots.map((snapshot) => {
      const resource = ec2Ref(ctx, 'snapshot', snapshot.SnapshotId ?? 'unknown', { account: false });
      const name = `Snapshot ${labelled(resource.id, snapshot.Tags)}${snapshot.VolumeId ? ` of volume ${snapshot.VolumeId}` : ''}`;
      if (snapshot.Encrypted === true) return ctx.pass(resource, `${name} is encrypted${snapshot.KmsKeyId ? ` with ${snapshot.KmsKeyId}` : ''}.`);
      if (snapshot.Encrypted === false) return ctx.fail(resource, `${name} is not encrypted.`);
      return ctx.undetermined(resource, `${name} reports no Encrypted flag, so whether it is encrypted is unknown.`);
    });
  },
});
