import { defineCheck } from '../define.js';
import { effectiveEc2Setting } from '../lib/declarative-policy.js';

const BLOCKING = ['block-bidirectional', 'block-ingress'];

export default defineCheck({
  id: 'ec2-vpc-block-public-access-enabled',
  title: 'VPC Block Public Access blocks internet gateway traffic in every region',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::VPCBlockPublicAccessOptions',
  description: "Per region: the account's VPC Block Public Access internet gateway mode is block-bidirectional or block-ingress.",
  risk: 'Without Block Public Access, any route to an internet gateway combined with a public address and an open security group exposes resources; the account-wide block is a guardrail that holds whatever individual VPCs are configured to do.',
  remediation: {
    text: 'Turn on VPC Block Public Access in block-ingress (or block-bidirectional) mode, with exclusions only for the VPCs or subnets that must be public.',
    console: 'VPC > Settings > Block public access > Edit > Turn on, choose Ingress-only or Bidirectional.',
    cli: 'aws ec2 modify-vpc-block-public-access-options --internet-gateway-block-mode block-ingress',
  },
  references: {
    securityHub: { ids: ['EC2.172'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-172',
    ],
  },
  reads: ['ec2.vpcBlockPublicAccess', 'organizations.context'],
  evaluate({ 'ec2.vpcBlockPublicAccess': options, 'organizations.context': organization }, ctx) {
    const resource = {
      id: `${ctx.account.id}/${ctx.region}`,
      arn: `arn:${ctx.account.partition}:ec2:${ctx.region}:${ctx.account.id}:vpc-block-public-access-options`,
    };
    const raw = options as typeof options & { ManagedBy?: string; ExclusionsAllowed?: string };
    const setting = effectiveEc2Setting(organization, 'vpcBlockPublicAccess', { value: options.InternetGatewayBlockMode, managedBy: raw.ManagedBy });
    const mode = setting.value;
    const pending = options.State === 'update-in-progress' ? ' (an update is in progress)' : '';
    const exclusions = raw.ExclusionsAllowed ? `, exclusions ${raw.ExclusionsAllowed}` : '';
    const how = ` (${setting.source}${exclusions})`;
    if (mode && BLOCKING.includes(mode)) return [ctx.pass(resource, `VPC Block Public Access in ${ctx.region} is ${mode}${pending}${how}.`)];
    return [ctx.fail(resource, `VPC Block Public Access in ${ctx.region} does not block internet gateway traffic (mode ${mode ?? 'not reported'})${pending}${how}.`)];
  },
});
