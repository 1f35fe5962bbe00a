import { defineCheck } from '../define.js';
import { judgedEc2Setting } from '../lib/declarative-policy.js';
import { regionSettingRef } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-ebs-snapshot-block-public-access-enabled',
  title: 'Block public access for EBS snapshots blocks all sharing in every region',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AWS::EC2::RegionSetting',
  description:
    "In each scanned region, GetSnapshotBlockPublicAccessState answers State block-all-sharing. block-new-sharing FAILs (snapshots already public stay public) and so does unblocked, as EC2.182 requires blocking all public sharing. The returned State is the effective value, whether the account sets it or an organization's declarative policy does (ManagedBy declarative-policy); the message names the manager. Unlike ec2-ebs-snapshot-not-public, this judges the guardrail even in a region with no public snapshot.",
  risk: 'Without the block, anyone who can modify a snapshot attribute can make a snapshot restorable by every AWS account, exposing every file of the volume it was taken from; block-new-sharing also leaves snapshots that are already public readable.',
  remediation: {
    text: 'Set block public access for EBS snapshots to block-all-sharing in every region, in the account or, across an organization, with a declarative policy for EC2 (snapshot_block_public_access).',
    console: 'EC2 > Dashboard > Account attributes > Data protection and security > Block public access for EBS snapshots > Manage > Block all public access.',
    cli: 'aws ec2 enable-snapshot-block-public-access --state block-all-sharing --region <region>',
  },
  references: {
    securityHub: { ids: ['EC2.182'], standard: 'fsbp-unconfirmed' },
    docs: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-182',
    ],
  },
  reads: ['ec2.snapshotBlockPublicAccess', 'organizations.context'],
  evaluate({ 'ec2.snapshotBlockPublicAccess': setting, 'organizations.context': organization }, ctx) {
    const resource = regionSettingRef(ctx, 'snapshot-block-public-access');
    return [
      ctx.judge(resource, setting, ({ State, ManagedBy }) => {
        const { value: state, who } = judgedEc2Setting(organization, 'snapshotBlockPublicAccess', State, ManagedBy);
        if (state === 'block-all-sharing') return ctx.pass(resource, `Block public access for EBS snapshots in ${ctx.region} is block-all-sharing (${who}).`);
        const why =
          state === 'block-new-sharing'
            ? 'new public sharing is blocked, but snapshots already shared publicly stay public'
            : state === 'unblocked'
              ? 'snapshots can be shared publicly'
              : 'only block-all-sharing blocks all public sharing';
        return ctx.fail(resource, `Block public access for EBS snapshots in ${ctx.region} is ${state} (${who}): ${why}.`);
      }),
    ];
  },
});
