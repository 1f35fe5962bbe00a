import { defineCheck } from '../define.js';
import { instanceLabel, instanceRef, instancesIn } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-instance-imdsv2-required',
  title: 'EC2 instances require IMDSv2 or have the metadata endpoint disabled',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AWS::EC2::Instance',
  description: 'Each pending, running, stopping or stopped instance has HttpTokens set to required (IMDSv2 only), or its instance metadata endpoint disabled. Terminated instances are not evaluated.',
  risk: 'IMDSv1 answers plain GET requests, so a server-side request forgery or an open proxy on the instance can read the instance role credentials from the metadata service.',
  remediation: {
    text: 'Require session tokens on the instance metadata service after checking that the software on the instance uses IMDSv2 (the MetadataNoToken CloudWatch metric shows IMDSv1 use).',
    console: 'EC2 > Instances > select the instance > Actions > Instance settings > Modify instance metadata options > IMDSv2: Required.',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled',
  },
  references: {
    cis: { v5: '5.7', v3: '5.6' },
    securityHub: { ids: ['EC2.8'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8',
    ],
  },
  reads: ['ec2.instances'],
  evaluate({ 'ec2.instances': instances }, ctx) {
    // The account-level metadata default applies to new launches only, so it is not read here.
    return instancesIn(instances).map((instance) => {
      const resource = instanceRef(ctx, instance);
      const name = instanceLabel(instance);
      const options = instance.MetadataOptions;
      if (options?.HttpEndpoint === 'disabled') return ctx.pass(resource, `${name} has its instance metadata endpoint disabled.`);
      if (options?.HttpTokens === 'required') return ctx.pass(resource, `${name} requires IMDSv2 (HttpTokens required).`);
      if (options?.HttpTokens === 'optional')
        return ctx.fail(resource, `${name} allows IMDSv1: HttpTokens is optional and the metadata endpoint is enabled.`);
      return ctx.undetermined(resource, `${name} reports no HttpTokens setting, so whether it requires IMDSv2 is unknown.`);
    });
  },
});
