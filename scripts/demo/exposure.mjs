// Recorded answers the exposure analysis needs beyond the other demo files: route tables, internet
// gateways, managed prefix lists, VPC Block Public Access exclusions, and the target groups of the
// load balancers with their targets, in us-east-1 and eu-west-1. With the network of
// ec2-network.mjs and the instances of ec2-compute.mjs they make machines the internet reaches
// (directly, through a load balancer, or from part of the internet only) and machines it does not
// (private subnets, a NAT or transit gateway route, a network ACL deny, a security group that
// admits only private ranges).

const ACCOUNT = '123456789012';
const ec2 = (region, operation, input, output) => ({ service: 'ec2', region, operation, input, output });
const elbv2 = (region, operation, input, output) => ({ service: 'elbv2', region, operation, input, output });

const route = (destination, target, extra = {}) => {
  const dest = destination.startsWith('pl-') ? { DestinationPrefixListId: destination } : { DestinationCidrBlock: destination };
  const key = target === 'local' || target.startsWith('igw-') || target.startsWith('vpce-') ? 'GatewayId' : target.startsWith('nat-') ? 'NatGatewayId' : 'TransitGatewayId';
  const origin = target === 'local' ? 'CreateRouteTable' : destination.startsWith('pl-') ? 'CreateRoute' : 'CreateRoute';
  return { ...dest, [key]: target, Origin: origin, State: 'active', ...extra };
};
const routeTable = (id, vpc, cidr, { subnets = [], main = false, routes, name }) => ({
  RouteTableId: id,
  VpcId: vpc,
  OwnerId: ACCOUNT,
  Associations: [
    ...(main ? [{ Main: true, RouteTableAssociationId: `rtbassoc-${id.slice(4)}0`, RouteTableId: id, AssociationState: { State: 'associated' } }] : []),
    ...subnets.map((SubnetId, n) => ({ Main: false, RouteTableAssociationId: `rtbassoc-${id.slice(4)}${n + 1}`, RouteTableId: id, SubnetId, AssociationState: { State: 'associated' } })),
  ],
  Routes: [route(cidr, 'local'), ...routes],
  PropagatingVgws: [],
  Tags: name ? [{ Key: 'Name', Value: name }] : [],
});
const gateway = (id, vpc, name) => ({ InternetGatewayId: id, OwnerId: ACCOUNT, Attachments: [{ VpcId: vpc, State: 'available' }], Tags: [{ Key: 'Name', Value: name }] });
const s3PrefixList = (region, id) => ({ PrefixListId: id, AddressFamily: 'IPv4', State: 'create-complete', PrefixListArn: `arn:aws:ec2:${region}:aws:prefix-list/${id}`, PrefixListName: `com.amazonaws.${region}.s3`, Tags: [], OwnerId: 'AWS' });

// us-east-1 ----------------------------------------------------------------------------------------
const east = 'us-east-1';
const prodVpc = 'vpc-0a1b2c3d4e5f60101';
const eastS3 = 'pl-63a5400a';

const eastTables = [
  // The public and egress subnets: straight to the internet gateway.
  routeTable('rtb-0a1b2c3d4e5f60101', prodVpc, '10.20.0.0/16', {
    name: 'prod-public',
    subnets: ['subnet-0a1b2c3d4e5f60101', 'subnet-0a1b2c3d4e5f60104'],
    routes: [route('0.0.0.0/0', 'igw-0a1b2c3d4e5f60101'), route(eastS3, 'vpce-0a1b2c3d4e5f60102')],
  }),
  // Everything else of the production VPC goes out through the NAT gateway: nothing comes in.
  routeTable('rtb-0a1b2c3d4e5f60102', prodVpc, '10.20.0.0/16', {
    name: 'prod-private',
    main: true,
    routes: [route('0.0.0.0/0', 'nat-0a1b2c3d4e5f60101'), route(eastS3, 'vpce-0a1b2c3d4e5f60102')],
  }),
  routeTable('rtb-0a1b2c3d4e5f60190', 'vpc-0a1b2c3d4e5f60190', '172.31.0.0/16', { main: true, routes: [route('0.0.0.0/0', 'igw-0a1b2c3d4e5f60190')] }),
  // The load balancers' VPC and the database VPC.
  routeTable('rtb-0a1b2c3d4e5f60001', 'vpc-0a1b2c3d4e5f60001', '10.30.0.0/16', { name: 'edge', main: true, routes: [route('0.0.0.0/0', 'igw-0a1b2c3d4e5f60001')] }),
  routeTable('rtb-0a1b2c3d4e5f60718', 'vpc-0a1b2c3d4e5f60718', '10.60.0.0/16', { name: 'databases', main: true, routes: [route('0.0.0.0/0', 'igw-0a1b2c3d4e5f60718')] }),
];

