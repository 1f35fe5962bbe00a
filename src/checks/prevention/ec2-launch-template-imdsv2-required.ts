import { defineCheck } from '../define.js';
import { launchTemplateLabel, launchTemplateRef, managedBy } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-launch-template-imdsv2-required',
  title: 'Launch templates require IMDSv2 or disable the metadata endpoint',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AWS::EC2::LaunchTemplate',
  description:
    "The default version of each launch template sets HttpTokens required or HttpEndpoint disabled. HttpTokens optional fails; an omitted HttpTokens follows the region's account-level instance metadata default and passes only when that is required. Defaults do not override an explicit optional: with IMDSv2 enforcement at launch enabled (HttpTokensEnforced), such a template still FAILs and the message says its launches fail. Messages name who manages the defaults (ManagedBy account or declarative-policy).",
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
  reads: ['ec2.launchTemplates', 'ec2.instanceMetadataDefaults'],
  evaluate({ 'ec2.launchTemplates': templates, 'ec2.instanceMetadataDefaults': accountDefaults }, ctx) {
    return templates.map(({ template, defaultVersion }) => {
      const resource = launchTemplateRef(ctx, template);
      return ctx.judge(resource, defaultVersion, (version) => {
        const name = launchTemplateLabel(template, version);
        const options = version.LaunchTemplateData?.MetadataOptions;
        if (options?.HttpEndpoint === 'disabled') return ctx.pass(resource, `${name} disables the instance metadata endpoint.`);
        if (options?.HttpTokens === 'required') return ctx.pass(resource, `${name} requires IMDSv2 (HttpTokens required).`);
        if (options?.HttpTokens === 'optional') {
          // Defaults never override an explicit optional; enforcement makes such launches fail instead.
          // The verdict stands either way, so an unreadable default only leaves the remark out.
          const enforced = accountDefaults.ok && accountDefaults.value.HttpTokensEnforced === 'enabled';
          const remark = enforced
            ? ` IMDSv2 enforcement at launch is enabled in ${ctx.region} (${managedBy(accountDefaults.value.ManagedBy)}), so launches from this template fail until it requires IMDSv2.`
            : '';
          return ctx.fail(resource, `${name} sets HttpTokens optional, so its instances accept IMDSv1.${remark}`);
        }
        // Omitted settings are filled in at launch from the region's account-level default.
        return ctx.judge(resource, accountDefaults, (account) => {
          const who = managedBy(account.ManagedBy);
          if (options?.HttpEndpoint === undefined && account.HttpEndpoint === 'disabled')
            return ctx.pass(resource, `${name} sets no metadata options; the account-level default in ${ctx.region} disables the metadata endpoint (${who}).`);
          if (account.HttpTokens === 'required')
            return ctx.pass(resource, `${name} leaves HttpTokens unset; the account-level default in ${ctx.region} requires IMDSv2 (${who}).`);
          const fallback = account.HttpTokens
            ? `the account-level default in ${ctx.region} is ${account.HttpTokens} (${who})`
            : `no account-level instance metadata default is set in ${ctx.region} (the AMI decides)`;
          return ctx.fail(resource, `${name} leaves HttpTokens unset and ${fallback}, so its instances may accept IMDSv1.`);
        });
      });
    });
  },
});
