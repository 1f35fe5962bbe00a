import { defineCheck } from '../define.js';
import { instanceLabel, instanceRef, instancesIn } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-instance-no-public-ip',
  title: 'EC2 instances have no public IPv4 address',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AWS::EC2::Instance',
  description: 'Each pending, running, stopping or stopped instance has no public IPv4 address, Elastic IPs included. IPv6 addresses are not evaluated.',
  risk: 'An instance with a public IPv4 address is reachable from the internet whenever a security group or network ACL rule allows it; one permissive rule exposes it.',
  remediation: {
    text: 'Place the instance in a private subnet behind a load balancer, NAT gateway or Systems Manager Session Manager, and release or disassociate its public address.',
    console: 'EC2 > Instances > select the instance > Networking > Manage IP addresses, or EC2 > Elastic IPs > Disassociate.',
    cli: 'aws ec2 modify-network-interface-attribute --network-interface-id <eni> --no-associate-public-ip-address',
  },
  references: {
    securityHub: { ids: ['EC2.9'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9',
    ],
  },
  reads: ['ec2.instances'],
  evaluate({ 'ec2.instances': instances }, ctx) {
    return instancesIn(instances).map((instance) => {
      const resource = instanceRef(ctx, instance);
      const name = instanceLabel(instance);
      const ip = instance.PublicIpAddress;
      if (!ip) return ctx.pass(resource, `${name} has no public IPv4 address.`);
      const association = instance.NetworkInterfaces?.find((eni) => eni.Association?.PublicIp === ip)?.Association;
      // EC2 reports `amazon` as the owner of auto-assigned addresses; an account id means an Elastic IP.
      const elastic = association?.IpOwnerId !== undefined && association.IpOwnerId !== 'amazon';
      return ctx.fail(resource, `${name} has the public IPv4 address ${ip}${elastic ? ' (an Elastic IP)' : ''}.`);
    });
  },
});