const eastGateways = [
  gateway('igw-0a1b2c3d4e5f60101', prodVpc, 'acme-prod-igw'),
  gateway('igw-0a1b2c3d4e5f60190', 'vpc-0a1b2c3d4e5f60190', 'default-igw'),
  gateway('igw-0a1b2c3d4e5f60001', 'vpc-0a1b2c3d4e5f60001', 'edge-igw'),
  gateway('igw-0a1b2c3d4e5f60718', 'vpc-0a1b2c3d4e5f60718', 'databases-igw'),
];

const officeList = {
  PrefixListId: 'pl-0a1b2c3d4e5f60101',
  AddressFamily: 'IPv4',
  State: 'create-complete',
  PrefixListArn: `arn:aws:ec2:${east}:${ACCOUNT}:prefix-list/pl-0a1b2c3d4e5f60101`,
  PrefixListName: 'acme-offices',
  MaxEntries: 10,
  Version: 3,
  Tags: [],
  OwnerId: ACCOUNT,
};

// VPC Block Public Access blocks ingress in us-east-1; these subnets and the database VPC are excluded.
const exclusion = (id, resourceArn, reason) => ({
  ExclusionId: id,
  InternetGatewayExclusionMode: 'allow-bidirectional',
  ResourceArn: resourceArn,
  State: 'create-complete',
  Reason: reason,
  CreationTimestamp: { $date: '2025-06-02T07:05:00.000Z' },
  LastUpdateTimestamp: { $date: '2025-06-02T07:05:00.000Z' },
  Tags: [],
});
const eastExclusions = [
  exclusion('vpcbpa-exclude-0a1b2c3d4e5f60101', `arn:aws:ec2:${east}:${ACCOUNT}:subnet/subnet-0a1b2c3d4e5f60101`, 'Public web tier'),
  exclusion('vpcbpa-exclude-0a1b2c3d4e5f60104', `arn:aws:ec2:${east}:${ACCOUNT}:subnet/subnet-0a1b2c3d4e5f60104`, 'Egress and jump hosts'),
  exclusion('vpcbpa-exclude-0a1b2c3d4e5f60718', `arn:aws:ec2:${east}:${ACCOUNT}:vpc/vpc-0a1b2c3d4e5f60718`, 'Legacy database partner access'),
];

// Target groups (load balancer ARNs as scripts/demo/elbv2.mjs names them).
const lbArn = (region, kind, name, id) => `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:loadbalancer/${kind}/${name}/${id}`;
const tgArn = (region, name, id) => `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:targetgroup/${name}/${id}`;
const targetGroup = (region, { name, id, lb, port, protocol = 'HTTPS', vpc, type = 'instance' }) => ({
  TargetGroupArn: tgArn(region, name, id),
  TargetGroupName: name,
  Protocol: protocol,
  Port: port,
  VpcId: vpc,
  HealthCheckProtocol: protocol,
  HealthCheckPort: 'traffic-port',
  HealthCheckEnabled: true,
  HealthCheckIntervalSeconds: 30,
  HealthCheckTimeoutSeconds: 5,
  HealthyThresholdCount: 5,
  UnhealthyThresholdCount: 2,
  ...(protocol.startsWith('HTTP') ? { HealthCheckPath: '/healthz', Matcher: { HttpCode: '200' } } : {}),
  LoadBalancerArns: lb ? [lb] : [],
  TargetType: type,
  ProtocolVersion: protocol.startsWith('HTTP') ? 'HTTP1' : undefined,
  IpAddressType: 'ipv4',
});
const target = (id, port, state) => ({ Target: { Id: id, Port: port, AvailabilityZone: undefined }, HealthCheckPort: String(port), TargetHealth: { State: state, ...(state === 'healthy' ? {} : { Reason: 'Target.FailedHealthChecks', Description: 'Health checks failed' }) } });

