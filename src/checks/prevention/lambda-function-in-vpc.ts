import { unqualifiedArn } from '../../data/datasets/lambda.js';
import { functionLabel, functionRef, inVpc } from '../lib/lambda.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'lambda-function-in-vpc',
  title: 'Lambda functions are attached to a VPC',
  pillar: 'prevention',
  service: 'lambda',
  severity: 'low',
  resourceType: 'AWS::Lambda::Function',
  description:
    "For each function, VpcConfig.VpcId is set, so that its network traffic goes through the VPC's security groups, routes and endpoints. Lambda@Edge functions cannot be attached to a VPC: for a function in us-east-1 that a CloudFront distribution runs (cloudfront:ListDistributions, read only when a function there is outside a VPC), the message says so. Lambda.3 belongs to NIST 800-53 and PCI DSS, not to FSBP.",
  risk: 'A function outside a VPC reaches the internet directly, so its egress cannot be restricted or inspected, and it cannot reach private resources without exposing them.',
  remediation: {
    text: 'Attach the function to private subnets of a VPC with security groups that allow only the traffic it needs (and VPC endpoints or a NAT gateway for AWS services).',
    console: 'Lambda > Functions > the function > Configuration > VPC > Edit.',
    cli: 'aws lambda update-function-configuration --function-name <function> --vpc-config SubnetIds=<subnet-a>,<subnet-b>,SecurityGroupIds=<sg>',
  },
  references: {
    securityHub: { ids: ['Lambda.3'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-3',
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
    ],
  },
  reads: ['lambda.functions', 'lambda.edgeAssociations'],
  evaluate({ 'lambda.functions': fns, 'lambda.edgeAssociations': edge }, ctx) {
    return fns.map((fn) => {
      const resource = functionRef(fn);
      const label = functionLabel(fn);
      if (inVpc(fn)) return ctx.pass(resource, `${label} is attached to VPC ${fn.VpcConfig?.VpcId || '(id not reported)'}.`);
      const distributions = edge.ok && fn.FunctionArn ? edge.value[unqualifiedArn(fn.FunctionArn)] : undefined;
      const note = distributions?.length
        ? ` It is a Lambda@Edge function of CloudFront distribution${distributions.length === 1 ? '' : 's'} ${distributions.join(', ')}, and Lambda@Edge functions cannot be attached to a VPC.`
        : '';
      return ctx.fail(resource, `${label} is not attached to a VPC.${note}`);
    });
  },
});
