import { defineCheck } from '../define.js';
import { launchTemplateLabel, launchTemplateRef } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-launch-template-ebs-encrypted',
  title: 'Launch templates encrypt every EBS volume they define',
  pillar: 'rest',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::LaunchTemplate',
  description:
    'In the default version of each launch template, every EBS block device mapping is encrypted. Encrypted false fails; an omitted Encrypted follows the region\'s EBS encryption by default and passes only when that is on. EC2.181 only evaluates the encryption settings the template states explicitly, so in the FSBP view only Encrypted false counts against it; an omitted Encrypted with encryption by default off FAILs this stricter check alone.',
  risk: 'Every instance launched from the template, by hand or by an Auto Scaling group, gets unencrypted volumes whose data and snapshots are stored in clear text.',
  remediation: {
    text: 'Create a template version that sets Encrypted true (optionally with a KMS key) on every EBS mapping and make it the default version; or turn on EBS encryption by default in the region.',
    console: 'EC2 > Launch templates > select the template > Actions > Modify template (Create new version) > Storage > Encrypted; then Actions > Set default version.',
    cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <n> --launch-template-data \'{"BlockDeviceMappings":[{"DeviceName":"/dev/xvda","Ebs":{"Encrypted":true}}]}\' && aws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <new>',
  },
  references: {
    securityHub: { ids: ['EC2.181'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-launch-template-versions.html',
      'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-181',
    ],
  },
  reads: ['ec2.launchTemplates', 'ec2.ebsEncryptionByDefault'],
  evaluate({ 'ec2.launchTemplates': templates, 'ec2.ebsEncryptionByDefault': byDefault }, ctx) {
    return templates.map(({ template, defaultVersion }) => {
      const resource = launchTemplateRef(ctx, template);
      return ctx.judge(resource, defaultVersion, (version) => {
        const name = launchTemplateLabel(template, version);
        const ebs = (version.LaunchTemplateData?.BlockDeviceMappings ?? []).filter((m) => m.Ebs);
        const devices = (encrypted: boolean | undefined) =>
          ebs.filter((m) => m.Ebs?.Encrypted === encrypted).map((m) => m.DeviceName ?? 'an unnamed device');
        const off = devices(false);
        if (off.length) return ctx.fail(resource, `${name} sets Encrypted false on the EBS volume(s) ${off.join(', ')}.`);
        if (!ebs.length) return ctx.pass(resource, `${name} defines no EBS volume; its instances take their volumes from the AMI.`);
        const unset = devices(undefined);
        if (!unset.length) return ctx.pass(resource, `${name} encrypts every EBS volume it defines (${devices(true).join(', ')}).`);
        // An omitted Encrypted lets the region's setting decide at launch, so only then is it read.
        // EC2.181 evaluates only settings the template states, so what the region decides is ours
        // alone: such a FAIL or ERROR does not count against EC2.181.
        const finding = ctx.judge(resource, byDefault, (enabled) =>
          enabled
            ? ctx.pass(resource, `${name} leaves Encrypted unset on ${unset.join(', ')}; EBS encryption by default is enabled in ${ctx.region}, so they are encrypted.`)
            : ctx.fail(
                resource,
                `${name} leaves Encrypted unset on ${unset.join(', ')} and EBS encryption by default is disabled in ${ctx.region}, so they are created unencrypted (Security Hub EC2.181, which judges only an explicit Encrypted false, does not flag this).`,
              ),
        );
        return finding.status === 'PASS' ? finding : { ...finding, controls: [] };
      });
    });
  },
});
