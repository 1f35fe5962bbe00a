import { defineCheck } from '../define.js';
import { effectiveEc2Setting } from '../lib/declarative-policy.js';
import { launchTemplateLabel, launchTemplateRef } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-launch-template-imdsv2-required',
  title: 'Launch templates require IMDSv2 or disable the metadata endpoint',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AWS::EC2::LaunchTemplate',
  description:
    "The default version of each launch template sets HttpTokens required or HttpEndpoint disabled. HttpTokens optional fails; an omitted HttpTokens follows the region's account-level instance metadata default and passes only when that is required.",
  risk: 'Instances launched from the template accept IMDSv1, whose plain GET requests let a server-side request forgery read the instance role credentials.',
  remediation: {
    text: 'Create a template version with HttpTokens required and make it the default; or set the account-level instance metadata default to require IMDSv2 in every region.',
    console: 'EC2 > Launch templates > Modify template (Create new version) > Advanced details > Metadata version: V2 only (token required); then Set default version.',
    cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <n> --launch-template-data \'{"MetadataOptions":{"HttpTokens":"required"}}\' && aws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <new>',
  },
  references: {
    securityHub: { ids: ['EC2.170'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-170',
    ],
  },
  reads: ['ec2.launchTemplates', 'ec2.instanceMetadataDefaults', 'organizations.context'],
  evaluate({ 'ec2.launchTemplates': templates, 'ec2.instanceMetadataDefaults': accountDefaults, 'organizations.context': organization }, ctx) {
    return templates.map(({ template, defaultVersion }) => {
      const resource = launchTemplateRef(ctx, template);
      return ctx.judge(resource, defaultVersion, (version) => {
        const name = launchTemplateLabel(template, version);
        const options = version.LaunchTemplateData?.MetadataOptions;
        if (options?.HttpEndpoint === 'disabled') return ctx.pass(resource, `${name} disables the instance metadata endpoint.`);
        if (options?.HttpTokens === 'required') return ctx.pass(resource, `${name} requires IMDSv2 (HttpTokens required).`);
        if (options?.HttpTokens === 'optional') {
          // Defaults never override an explicit optional; enforcement makes such launches fail instead.
          const enforced = accountDefaults.ok ? effectiveEc2Setting(organization, 'httpTokensEnforced', { value: accountDefaults.value.HttpTokensEnforced, managedBy: accountDefaults.value.ManagedBy }) : undefined;
          const cannotLaunch = enforced?.value === 'enabled' ? ` IMDSv2 enforcement is enabled in ${ctx.region} (${enforced.source}), so launches from it fail.` : '';
          return ctx.fail(resource, `${name} sets HttpTokens optional, so its instances accept IMDSv1.${cannotLaunch}`);
        }
        // Omitted settings are filled in at launch from the region's account-level default.
        return ctx.judge(resource, accountDefaults, (account) => {
          if (options?.HttpEndpoint === undefined && account.HttpEndpoint === 'disabled')
            return ctx.pass(resource, `${name} sets no metadata options; the account-level default in ${ctx.region} disables the metadata endpoint.`);
          const tokens = effectiveEc2Setting(organization, 'httpTokens', { value: account.HttpTokens, managedBy: account.ManagedBy });
          const how = tokens.managedBy === 'declarative-policy' ? ` (${tokens.source})` : '';
          if (tokens.value === 'required')
            return ctx.pass(resource, `${name} leaves HttpTokens unset; the account-level default in ${ctx.region} requires IMDSv2${how}.`);
          const fallback = tokens.value
            ? `the account-level default in ${ctx.region} is ${tokens.value}${how}`
            : `no account-level instance metadata default is set in ${ctx.region} (the AMI decides)`;
          return ctx.fail(resource, `${name} leaves HttpTokens unset and ${fallback}, so its instances may accept IMDSv1.`);
        });
      });
    });
  },
});
