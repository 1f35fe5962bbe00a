import { defineCheck } from '../define.js';
import { instanceRef } from '../../data/rds-engines.js';
import { defaultRoutes, routeTableOf } from '../../exposure/network/routes.js';

export default defineCheck({
  id: 'rds-instance-not-in-public-subnet',
  title: 'RDS DB instances are not in subnets with a route to an internet gateway',
  pillar: 'prevention',
  service: 'rds',
  severity: 'high',
  resourceType: 'AWS::RDS::DBInstance',
  description:
    "Per DB instance (Aurora members too; PubliclyAccessible false does not exempt one): no subnet of its DB subnet group has an active route for 0.0.0.0/0 or ::/0 to an internet gateway (igw-) in its route table, the one explicitly associated with the subnet or else the VPC's main table. Every subnet of the group is judged, because RDS may place the instance in any of them on failover or modification. Routes to egress-only internet gateways, NAT and transit gateways, blackhole routes and prefix-list destinations do not count. A subnet without a known route table makes the instance ERROR.",
  risk: 'A database in a subnet routed to the internet gateway is one setting away from the internet: turning on public accessibility, or a replacement that gets a public address, exposes it directly, with only its security groups in the way.',
  remediation: {
    text: "Put the instance in a DB subnet group whose subnets route to the internet through a NAT gateway or not at all, or remove the internet gateway route from those subnets' route tables.",
    console: 'RDS > Subnet groups > select the group > Edit (choose private subnets); or VPC > Route tables > the subnet\'s table > Routes > remove the 0.0.0.0/0 route to the internet gateway.',
    cli: 'aws rds modify-db-subnet-group --db-subnet-group-name <group> --subnet-ids <private-subnet-1> <private-subnet-2>',
  },
  references: {
    securityHub: { ids: ['RDS.46'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-46',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
      'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html',
    ],
  },
  reads: ['rds.instances', 'ec2.routeTables'],
  evaluate({ 'rds.instances': dbs, 'ec2.routeTables': tables }, ctx) {
    return dbs.map((db) => {
      const resource = instanceRef(db);
      const label = `DB instance ${resource.id}`;
      const group = db.DBSubnetGroup;
      const subnets = (group?.Subnets ?? []).map((s) => s.SubnetIdentifier).filter((id): id is string => !!id);
      if (!group || !subnets.length) return ctx.undetermined(resource, `${label} reports no subnets in its DB subnet group, so whether one is routed to an internet gateway is unknown.`);
      const vpcId = group.VpcId;
      // Subnets grouped by what their route table does, so that a shared table is named once.
      const publicOnes = new Map<string, string[]>();
      const privateOnes = new Map<string, string[]>();
      const unknown: string[] = [];
      for (const subnet of subnets) {
        const found = routeTableOf(tables, subnet, vpcId);
        if (!found) {
          unknown.push(subnet);
          continue;
        }
        const tableText = found.main ? `the main route table ${found.table.RouteTableId ?? '?'} of ${vpcId}` : `route table ${found.table.RouteTableId ?? '?'}`;
        const defaults = defaultRoutes(found.table);
        const toGateway = defaults.filter((d) => d.toInternetGateway);
        const shown = (toGateway.length ? toGateway : defaults).map((d) => `${d.destination} -> ${d.target}`).join(', ') || 'no default route';
        const into = toGateway.length ? publicOnes : privateOnes;
        const key = `${tableText}: ${shown}`;
        into.set(key, [...(into.get(key) ?? []), subnet]);
      }
      const listed = (groups: Map<string, string[]>) => [...groups].map(([table, ids]) => `${ids.join(', ')} (${table})`).join('; ');
      const groupName = group.DBSubnetGroupName ?? 'its DB subnet group';
      if (publicOnes.size) {
        const and = unknown.length ? ` The route table of ${unknown.join(', ')} is not known.` : '';
        return ctx.fail(resource, `${label} can be placed in a public subnet of ${groupName}: ${listed(publicOnes)}.${and}`);
      }
      if (unknown.length)
        return ctx.undetermined(resource, `${label}: no route table is associated with ${unknown.join(', ')} of ${groupName}, and ${vpcId ?? 'its VPC'} has no main route table listed, so whether ${unknown.length === 1 ? 'it is' : 'they are'} routed to an internet gateway is unknown.`);
      return ctx.pass(resource, `${label} has no subnet of ${groupName} with a route to an internet gateway: ${listed(privateOnes)}.`);
    });
  },
});
