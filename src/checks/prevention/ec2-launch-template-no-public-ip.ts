import { defineCheck } from '../define.js';
import { launchTemplateLabel, launchTemplateRef } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-launch-template-no-public-ip',
  title: 'Launch templates do not assign public IP addresses to network interfaces',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AWS::EC2::LaunchTemplate',
  description: 'No network interface in the default version of a launch template sets AssociatePublicIpAddress true.',
  risk: 'Every instance launched from the template, including those an Auto Scaling group starts, gets a public IPv4 address and is reachable from the internet wherever a security group allows it.',
  remediation: {
    text: 'Create a template version whose network interfaces set AssociatePublicIpAddress false (or omit it and launch into private subnets) and make it the default.',
    console: 'EC2 > Launch templates > Modify template (Create new version) > Network settings > Advanced network configuration > Auto-assign public IP: Disable; then Set default version.',
    cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <n> --launch-template-data \'{"NetworkInterfaces":[{"DeviceIndex":0,"AssociatePublicIpAddress":false}]}\' && aws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <new>',
  },
  references: {
    securityHub: { ids: ['EC2.25'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-launch-template-versions.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-25',
    ],
  },
  reads: ['ec2.launchTemplates'],
  evaluate({ 'ec2.launchTemplates': templates }, ctx) {
    return templates.map(({ template, defaultVersion }) => {
      const resource = launchTemplateRef(ctx, template);
      return ctx.judge(resource, defaultVersion, (version) => {
        const name = launchTemplateLabel(template, version);
        const assigning = (version.LaunchTemplateData?.NetworkInterfaces ?? [])
          .filter((eni) => eni.AssociatePublicIpAddress === true)
          .map((eni) => `device index ${eni.DeviceIndex ?? 0}`);
        return assigning.length
          ? ctx.fail(resource, `${name} assigns a public IP address to the network interface at ${assigning.join(', ')}.`)
          : ctx.pass(resource, `${name} assigns no public IP address to its network interfaces.`);
      });
    });
  },
});
