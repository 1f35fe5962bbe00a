import { defineCheck } from '../define.js';
import { instanceLabel, instanceRef, instancesIn } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-instance-profile-attached',
  title: 'Running and stopped EC2 instances have an IAM instance profile attached',
  pillar: 'iam',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::Instance',
  description: 'Each running or stopped instance has an IAM instance profile, so software on it gets temporary role credentials instead of stored access keys.',
  risk: 'Instances without a role tend to carry long-lived access keys in files or environment variables, which leak with images, backups and logs and are rarely rotated.',
  remediation: {
    text: 'Create a role with only the permissions the instance needs, attach it through an instance profile, and remove any access keys stored on the instance.',
    console: 'EC2 > Instances > select the instance > Actions > Security > Modify IAM role.',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile>',
  },
  references: {
    cis: { v5: '1.17', v3: '1.18' },
    docs: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html'],
  },
  reads: ['ec2.instances'],
  evaluate({ 'ec2.instances': instances }, ctx) {
    return instancesIn(instances, ['running', 'stopped']).map((instance) => {
      const resource = instanceRef(ctx, instance);
      const name = instanceLabel(instance);
      const profile = instance.IamInstanceProfile?.Arn;
      return profile
        ? ctx.pass(resource, `${name} has the instance profile ${profile} attached.`)
        : ctx.fail(resource, `${name}${instance.State?.Name ? ` (${instance.State.Name})` : ''} has no IAM instance profile attached.`);
    });
  },
});
