import { defineCheck } from '../define.js';
import { clipTcp, judgeInstancePorts, portRanges } from '../lib/exposure.js';

/** Database, cache, message broker, container daemon and search ports. */
export const DATA_PORTS = portRanges([1433, 1521, 2375, 2376, 3306, 5432, 5439, 5984, 6379, [7000, 7001], 8086, 9042, 9092, 9200, 9300, 11211, [27017, 27018], 50070]);

export default defineCheck({
  id: 'ec2-instance-data-ports-not-internet-reachable',
  title: 'No EC2 instance has a database, cache or search port reachable from the internet',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'AWS::EC2::Instance',
  description:
    'Per pending, running, stopping or stopped instance, over the interfaces of all its network cards: no database, cache or search port (TCP 1433, 1521, 2375, 2376, 3306, 5432, 5439, 5984, 6379, 7000-7001, 8086, 9042, 9092, 9200, 9300, 11211, 27017-27018, 50070) is reachable from the internet by the path model (public address, route to an attached internet gateway, VPC Block Public Access, network ACL inbound and reply, security groups). Reachability through a load balancer is named in the message but does not fail this check. An input that cannot be read makes the instance ERROR.',
  risk: 'Data stores and container daemons exposed to the internet are found by mass scanners within hours; many ship without authentication (Redis, Memcached, Elasticsearch, Docker) and are wiped or held for ransom.',
  remediation: {
    text: 'Remove the internet path to the port (security group rule, network ACL entry or route) and let only the application tier reach the data store, by security group reference.',
    console: 'EC2 > Instances > select the instance > Security > Security groups > Edit inbound rules.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port <port> --cidr 0.0.0.0/0',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/vpc/latest/userguide/infrastructure-security.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html'],
  },
  reads: ['exposure.instances'],
  evaluate({ 'exposure.instances': instances }, ctx) {
    return judgeInstancePorts(instances, ctx, { what: 'database, cache or search ports', offending: (reach) => clipTcp(reach, DATA_PORTS) });
  },
});
