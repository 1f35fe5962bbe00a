import { defineCheck } from '../define.js';
import { judgedEc2Setting } from '../lib/declarative-policy.js';
import { regionSettingRef } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-allowed-amis-enforced',
  title: 'The Allowed AMIs setting is enabled in every region',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AWS::EC2::RegionSetting',
  description:
    "In each scanned region, GetAllowedImagesSettings answers State enabled. audit-mode FAILs (it only marks images with ImageAllowed and blocks nothing), and so does disabled. The message gives the number of image criteria; enabled with no criteria allows only the account's own AMIs, which is strict but valid (PASS). The value is the effective one, whether the account sets it or an organization's declarative policy does (ManagedBy declarative-policy); the message names the manager.",
  risk: 'Without Allowed AMIs enforced, instances can be launched from any AMI that is public or shared with the account, including images from unknown publishers that carry malware or outdated software.',
  remediation: {
    text: 'Define image criteria (trusted owners, providers, names, age) and set Allowed AMIs to enabled in every region, after checking in audit mode which images would be blocked; or set it across the organization with a declarative policy for EC2 (allowed_images_settings).',
    console: 'EC2 > Dashboard > Account attributes > Allowed AMIs > Manage > State: Enabled.',
    cli: 'aws ec2 replace-image-criteria-in-allowed-images-settings --image-criteria ImageProviders=amazon,<account-id> --region <region> && aws ec2 enable-allowed-images-settings --allowed-images-settings-state enabled --region <region>',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-allowed-amis.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_declarative_syntax.html',
    ],
  },
  reads: ['ec2.allowedImagesSettings', 'organizations.context'],
  evaluate({ 'ec2.allowedImagesSettings': setting, 'organizations.context': organization }, ctx) {
    const resource = regionSettingRef(ctx, 'allowed-images-settings');
    return [
      ctx.judge(resource, setting, ({ State, ImageCriteria, ManagedBy }) => {
        const { value: state, who } = judgedEc2Setting(organization, 'allowedImages', State, ManagedBy);
        const count = ImageCriteria?.length ?? 0;
        const criteria = count === 0 ? 'no image criteria' : `${count} image criteri${count === 1 ? 'on' : 'a'}`;
        if (state === 'enabled') {
          const scope = count === 0 ? ' (only the account’s own AMIs are allowed)' : '';
          return ctx.pass(resource, `Allowed AMIs in ${ctx.region} is enabled with ${criteria}${scope} (${who}).`);
        }
        if (state === undefined) return ctx.undetermined(resource, `GetAllowedImagesSettings in ${ctx.region} answered without State.`);
        const why = state === 'audit-mode' ? 'audit mode only marks images as allowed or not and blocks no launch' : 'instances can be launched from any AMI the account can see';
        return ctx.fail(resource, `Allowed AMIs in ${ctx.region} is ${state} with ${criteria} (${who}): ${why}.`);
      }),
    ];
  },
});