const eastGroups = [
  targetGroup(east, { name: 'prod-web', id: '73e2d6bc24d8a067', lb: lbArn(east, 'app', 'prod-web', '50dc6c495c0c9188'), port: 8443, vpc: 'vpc-0a1b2c3d4e5f60001' }),
  targetGroup(east, { name: 'legacy-admin', id: '1a2b3c4d5e6f7081', lb: lbArn(east, 'app', 'legacy-admin', '8f3e2d1c0b9a8776'), port: 8080, protocol: 'HTTP', vpc: 'vpc-0a1b2c3d4e5f60001' }),
  targetGroup(east, { name: 'ingest-tls', id: '9c8b7a6f5e4d3c21', lb: lbArn(east, 'net', 'tcp-ingest', '2b4d6f8a0c1e3f50'), port: 443, protocol: 'TLS', vpc: 'vpc-0a1b2c3d4e5f60001' }),
  targetGroup(east, { name: 'ingest-pg', id: '0d1e2f3a4b5c6d7e', lb: lbArn(east, 'net', 'tcp-ingest', '2b4d6f8a0c1e3f50'), port: 5432, protocol: 'TCP', vpc: 'vpc-0a1b2c3d4e5f60001', type: 'ip' }),
];

// eu-west-1 ----------------------------------------------------------------------------------------
const west = 'eu-west-1';
const westTables = [
  // The API VPC leaves through the shared transit gateway: no path in from the internet.
  routeTable('rtb-0e1f2a3b4c5d60201', 'vpc-0e1f2a3b4c5d60201', '10.40.0.0/16', { name: 'eu-api', main: true, routes: [route('0.0.0.0/0', 'tgw-0e1f2a3b4c5d60201')] }),
  routeTable('rtb-0e1f2a3b4c5d60202', 'vpc-0e1f2a3b4c5d60202', '10.50.0.0/16', { name: 'eu-analytics', main: true, routes: [route('0.0.0.0/0', 'igw-0e1f2a3b4c5d60202')] }),
  routeTable('rtb-0e1f2a3b4c5d60002', 'vpc-0e1f2a3b4c5d60002', '10.45.0.0/16', { name: 'eu-web', main: true, routes: [route('0.0.0.0/0', 'igw-0e1f2a3b4c5d60002')] }),
];
const westGateways = [gateway('igw-0e1f2a3b4c5d60202', 'vpc-0e1f2a3b4c5d60202', 'eu-analytics-igw'), gateway('igw-0e1f2a3b4c5d60002', 'vpc-0e1f2a3b4c5d60002', 'eu-web-igw')];
const westGroups = [targetGroup(west, { name: 'eu-web', id: '3f4e5d6c7b8a9012', lb: lbArn(west, 'app', 'eu-web', 'a1b2c3d4e5f60718'), port: 8443, vpc: 'vpc-0e1f2a3b4c5d60002' })];

export default [
  ec2(east, 'DescribeRouteTables', {}, { RouteTables: eastTables }),
  ec2(east, 'DescribeInternetGateways', {}, { InternetGateways: eastGateways }),
  ec2(east, 'DescribeManagedPrefixLists', {}, { PrefixLists: [s3PrefixList(east, eastS3), officeList] }),
  ec2(east, 'GetManagedPrefixListEntries', { PrefixListId: officeList.PrefixListId }, { Entries: [{ Cidr: '198.51.100.0/26', Description: 'HQ' }, { Cidr: '198.51.100.64/27', Description: 'Lisbon office' }] }),
  ec2(east, 'DescribeVpcBlockPublicAccessExclusions', {}, { VpcBlockPublicAccessExclusions: eastExclusions }),
  elbv2(east, 'DescribeTargetGroups', { PageSize: 400 }, { TargetGroups: eastGroups }),
  elbv2(east, 'DescribeTargetHealth', { TargetGroupArn: eastGroups[0].TargetGroupArn }, { TargetHealthDescriptions: [target('i-0a1b2c3d4e5f60101', 8443, 'healthy')] }),
  elbv2(east, 'DescribeTargetHealth', { TargetGroupArn: eastGroups[1].TargetGroupArn }, { TargetHealthDescriptions: [target('i-0a1b2c3d4e5f60103', 8080, 'unhealthy')] }),

  ec2(west, 'DescribeRouteTables', {}, { RouteTables: westTables }),
  ec2(west, 'DescribeInternetGateways', {}, { InternetGateways: westGateways }),
  ec2(west, 'DescribeManagedPrefixLists', {}, { PrefixLists: [s3PrefixList(west, 'pl-6da54004')] }),
  elbv2(west, 'DescribeTargetGroups', { PageSize: 400 }, { TargetGroups: westGroups }),
  elbv2(west, 'DescribeTargetHealth', { TargetGroupArn: westGroups[0].TargetGroupArn }, { TargetHealthDescriptions: [target('i-0e1f2a3b4c5d60201', 8443, 'healthy')] }),
];
