import { defineCheck } from '../define.js';
import { judgedEc2Setting } from '../lib/declarative-policy.js';
import { regionSettingRef } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-imdsv2-enforced-at-launch',
  title: 'Instance metadata defaults require and enforce IMDSv2 at launch in every region',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::RegionSetting',
  description:
    "In each scanned region, GetInstanceMetadataDefaults answers AccountLevel HttpTokens required and HttpTokensEnforced enabled (a missing HttpTokensEnforced is disabled). With enforcement, launches that do not require IMDSv2 fail; without it, a launch template or API call that sets HttpTokens optional still gets IMDSv1. Running instances are never changed by defaults or enforcement: ec2-instance-imdsv2-required judges them. The values are the effective ones, whether the account sets them or an organization's declarative policy does (ManagedBy declarative-policy); the message names the manager.",
  risk: 'Without enforcement at launch, new instances can still be started with IMDSv1, whose plain GET requests let a server-side request forgery read the instance role credentials.',
  remediation: {
    text: 'Set the account-level instance metadata defaults to HttpTokens required with HttpTokensEnforced enabled in every region, after making sure launch templates and tools request IMDSv2; or set them across the organization with a declarative policy for EC2 (instance_metadata_defaults, http_tokens_enforced).',
    console: 'EC2 > Dashboard > Account attributes > Data protection and security > IMDS defaults > Manage > Metadata version: V2 only (token required), Enforce IMDSv2: Enabled.',
    cli: 'aws ec2 modify-instance-metadata-defaults --http-tokens required --http-tokens-enforced enabled --region <region>',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_declarative_syntax.html',
    ],
  },
  reads: ['ec2.instanceMetadataDefaults', 'organizations.context'],
  evaluate({ 'ec2.instanceMetadataDefaults': setting, 'organizations.context': organization }, ctx) {
    const resource = regionSettingRef(ctx, 'instance-metadata-defaults');
    return [
      ctx.judge(resource, setting, (defaults) => {
        const tokens = judgedEc2Setting(organization, 'httpTokens', defaults.HttpTokens, defaults.ManagedBy);
        const enforcement = judgedEc2Setting(organization, 'httpTokensEnforced', defaults.HttpTokensEnforced, defaults.ManagedBy);
        const [HttpTokens, HttpTokensEnforced] = [tokens.value, enforcement.value];
        const who = tokens.who === enforcement.who ? tokens.who : `${tokens.who}; ${enforcement.who}`;
        const enforced = HttpTokensEnforced ?? 'disabled';
        const values = `HttpTokens ${HttpTokens ?? 'not set'}, HttpTokensEnforced ${enforced}${HttpTokensEnforced === undefined ? ' (not set)' : ''}`;
        if (HttpTokens === 'required' && enforced === 'enabled')
          return ctx.pass(resource, `The instance metadata defaults in ${ctx.region} require IMDSv2 and enforce it at launch (${values}; ${who}).`);
        const why =
          HttpTokens !== 'required'
            ? 'new instances that do not ask for IMDSv2 themselves accept IMDSv1'
            : 'a launch that sets HttpTokens optional still starts an instance accepting IMDSv1';
        return ctx.fail(resource, `The instance metadata defaults in ${ctx.region} do not enforce IMDSv2 at launch (${values}; ${who}): ${why}.`);
      }),
    ];
  },
});
