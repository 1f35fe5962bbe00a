import { ownedByAccount, vpcLabel, vpcRef } from '../lib/vpc-resources.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ec2-vpc-ec2-endpoint-configured',
  title: 'Every VPC has an available VPC endpoint for the Amazon EC2 API',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::VPC',
  description: "Each VPC has a VPC endpoint in state available whose service name is the region's EC2 service (com.amazonaws.<region>.ec2), so EC2 API calls from the VPC stay on the AWS network.",
  risk: 'Without an EC2 endpoint, instances reach the EC2 API over the internet through a NAT or internet gateway, which needs outbound internet access and leaves the traffic outside endpoint policies.',
  remediation: {
    text: 'Create an interface VPC endpoint for com.amazonaws.<region>.ec2 in the VPC, with private DNS enabled.',
    console: 'VPC > Endpoints > Create endpoint > AWS services > com.amazonaws.<region>.ec2 > select the VPC, subnets and security group.',
    cli: 'aws ec2 create-vpc-endpoint --vpc-id <vpc-id> --vpc-endpoint-type Interface --service-name com.amazonaws.<region>.ec2 --subnet-ids <subnet-ids> --security-group-ids <sg-id>',
  },
  references: {
    securityHub: { ids: ['EC2.10'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/interface-vpc-endpoints.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-10',
    ],
  },
  reads: ['ec2.vpcs', 'ec2.vpcEndpoints'],
  evaluate({ 'ec2.vpcs': vpcs, 'ec2.vpcEndpoints': endpoints }, ctx) {
    // China regions name AWS services with a cn. prefix.
    const serviceNames = [`com.amazonaws.${ctx.region}.ec2`, `cn.com.amazonaws.${ctx.region}.ec2`];
    return ownedByAccount(vpcs, ctx.account.id).map((vpc) => {
      const resource = vpcRef(vpc, ctx);
      const label = vpcLabel(vpc);
      const forEc2 = endpoints.filter((e) => e.VpcId === vpc.VpcId && serviceNames.includes(e.ServiceName ?? ''));
      // EC2 documents the state in lower case; the SDK's enum spells it capitalised.
      const available = forEc2.find((e) => (e.State ?? '').toLowerCase() === 'available');
      if (available) return ctx.pass(resource, `${label} has EC2 endpoint ${available.VpcEndpointId} (${available.ServiceName}).`);
      if (forEc2.length)
        return ctx.fail(resource, `${label} has no available EC2 endpoint: ${forEc2.map((e) => `${e.VpcEndpointId} is ${e.State ?? 'in an unknown state'}`).join(', ')}.`);
      return ctx.fail(resource, `${label} has no VPC endpoint for ${serviceNames[0]}.`);
    });
  },
});
