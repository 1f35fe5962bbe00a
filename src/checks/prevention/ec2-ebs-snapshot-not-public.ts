import { defineCheck } from '../define.js';
import { effectiveEc2Setting } from '../lib/declarative-policy.js';
import { ec2Ref, labelled } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-ebs-snapshot-not-public',
  title: 'No EBS snapshot owned by the account can be restored by anyone',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'AWS::EC2::Snapshot',
  description:
    'No snapshot the account owns grants createVolumePermission to the group all. A grant that block public access for snapshots neutralises (block-all-sharing) passes, with a warning; block-new-sharing leaves existing public snapshots public.',
  risk: 'Any AWS account can create a volume from a public snapshot and read every file of the volume it was taken from, including credentials, keys and customer data.',
  remediation: {
    text: 'Remove the public createVolumePermission from the snapshot, and set block public access for snapshots to block-all-sharing in every region.',
    console: 'EC2 > Snapshots > select the snapshot > Actions > Snapshot settings > Modify permissions > Private. Then EC2 > Data protection and security > Block public access for EBS snapshots.',
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id <snap> --attribute createVolumePermission --operation-type remove --group-names all && aws ec2 enable-snapshot-block-public-access --state block-all-sharing',
  },
  references: {
    securityHub: { ids: ['EC2.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
      'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-1',
    ],
  },
  reads: ['ec2.snapshotSharing', 'ec2.snapshotBlockPublicAccess', 'organizations.context'],
  evaluate({ 'ec2.snapshotSharing': sharing, 'ec2.snapshotBlockPublicAccess': blockState, 'organizations.context': organization }, ctx) {
    return sharing.map(({ snapshot, createVolumePermissions }) => {
      const resource = ec2Ref(ctx, 'snapshot', snapshot.SnapshotId ?? 'unknown', { account: false });
      const name = `Snapshot ${labelled(resource.id, snapshot.Tags)}`;
      return ctx.judge(resource, createVolumePermissions, (permissions) => {
        if (!permissions.some((p) => p.Group === 'all')) {
          const accounts = permissions.filter((p) => p.UserId).length;
          return ctx.pass(resource, `${name} is not public${accounts ? `; it is shared with ${accounts} specific account(s)` : ''}.`);
        }
        // Only a public grant depends on the region's block setting, so only it can turn ERROR over it.
        return ctx.judge(resource, blockState, ({ State: apiState, ManagedBy: managedBy }) => {
          const setting = effectiveEc2Setting(organization, 'snapshotBlockPublicAccess', { value: apiState, managedBy });
          const state = setting.value ?? apiState;
          const how = setting.managedBy === 'declarative-policy' ? ` (${setting.source})` : '';
          return state === 'block-all-sharing'
            ? ctx.pass(
                resource,
                `${name} grants createVolumePermission to everyone, but block public access for snapshots (block-all-sharing) in ${ctx.region} keeps it private${how}; the grant returns to effect if the block is lifted.`,
              )
            : ctx.fail(resource, `${name} can be restored by anyone: createVolumePermission is granted to the group all (snapshot block public access: ${state}${how}).`);
        });
      });
    });
  },
});
