import { defineCheck } from '../define.js';

const MIN_ZONES = 2;

export default defineCheck({
  id: 'redshift-subnet-group-multi-az',
  title: 'Redshift cluster subnet groups span at least two Availability Zones',
  pillar: 'rest',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AWS::Redshift::ClusterSubnetGroup',
  description: `Each Redshift cluster subnet group has subnets in at least ${MIN_ZONES} Availability Zones (DescribeClusterSubnetGroups, Subnets[].SubnetAvailabilityZone.Name).`,
  risk: 'A subnet group confined to one Availability Zone leaves no other zone to relocate or fail over a cluster to when that zone is impaired.',
  remediation: {
    text: `Add subnets from at least ${MIN_ZONES} Availability Zones to the subnet group.`,
    console: 'Amazon Redshift > Configurations > Subnet groups > select the group > Edit > add subnets.',
    cli: 'aws redshift modify-cluster-subnet-group --cluster-subnet-group-name <group> --subnet-ids <subnet-a> <subnet-b>',
  },
  references: {
    securityHub: { ids: ['Redshift.16'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-cluster-subnet-groups.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-16',
    ],
  },
  reads: ['redshift.subnetGroups'],
  evaluate({ 'redshift.subnetGroups': groups }, ctx) {
    return groups.map((group) => {
      const name = group.ClusterSubnetGroupName ?? 'unknown';
      const resource = { id: name, arn: `arn:${ctx.account.partition}:redshift:${ctx.region}:${ctx.account.id}:subnetgroup:${name}` };
      const subject = `Redshift cluster subnet group ${name}`;
      const subnets = group.Subnets ?? [];
      const zones = [...new Set(subnets.flatMap((s) => (s.SubnetAvailabilityZone?.Name ? [s.SubnetAvailabilityZone.Name] : [])))].sort();
      const unknown = subnets.filter((s) => !s.SubnetAvailabilityZone?.Name).length;
      const stated = `${subnets.length} subnet${subnets.length === 1 ? '' : 's'} in ${zones.length ? zones.join(', ') : 'no known Availability Zone'}`;
      if (zones.length >= MIN_ZONES) return ctx.pass(resource, `${subject} spans ${zones.length} Availability Zones (${stated}).`);
      if (unknown) return ctx.undetermined(resource, `${subject} has ${unknown} subnet${unknown === 1 ? '' : 's'} whose Availability Zone is not reported, so whether it spans ${MIN_ZONES} zones is unknown (${stated}).`);
      return ctx.fail(resource, `${subject} does not span ${MIN_ZONES} Availability Zones: it has ${stated}.`);
    });
  },
});
