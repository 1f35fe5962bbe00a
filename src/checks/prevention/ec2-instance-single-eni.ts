import { defineCheck } from '../define.js';
import { instanceLabel, instanceRef, instancesIn } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-instance-single-eni',
  title: 'EC2 instances have at most one network interface',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AWS::EC2::Instance',
  description: 'Each pending, running, stopping or stopped instance has at most one elastic network interface attached.',
  risk: 'An instance with several interfaces can bridge subnets or VPCs that are meant to be separate, and makes its reachable addresses and traffic paths harder to audit.',
  remediation: {
    text: 'Detach the secondary network interfaces that are not needed. Where an appliance needs several, document it and suppress the finding for that instance.',
    console: 'EC2 > Instances > select the instance > Actions > Networking > Detach network interface.',
    cli: 'aws ec2 detach-network-interface --attachment-id <eni-attach-id>',
  },
  references: {
    securityHub: { ids: ['EC2.17'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-17',
    ],
  },
  reads: ['ec2.instances'],
  evaluate({ 'ec2.instances': instances }, ctx) {
    return instancesIn(instances).map((instance) => {
      const resource = instanceRef(ctx, instance);
      const name = instanceLabel(instance);
      // Every instance in a VPC has a primary interface; a missing list is missing data, not zero interfaces.
      if (instance.NetworkInterfaces === undefined)
        return ctx.undetermined(resource, `${name} reports no network interface list, so how many interfaces it has is unknown.`);
      const enis = instance.NetworkInterfaces.map((eni) => eni.NetworkInterfaceId ?? 'unknown');
      return enis.length > 1
        ? ctx.fail(resource, `${name} has ${enis.length} network interfaces attached (${enis.join(', ')}).`)
        : ctx.pass(resource, `${name} has ${enis.length === 1 ? `one network interface (${enis[0]})` : 'no network interface'} attached.`);
    });
  },
});
