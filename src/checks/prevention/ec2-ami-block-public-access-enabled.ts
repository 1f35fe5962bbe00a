import { defineCheck } from '../define.js';
import { judgedEc2Setting } from '../lib/declarative-policy.js';
import { regionSettingRef } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-ami-block-public-access-enabled',
  title: 'Block public access for AMIs blocks new public sharing in every region',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::RegionSetting',
  description:
    "In each scanned region, GetImageBlockPublicAccessState answers block-new-sharing; unblocked FAILs. The value is the effective one, whether the account sets it or an organization's declarative policy does (ManagedBy declarative-policy); the message names the manager. Blocking new sharing does not unshare AMIs that are already public: ec2-ami-not-public judges those.",
  risk: 'Without the block, anyone allowed to modify an image attribute can make an AMI launchable by every AWS account, exposing the software, configuration and any secrets baked into it.',
  remediation: {
    text: 'Turn on block public access for AMIs in every region, in the account or, across an organization, with a declarative policy for EC2 (image_block_public_access).',
    console: 'EC2 > Dashboard > Account attributes > Data protection and security > Block public access for AMIs > Manage > Block new public sharing.',
    cli: 'aws ec2 enable-image-block-public-access --image-block-public-access-state block-new-sharing --region <region>',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_declarative_syntax.html',
    ],
  },
  reads: ['ec2.imageBlockPublicAccess', 'organizations.context'],
  evaluate({ 'ec2.imageBlockPublicAccess': setting, 'organizations.context': organization }, ctx) {
    const resource = regionSettingRef(ctx, 'image-block-public-access');
    return [
      ctx.judge(resource, setting, ({ ImageBlockPublicAccessState, ManagedBy }) => {
        const { value: state, who } = judgedEc2Setting(organization, 'imageBlockPublicAccess', ImageBlockPublicAccessState, ManagedBy);
        if (state === 'block-new-sharing') return ctx.pass(resource, `Block public access for AMIs in ${ctx.region} is block-new-sharing (${who}).`);
        if (state === undefined) return ctx.undetermined(resource, `GetImageBlockPublicAccessState in ${ctx.region} answered without ImageBlockPublicAccessState.`);
        return ctx.fail(resource, `Block public access for AMIs in ${ctx.region} is ${state} (${who}): AMIs can be shared publicly.`);
      }),
    ];
  },
});
