import type { Finding } from '../../model.js';
import { defineCheck } from '../define.js';
import { instanceRef } from '../../data/rds-engines.js';
import { clipTcp, noteUnread, portRanges, proof, toEvidence, trafficList, unknownReach, withEvidence } from '../lib/exposure.js';

export default defineCheck({
  id: 'rds-instance-not-internet-reachable',
  title: "RDS DB instances' ports are not reachable from the internet",
  pillar: 'prevention',
  service: 'rds',
  severity: 'critical',
  resourceType: 'AWS::RDS::DBInstance',
  description:
    "Per DB instance: its port is not reachable from the internet. Reachable means PubliclyAccessible true (its endpoint resolves to a public address; IPv6 too for a dual-stack instance), and for a subnet of its DB subnet group (the subnets of its network interfaces when the interface listing shows them): a route to an internet gateway attached to the VPC, VPC Block Public Access not blocking it, the network ACL admitting the port inbound and the reply outbound, and a security group of the instance admitting an internet source on the port. An input that cannot be read makes the instance ERROR.",
  risk: 'A database the internet can connect to is one leaked or guessed password, or one engine vulnerability, away from a data breach; mass scanners find open database ports within hours.',
  remediation: {
    text: 'Turn off public accessibility, or remove the internet path to the port: the security group rule admitting internet sources, or the subnet group subnets routed to the internet gateway.',
    console: 'RDS > Databases > select the instance > Modify > Connectivity > Not publicly accessible; or EC2 > Security groups > the instance\'s group > Edit inbound rules.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --no-publicly-accessible --apply-immediately',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html',
    ],
  },
  reads: ['exposure.dbInstances'],
  evaluate({ 'exposure.dbInstances': dbs }, ctx) {
    return dbs.map((r) => noteUnread(judge(r), r.unread));

    function judge(r: (typeof dbs)[number]): Finding {
      const resource = instanceRef(r.db);
      const label = `DB instance ${resource.id}`;
      const port = r.db.Endpoint?.Port ?? (r.db.DbInstancePort ? r.db.DbInstancePort : undefined);
      if (port === undefined && (r.reach.length || r.missing.length)) return ctx.undetermined(resource, `${label} reports no port (no Endpoint.Port), so whether its port is reachable from the internet is unknown.`);
      const offending = port === undefined ? [] : clipTcp(r.reach, portRanges([port])).map(toEvidence);
      if (offending.length) return withEvidence(ctx.fail(resource, `${label} is reachable from the internet on its port (${trafficList(offending)}): ${proof(offending)}.`), { reachable: offending });
      if (r.missing.length) return unknownReach(ctx, resource, label, r.missing);
      const why = r.reach.length ? `only ${trafficList(r.reach.map(toEvidence))} is reachable, not its port ${port}` : r.reason || 'nothing is reachable';
      return withEvidence(ctx.pass(resource, `${label} is not reachable from the internet on its port${port === undefined ? '' : ` ${port}`}: ${why}.`), { reachable: [] });
    }
  },
});
