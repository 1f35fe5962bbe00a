import { defineCheck } from '../define.js';
import { ec2Ref } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-ami-not-public',
  title: 'No AMI owned by the account is public',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'AWS::EC2::Image',
  description:
    'No AMI the account owns has Public true. Block public access for AMIs stops only new public sharing; an AMI that was already public stays public.',
  risk: 'Anyone can launch a public AMI and read its snapshots: the software, configuration, and any credentials or data baked into the image.',
  remediation: {
    text: 'Make the AMI private, share it with specific accounts or organizations if needed, and enable block public access for AMIs in every region.',
    console: 'EC2 > AMIs > select the AMI > Actions > Edit AMI permissions > Private.',
    cli: 'aws ec2 modify-image-attribute --image-id <ami> --launch-permission "Remove=[{Group=all}]" && aws ec2 enable-image-block-public-access --image-block-public-access-state block-new-sharing',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/cancel-sharing-an-AMI.html',
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html',
    ],
  },
  reads: ['ec2.images'],
  evaluate({ 'ec2.images': images }, ctx) {
    return images.map((image) => {
      const resource = ec2Ref(ctx, 'image', image.ImageId ?? 'unknown', { account: false });
      const name = `AMI ${resource.id}${image.Name ? ` (${image.Name})` : ''}`;
      if (image.Public === true) return ctx.fail(resource, `${name} is public: any AWS account can launch it and read its snapshots.`);
      if (image.Public === false) return ctx.pass(resource, `${name} is not public.`);
      return ctx.undetermined(resource, `${name} reports no Public flag, so whether any AWS account can launch it is unknown.`);
    });
  },
});
