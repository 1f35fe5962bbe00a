import { ec2Arn, ownedByAccount } from '../lib/vpc-resources.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ec2-subnet-no-auto-public-ip',
  title: 'Subnets do not assign public IPv4 addresses on launch',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::Subnet',
  description: 'Each subnet has MapPublicIpOnLaunch false, so network interfaces launched in it get no public IPv4 address unless one is asked for explicitly.',
  risk: 'With automatic public addresses every instance launched in the subnet is reachable from the internet as soon as a security group allows it, whether or not anyone meant it to be public.',
  remediation: {
    text: 'Turn off automatic public IPv4 assignment on the subnet; give public addresses only to the resources that need them (or place them behind a load balancer).',
    console: 'VPC > Subnets > select the subnet > Actions > Edit subnet settings > clear "Enable auto-assign public IPv4 address".',
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
  },
  references: {
    securityHub: { ids: ['EC2.15'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-15',
    ],
  },
  reads: ['ec2.subnets'],
  evaluate({ 'ec2.subnets': subnets }, ctx) {
    return ownedByAccount(subnets, ctx.account.id).map((subnet) => {
      const id = subnet.SubnetId ?? 'unknown';
      const resource = { id, arn: subnet.SubnetArn ?? ec2Arn(ctx, 'subnet', id, subnet.OwnerId) };
      const label = `Subnet ${id}${subnet.DefaultForAz ? ' (default for its zone)' : ''}${subnet.VpcId ? ` in ${subnet.VpcId}` : ''}`;
      if (subnet.MapPublicIpOnLaunch === false) return ctx.pass(resource, `${label} does not assign public IPv4 addresses on launch.`);
      if (subnet.MapPublicIpOnLaunch === true)
        return ctx.fail(resource, `${label} assigns a public IPv4 address to every network interface launched in it (MapPublicIpOnLaunch is true).`);
      return ctx.undetermined(resource, `${label} reports no MapPublicIpOnLaunch setting, so whether it assigns public IPv4 addresses on launch is unknown.`);
    });
  },
});
