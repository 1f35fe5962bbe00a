import { functionLabel, functionRef, inVpc } from '../lib/lambda.js';
import { defineCheck } from '../define.js';

/** Lambda.5's parameter (allowed 2 to 6); AWS's default. */
export const MIN_AVAILABILITY_ZONES = 2;

export default defineCheck({
  id: 'lambda-function-vpc-multi-az',
  title: 'Lambda functions attached to a VPC use subnets in at least two Availability Zones',
  pillar: 'rest',
  service: 'lambda',
  severity: 'medium',
  resourceType: 'AWS::Lambda::Function',
  description: `For each function attached to a VPC, the distinct Availability Zones of its VpcConfig.SubnetIds (from ec2:DescribeSubnets, read only when a function is in a VPC) number at least ${MIN_AVAILABILITY_ZONES}, the default of Security Hub's Lambda.5 (whose parameter allows 2 to 6). Functions outside a VPC are not evaluated.`,
  risk: 'A function whose network interfaces sit in one Availability Zone stops running when that zone fails.',
  remediation: {
    text: 'Add subnets in other Availability Zones of the VPC to the function\'s VPC configuration.',
    console: 'Lambda > Functions > the function > Configuration > VPC > Edit > Subnets.',
    cli: 'aws lambda update-function-configuration --function-name <function> --vpc-config SubnetIds=<subnet-a>,<subnet-b>,SecurityGroupIds=<sg>',
  },
  references: {
    securityHub: { ids: ['Lambda.5'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-5',
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
    ],
  },
  reads: ['lambda.functions', 'lambda.vpcSubnets'],
  evaluate({ 'lambda.functions': fns, 'lambda.vpcSubnets': subnets }, ctx) {
    return fns.filter(inVpc).map((fn) => {
      const resource = functionRef(fn);
      const label = functionLabel(fn);
      if (!subnets.ok) return ctx.error(resource, subnets.error, `the subnets of ${label}`);
      const ids = fn.VpcConfig?.SubnetIds ?? [];
      const zones = new Set<string>();
      const unknown: string[] = [];
      for (const id of ids) {
        const zone = subnets.value.find((s) => s.SubnetId === id)?.AvailabilityZone;
        if (zone) zones.add(zone);
        else unknown.push(id);
      }
      const list = [...zones].sort();
      const where = `${label} (VPC ${fn.VpcConfig?.VpcId || '?'})`;
      if (zones.size >= MIN_AVAILABILITY_ZONES) return ctx.pass(resource, `${where} has subnets in ${zones.size} Availability Zones (${list.join(', ')}).`);
      if (unknown.length) {
        return ctx.undetermined(resource, `${where} uses subnets the region's subnet listing does not hold (${unknown.join(', ')}), so how many Availability Zones it spans is unknown.`);
      }
      return ctx.fail(resource, `${where} has subnets in ${zones.size === 0 ? 'no' : zones.size === 1 ? 'only one' : `only ${zones.size}`} Availability Zone${zones.size === 1 ? '' : 's'}${list.length ? ` (${list.join(', ')})` : ''}; at least ${MIN_AVAILABILITY_ZONES} are required.`);
    });
  },
});
