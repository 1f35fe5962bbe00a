// Recorded EC2 network calls of the demo account: VPCs, subnets, security groups, network ACLs,
// interfaces, flow logs, endpoints, transit gateways, VPNs and VPC Block Public Access, in
// us-east-1 and eu-west-1. Each network check meets at least one resource that passes and, for
// most, one that fails. Instance interfaces match the instances of ec2-compute.mjs.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const tags = (name) => [{ Key: 'Name', Value: name }];
const ec2 = (region, operation, output) => ({ service: 'ec2', region, operation, input: {}, output });

const perm = (IpProtocol, ports, { v4 = [], v6 = [], groups = [] } = {}) => ({
  IpProtocol,
  ...(ports ? { FromPort: ports[0], ToPort: ports[1] } : {}),
  IpRanges: v4.map((CidrIp) => ({ CidrIp })),
  Ipv6Ranges: v6.map((CidrIpv6) => ({ CidrIpv6 })),
  PrefixListIds: [],
  UserIdGroupPairs: groups.map((GroupId) => ({ GroupId, UserId: ACCOUNT })),
});
const allOutbound = [perm('-1', undefined, { v4: ['0.0.0.0/0'] })];

const securityGroup = (region, { id, name, vpc, description = name, ingress = [], egress = allOutbound }) => ({
  GroupId: id,
  GroupName: name,
  Description: description,
  OwnerId: ACCOUNT,
  VpcId: vpc,
  SecurityGroupArn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group/${id}`,
  IpPermissions: ingress,
  IpPermissionsEgress: egress,
  ...(name === 'default' ? {} : { Tags: tags(name) }),
});
const defaultGroup = (region, id, vpc, stock) =>
  securityGroup(region, {
    id,
    name: 'default',
    vpc,
    description: 'default VPC security group',
    ingress: stock ? [perm('-1', undefined, { groups: [id] })] : [],
    egress: stock ? allOutbound : [],
  });

const vpc = (id, cidr, name, isDefault = false) => ({
  VpcId: id,
  OwnerId: ACCOUNT,
  State: 'available',
  CidrBlock: cidr,
  CidrBlockAssociationSet: [{ AssociationId: `vpc-cidr-assoc-${id.slice(4)}`, CidrBlock: cidr, CidrBlockState: { State: 'associated' } }],
  DhcpOptionsId: 'dopt-0d1e2f3a4b5c60001',
  InstanceTenancy: 'default',
  IsDefault: isDefault,
  ...(isDefault ? {} : { Tags: tags(name) }),
});

const subnet = (region, { id, vpc: vpcId, cidr, zone, name, publicIp = false, defaultForAz = false }) => ({
  SubnetId: id,
  SubnetArn: `arn:aws:ec2:${region}:${ACCOUNT}:subnet/${id}`,
  VpcId: vpcId,
  OwnerId: ACCOUNT,
  State: 'available',
  CidrBlock: cidr,
  AvailabilityZone: `${region}${zone}`,
  AvailableIpAddressCount: 240,
  DefaultForAz: defaultForAz,
  MapPublicIpOnLaunch: publicIp,
  MapCustomerOwnedIpOnLaunch: false,
  AssignIpv6AddressOnCreation: false,
  Ipv6CidrBlockAssociationSet: [],
  Ipv6Native: false,
  EnableDns64: false,
  PrivateDnsNameOptionsOnLaunch: { HostnameType: 'ip-name', EnableResourceNameDnsARecord: false, EnableResourceNameDnsAAAARecord: false },
  ...(defaultForAz ? {} : { Tags: tags(name) }),
});

const aclEntry = (RuleNumber, RuleAction, Protocol, CidrBlock, ports, Egress = false) => ({
  RuleNumber,
  RuleAction,
  Protocol,
  Egress,
  CidrBlock,
  ...(ports ? { PortRange: { From: ports[0], To: ports[1] } } : {}),
});
const stockEgress = [aclEntry(100, 'allow', '-1', '0.0.0.0/0', undefined, true), aclEntry(32767, 'deny', '-1', '0.0.0.0/0', undefined, true)];
const networkAcl = ({ id, vpc: vpcId, isDefault, subnets, inbound, name }) => ({
  NetworkAclId: id,
  VpcId: vpcId,
  OwnerId: ACCOUNT,
  IsDefault: isDefault,
  Associations: subnets.map((SubnetId, n) => ({ NetworkAclAssociationId: `aclassoc-${id.slice(4, -2)}${String(n).padStart(2, '0')}`, NetworkAclId: id, SubnetId })),
  Entries: [...inbound, aclEntry(32767, 'deny', '-1', '0.0.0.0/0'), ...stockEgress],
  Tags: name ? tags(name) : [],
});

const eni = (region, { id, subnet: subnetId, vpc: vpcId, ip, groups, instance, deviceIndex = 0, sourceDestCheck = true, type = 'interface', requester, description = '', publicIp }) => ({
  NetworkInterfaceId: id,
  AvailabilityZone: `${region}a`,
  Description: description,
  Groups: groups.map(([GroupId, GroupName]) => ({ GroupId, GroupName })),
  InterfaceType: type,
  Ipv6Addresses: [],
  MacAddress: `0e:${region === 'us-east-1' ? '1a' : '2b'}:00:00:${id.slice(-4, -2)}:${id.slice(-2)}`,
  OwnerId: ACCOUNT,
  PrivateIpAddress: ip,
  PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: ip, ...(publicIp ? { Association: { IpOwnerId: 'amazon', PublicIp: publicIp } } : {}) }],
  ...(publicIp ? { Association: { IpOwnerId: 'amazon', PublicIp: publicIp } } : {}),
  RequesterManaged: requester !== undefined,
  ...(requester ? { RequesterId: requester } : {}),
  SourceDestCheck: sourceDestCheck,
  Status: instance || requester ? 'in-use' : 'available',
  SubnetId: subnetId,
  VpcId: vpcId,
  TagSet: [],
  ...(instance
    ? { Attachment: { AttachmentId: `eni-attach-${id.slice(4)}`, AttachTime: date('2026-03-02T09:15:00.000Z'), DeleteOnTermination: deviceIndex === 0, DeviceIndex: deviceIndex, NetworkCardIndex: 0, InstanceId: instance, InstanceOwnerId: ACCOUNT, Status: 'attached' } }
    : {}),
});

const flowLog = ({ id, resource, traffic, destination, created }) => ({
  CreationTime: date(created),
  DeliverLogsStatus: 'SUCCESS',
  FlowLogId: id,
  FlowLogStatus: 'ACTIVE',
  ResourceId: resource,
  TrafficType: traffic,
  LogDestinationType: destination.startsWith('arn:aws:s3') ? 's3' : 'cloud-watch-logs',
  LogDestination: destination,
  LogFormat: '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}',
  MaxAggregationInterval: 600,
  Tags: [],
});

const endpoint = (region, { id, vpc: vpcId, service, type = 'Interface', subnets = [], groups = [], created }) => ({
  VpcEndpointId: id,
  VpcEndpointType: type,
  VpcId: vpcId,
  ServiceName: `com.amazonaws.${region}.${service}`,
  State: 'available',
  RouteTableIds: type === 'Gateway' ? [`rtb-${id.slice(5)}`] : [],
  SubnetIds: subnets,
  Groups: groups.map(([GroupId, GroupName]) => ({ GroupId, GroupName })),
  IpAddressType: 'ipv4',
  PrivateDnsEnabled: type === 'Interface',
  RequesterManaged: false,
  NetworkInterfaceIds: [],
  CreationTimestamp: date(created),
  OwnerId: ACCOUNT,
  Tags: [],
});

const transitGateway = (region, { id, name, autoAccept, created }) => ({
  TransitGatewayId: id,
  TransitGatewayArn: `arn:aws:ec2:${region}:${ACCOUNT}:transit-gateway/${id}`,
  State: 'available',
  OwnerId: ACCOUNT,
  Description: name,
  CreationTime: date(created),
  Options: {
    AmazonSideAsn: 64512,
    AutoAcceptSharedAttachments: autoAccept,
    DefaultRouteTableAssociation: 'enable',
    AssociationDefaultRouteTableId: `tgw-rtb-${id.slice(4)}`,
    DefaultRouteTablePropagation: 'enable',
    PropagationDefaultRouteTableId: `tgw-rtb-${id.slice(4)}`,
    VpnEcmpSupport: 'enable',
    DnsSupport: 'enable',
    SecurityGroupReferencingSupport: 'disable',
    MulticastSupport: 'disable',
  },
  Tags: tags(name),
});

const clientVpn = (region, { id, name, vpc: vpcId, group, logGroup, created }) => ({
  ClientVpnEndpointId: id,
  Description: name,
  Status: { Code: 'available' },
  CreationTime: created,
  DnsName: `*.${id}.prod.clientvpn.${region}.amazonaws.com`,
  ClientCidrBlock: '172.16.0.0/22',
  SplitTunnel: true,
  VpnProtocol: 'openvpn',
  TransportProtocol: 'udp',
  VpnPort: 443,
  ServerCertificateArn: `arn:aws:acm:${region}:${ACCOUNT}:certificate/8d1e0f4c-2b3a-4c5d-9e6f-${id.slice(-12)}`,
  AuthenticationOptions: [{ Type: 'federated-authentication', FederatedAuthentication: { SamlProviderArn: `arn:aws:iam::${ACCOUNT}:saml-provider/acme-okta` } }],
  ConnectionLogOptions: logGroup ? { Enabled: true, CloudwatchLogGroup: logGroup, CloudwatchLogStream: 'connections' } : { Enabled: false },
  SecurityGroupIds: [group],
  VpcId: vpcId,
  SessionTimeoutHours: 12,
  Tags: tags(name),
});

const tunnel = (region, outsideIp, insideCidr, logging) => ({
  OutsideIpAddress: outsideIp,
  TunnelInsideCidr: insideCidr,
  LogOptions: {
    CloudWatchLogOptions: logging
      ? { LogEnabled: true, LogGroupArn: `arn:aws:logs:${region}:${ACCOUNT}:log-group:/vpn/site-to-site`, LogOutputFormat: 'json' }
      : { LogEnabled: false },
  },
});
const vpnConnection = ({ id, name, customerGateway, vpnGateway, tunnels }) => ({
  VpnConnectionId: id,
  State: 'available',
  Type: 'ipsec.1',
  Category: 'VPN',
  CustomerGatewayId: customerGateway,
  VpnGatewayId: vpnGateway,
  Options: { EnableAcceleration: false, StaticRoutesOnly: false, LocalIpv4NetworkCidr: '0.0.0.0/0', RemoteIpv4NetworkCidr: '0.0.0.0/0', OutsideIpAddressType: 'PublicIpv4', TunnelInsideIpVersion: 'ipv4', TunnelOptions: tunnels },
  Routes: [],
  VgwTelemetry: tunnels.map((t) => ({ OutsideIpAddress: t.OutsideIpAddress, Status: 'UP', StatusMessage: '', AcceptedRouteCount: 3, LastStatusChange: date('2026-10-30T04:12:00.000Z') })),
  Tags: tags(name),
});

const blockPublicAccess = (region, mode, updated) => ({
  VpcBlockPublicAccessOptions: {
    AwsAccountId: ACCOUNT,
    AwsRegion: region,
    State: mode === 'off' ? 'default-state' : 'update-complete',
    InternetGatewayBlockMode: mode,
    ...(updated ? { LastUpdateTimestamp: date(updated), Reason: 'Account guardrail' } : {}),
    ManagedBy: 'account',
    ExclusionsAllowed: 'allowed',
  },
});

// us-east-1: the production VPC is hardened; the default VPC and a few legacy groups are not.
const east = 'us-east-1';
const prodVpc = 'vpc-0a1b2c3d4e5f60101';
const defaultVpcEast = 'vpc-0a1b2c3d4e5f60190';
const sgEast = {
  web: ['sg-0a1b2c3d4e5f60101', 'prod-web-sg'],
  batch: ['sg-0a1b2c3d4e5f60102', 'batch-workers-sg'],
  alb: ['sg-0a1b2c3d4e5f60103', 'prod-alb-sg'],
  bastion: ['sg-0a1b2c3d4e5f60104', 'bastion-legacy-sg'],
  rdp: ['sg-0a1b2c3d4e5f60105', 'reporting-windows-sg'],
  nat: ['sg-0a1b2c3d4e5f60106', 'egress-nat-sg'],
  devTools: ['sg-0a1b2c3d4e5f60107', 'dev-tools-sg'],
  endpoints: ['sg-0a1b2c3d4e5f60108', 'vpc-endpoints-sg'],
  vpn: ['sg-0a1b2c3d4e5f60109', 'client-vpn-sg'],
};

const eastGroups = [
  defaultGroup(east, 'sg-0a1b2c3d4e5f60100', prodVpc, false),
  defaultGroup(east, 'sg-0a1b2c3d4e5f60190', defaultVpcEast, true),
  securityGroup(east, { id: sgEast.web[0], name: sgEast.web[1], vpc: prodVpc, ingress: [perm('tcp', [443, 443], { groups: [sgEast.alb[0]] }), perm('tcp', [22, 22], { v4: ['10.20.0.0/16'] })] }),
  securityGroup(east, { id: sgEast.batch[0], name: sgEast.batch[1], vpc: prodVpc }),
  securityGroup(east, { id: sgEast.alb[0], name: sgEast.alb[1], vpc: prodVpc, ingress: [perm('tcp', [80, 80], { v4: ['0.0.0.0/0'], v6: ['::/0'] }), perm('tcp', [443, 443], { v4: ['0.0.0.0/0'], v6: ['::/0'] })] }),
  securityGroup(east, { id: sgEast.bastion[0], name: sgEast.bastion[1], vpc: prodVpc, ingress: [perm('tcp', [22, 22], { v4: ['0.0.0.0/0'], v6: ['::/0'] })] }),
  securityGroup(east, {
    id: sgEast.rdp[0],
    name: sgEast.rdp[1],
    vpc: prodVpc,
    ingress: [perm('tcp', [3389, 3389], { v4: ['0.0.0.0/0'] }), perm('tcp', [445, 445], { v4: ['0.0.0.0/0'] }), perm('icmp', [-1, -1], { v4: ['0.0.0.0/0'] })],
  }),
  securityGroup(east, { id: sgEast.nat[0], name: sgEast.nat[1], vpc: prodVpc, ingress: [perm('-1', undefined, { v4: ['10.20.0.0/16'] })] }),
  securityGroup(east, { id: sgEast.devTools[0], name: sgEast.devTools[1], vpc: prodVpc, ingress: [perm('tcp', [8000, 8100], { v4: ['0.0.0.0/0'] })] }),
  securityGroup(east, { id: sgEast.endpoints[0], name: sgEast.endpoints[1], vpc: prodVpc, ingress: [perm('tcp', [443, 443], { v4: ['10.20.0.0/16'] })] }),
  securityGroup(east, { id: sgEast.vpn[0], name: sgEast.vpn[1], vpc: prodVpc, ingress: [] }),
  // The legacy MySQL instance's group, in the database VPC: open to a partner's range only.
  securityGroup(east, { id: 'sg-0f9e8d7c6b5a49382', name: 'legacy-mysql-sg', vpc: 'vpc-0a1b2c3d4e5f60718', ingress: [perm('tcp', [3306, 3306], { v4: ['203.0.113.0/24'] })] }),
];

const eastSubnets = [
  subnet(east, { id: 'subnet-0a1b2c3d4e5f60101', vpc: prodVpc, cidr: '10.20.0.0/24', zone: 'a', name: 'prod-public-a' }),
  subnet(east, { id: 'subnet-0a1b2c3d4e5f60102', vpc: prodVpc, cidr: '10.20.1.0/24', zone: 'a', name: 'prod-app-a' }),
  subnet(east, { id: 'subnet-0a1b2c3d4e5f60103', vpc: prodVpc, cidr: '10.20.2.0/24', zone: 'b', name: 'prod-reporting-b' }),
  subnet(east, { id: 'subnet-0a1b2c3d4e5f60104', vpc: prodVpc, cidr: '10.20.3.0/24', zone: 'a', name: 'prod-egress-a' }),
  subnet(east, { id: 'subnet-0a1b2c3d4e5f60190', vpc: defaultVpcEast, cidr: '172.31.0.0/20', zone: 'a', publicIp: true, defaultForAz: true }),
];

const eastAcls = [
  networkAcl({ id: 'acl-0a1b2c3d4e5f60100', vpc: prodVpc, isDefault: true, subnets: ['subnet-0a1b2c3d4e5f60102', 'subnet-0a1b2c3d4e5f60103', 'subnet-0a1b2c3d4e5f60104'], inbound: [aclEntry(100, 'allow', '-1', '0.0.0.0/0')] }),
  networkAcl({
    id: 'acl-0a1b2c3d4e5f60101',
    vpc: prodVpc,
    isDefault: false,
    name: 'prod-public-acl',
    subnets: ['subnet-0a1b2c3d4e5f60101'],
    inbound: [aclEntry(90, 'deny', '6', '0.0.0.0/0', [22, 22]), aclEntry(91, 'deny', '6', '0.0.0.0/0', [3389, 3389]), aclEntry(100, 'allow', '-1', '0.0.0.0/0')],
  }),
  // Left over from a DMZ that was torn down: it denies SSH only, and no subnet uses it.
  networkAcl({ id: 'acl-0a1b2c3d4e5f60102', vpc: prodVpc, isDefault: false, name: 'old-dmz-acl', subnets: [], inbound: [aclEntry(90, 'deny', '6', '0.0.0.0/0', [22, 22]), aclEntry(100, 'allow', '-1', '0.0.0.0/0')] }),
  networkAcl({ id: 'acl-0a1b2c3d4e5f60190', vpc: defaultVpcEast, isDefault: true, subnets: ['subnet-0a1b2c3d4e5f60190'], inbound: [aclEntry(100, 'allow', '-1', '0.0.0.0/0')] }),
  // The database VPC (RDS subnet group prod-db-subnets).
  networkAcl({
    id: 'acl-0a1b2c3d4e5f60718',
    vpc: 'vpc-0a1b2c3d4e5f60718',
    isDefault: true,
    subnets: ['subnet-0a0b2c3d4e5f6a7b8c', 'subnet-0a1b2c3d4e5f6a7b8c', 'subnet-0a2b2c3d4e5f6a7b8c'],
    inbound: [aclEntry(90, 'deny', '6', '0.0.0.0/0', [22, 22]), aclEntry(91, 'deny', '6', '0.0.0.0/0', [3389, 3389]), aclEntry(100, 'allow', '-1', '0.0.0.0/0')],
  }),
];

const eastInterfaces = [
  eni(east, { id: 'eni-0a1b2c3d4e5f60101', subnet: 'subnet-0a1b2c3d4e5f60102', vpc: prodVpc, ip: '10.20.1.15', groups: [sgEast.web], instance: 'i-0a1b2c3d4e5f60101' }),
  eni(east, { id: 'eni-0a1b2c3d4e5f60102', subnet: 'subnet-0a1b2c3d4e5f60101', vpc: prodVpc, ip: '10.20.0.10', groups: [sgEast.bastion], instance: 'i-0a1b2c3d4e5f60102' }),
  eni(east, { id: 'eni-0a1b2c3d4e5f60103', subnet: 'subnet-0a1b2c3d4e5f60103', vpc: prodVpc, ip: '10.20.2.40', groups: [sgEast.web], instance: 'i-0a1b2c3d4e5f60103' }),
  eni(east, { id: 'eni-0a1b2c3d4e5f60104', subnet: 'subnet-0a1b2c3d4e5f60101', vpc: prodVpc, ip: '10.20.0.20', groups: [sgEast.nat], instance: 'i-0a1b2c3d4e5f60104' }),
  eni(east, { id: 'eni-0a1b2c3d4e5f60105', subnet: 'subnet-0a1b2c3d4e5f60104', vpc: prodVpc, ip: '10.20.3.20', groups: [sgEast.nat], instance: 'i-0a1b2c3d4e5f60104', deviceIndex: 1 }),
  // A spare interface kept for a software router failover: forwarding on, attached to nothing.
  eni(east, { id: 'eni-0a1b2c3d4e5f60120', subnet: 'subnet-0a1b2c3d4e5f60104', vpc: prodVpc, ip: '10.20.3.50', groups: [sgEast.nat], sourceDestCheck: false, description: 'vpn-router failover' }),
  eni(east, { id: 'eni-0a1b2c3d4e5f60130', subnet: 'subnet-0a1b2c3d4e5f60101', vpc: prodVpc, ip: '10.20.0.80', groups: [sgEast.alb], requester: 'amazon-elb', description: 'ELB app/prod-alb/5f3c0e1d2a4b6c70' }),
  eni(east, { id: 'eni-0a1b2c3d4e5f60131', subnet: 'subnet-0a1b2c3d4e5f60102', vpc: prodVpc, ip: '10.20.1.200', groups: [sgEast.endpoints], type: 'vpc_endpoint', requester: '727180483921', description: 'VPC Endpoint Interface vpce-0a1b2c3d4e5f60101' }),
  // A CI runner left in the public subnet with its tool ports open, and a Windows jump host.
  eni(east, { id: 'eni-0a1b2c3d4e5f60107', subnet: 'subnet-0a1b2c3d4e5f60101', vpc: prodVpc, ip: '10.20.0.70', groups: [sgEast.devTools], instance: 'i-0a1b2c3d4e5f60107', publicIp: '54.210.10.7' }),
  eni(east, { id: 'eni-0a1b2c3d4e5f60108', subnet: 'subnet-0a1b2c3d4e5f60104', vpc: prodVpc, ip: '10.20.3.80', groups: [sgEast.rdp], instance: 'i-0a1b2c3d4e5f60108', publicIp: '54.210.10.8' }),
];

// eu-west-1: the API VPC is watched but has no EC2 endpoint; the analytics VPC logs accepted
// traffic only and exposes its dashboards.
const west = 'eu-west-1';
const apiVpc = 'vpc-0e1f2a3b4c5d60201';
const analyticsVpc = 'vpc-0e1f2a3b4c5d60202';
const sgWest = {
  api: ['sg-0e1f2a3b4c5d60201', 'eu-api-sg'],
  kibana: ['sg-0e1f2a3b4c5d60202', 'analytics-kibana-sg'],
  endpoints: ['sg-0e1f2a3b4c5d60203', 'analytics-endpoints-sg'],
  vpn: ['sg-0e1f2a3b4c5d60204', 'eu-client-vpn-sg'],
};

const westGroups = [
  defaultGroup(west, 'sg-0e1f2a3b4c5d60200', apiVpc, false),
  defaultGroup(west, 'sg-0e1f2a3b4c5d60290', analyticsVpc, true),
  securityGroup(west, { id: sgWest.api[0], name: sgWest.api[1], vpc: apiVpc, ingress: [perm('tcp', [443, 443], { v4: ['0.0.0.0/0'] })] }),
  securityGroup(west, {
    id: sgWest.kibana[0],
    name: sgWest.kibana[1],
    vpc: analyticsVpc,
    ingress: [perm('tcp', [5601, 5601], { v4: ['0.0.0.0/0'] }), perm('tcp', [9200, 9200], { v6: ['::/0'] }), perm('udp', [3389, 3389], { v6: ['::/0'] })],
  }),
  securityGroup(west, { id: sgWest.endpoints[0], name: sgWest.endpoints[1], vpc: analyticsVpc, ingress: [perm('tcp', [443, 443], { v4: ['10.50.0.0/16'] })] }),
  securityGroup(west, { id: sgWest.vpn[0], name: sgWest.vpn[1], vpc: apiVpc, ingress: [] }),
  // The eu-web load balancer's group, in the web VPC: the two web ports only.
  securityGroup(west, { id: 'sg-0a1b2c3d4e5f60101', name: 'eu-web-alb-sg', vpc: 'vpc-0e1f2a3b4c5d60002', ingress: [perm('tcp', [80, 80], { v4: ['0.0.0.0/0'] }), perm('tcp', [443, 443], { v4: ['0.0.0.0/0'] })] }),
];

const westSubnets = [
  subnet(west, { id: 'subnet-0e1f2a3b4c5d60201', vpc: apiVpc, cidr: '10.40.1.0/24', zone: 'a', name: 'eu-api-app-a' }),
  subnet(west, { id: 'subnet-0e1f2a3b4c5d60202', vpc: analyticsVpc, cidr: '10.50.1.0/24', zone: 'a', name: 'eu-analytics-a' }),
];

const westAcls = [
  networkAcl({
    id: 'acl-0e1f2a3b4c5d60201',
    vpc: apiVpc,
    isDefault: true,
    subnets: ['subnet-0e1f2a3b4c5d60201'],
    inbound: [aclEntry(50, 'deny', '6', '0.0.0.0/0', [22, 22]), aclEntry(51, 'deny', '6', '0.0.0.0/0', [3389, 3389]), aclEntry(100, 'allow', '-1', '0.0.0.0/0')],
  }),
  networkAcl({ id: 'acl-0e1f2a3b4c5d60202', vpc: analyticsVpc, isDefault: true, subnets: ['subnet-0e1f2a3b4c5d60202'], inbound: [aclEntry(100, 'allow', '-1', '0.0.0.0/0')] }),
  // The web VPC of the eu-web load balancer.
  networkAcl({
    id: 'acl-0e1f2a3b4c5d60002',
    vpc: 'vpc-0e1f2a3b4c5d60002',
    isDefault: true,
    subnets: ['subnet-0ea0f2a3b4c5d6e7f8', 'subnet-0eb1f2a3b4c5d6e7f8'],
    inbound: [aclEntry(90, 'deny', '6', '0.0.0.0/0', [22, 22]), aclEntry(91, 'deny', '6', '0.0.0.0/0', [3389, 3389]), aclEntry(100, 'allow', '-1', '0.0.0.0/0')],
  }),
];

const westInterfaces = [
  eni(west, { id: 'eni-0e1f2a3b4c5d60201', subnet: 'subnet-0e1f2a3b4c5d60201', vpc: apiVpc, ip: '10.40.1.21', groups: [sgWest.api], instance: 'i-0e1f2a3b4c5d60201' }),
  eni(west, { id: 'eni-0e1f2a3b4c5d60231', subnet: 'subnet-0e1f2a3b4c5d60202', vpc: analyticsVpc, ip: '10.50.1.200', groups: [sgWest.endpoints], type: 'vpc_endpoint', requester: '727180483921', description: 'VPC Endpoint Interface vpce-0e1f2a3b4c5d60201' }),
  // The analytics dashboard host, with a public address.
  eni(west, { id: 'eni-0e1f2a3b4c5d60202', subnet: 'subnet-0e1f2a3b4c5d60202', vpc: analyticsVpc, ip: '10.50.1.20', groups: [sgWest.kibana], instance: 'i-0e1f2a3b4c5d60202', publicIp: '34.240.10.2' }),
];

export default [
  ec2(east, 'DescribeVpcs', { Vpcs: [vpc(prodVpc, '10.20.0.0/16', 'acme-prod'), vpc(defaultVpcEast, '172.31.0.0/16', 'default', true)] }),
  ec2(east, 'DescribeSubnets', { Subnets: eastSubnets }),
  ec2(east, 'DescribeSecurityGroups', { SecurityGroups: eastGroups }),
  ec2(east, 'DescribeNetworkAcls', { NetworkAcls: eastAcls }),
  ec2(east, 'DescribeNetworkInterfaces', { NetworkInterfaces: eastInterfaces }),
  ec2(east, 'DescribeFlowLogs', {
    FlowLogs: [
      flowLog({ id: 'fl-0a1b2c3d4e5f60101', resource: prodVpc, traffic: 'ALL', destination: 'arn:aws:s3:::acme-vpc-flow-logs', created: '2025-02-10T12:00:00.000Z' }),
      // On the default VPC's subnet only: the VPC itself has no flow log.
      flowLog({ id: 'fl-0a1b2c3d4e5f60102', resource: 'subnet-0a1b2c3d4e5f60190', traffic: 'ALL', destination: 'arn:aws:s3:::acme-vpc-flow-logs', created: '2025-08-01T08:30:00.000Z' }),
    ],
  }),
  ec2(east, 'DescribeVpcEndpoints', {
    VpcEndpoints: [
      endpoint(east, { id: 'vpce-0a1b2c3d4e5f60101', vpc: prodVpc, service: 'ec2', subnets: ['subnet-0a1b2c3d4e5f60102'], groups: [sgEast.endpoints], created: '2025-03-04T10:00:00.000Z' }),
      endpoint(east, { id: 'vpce-0a1b2c3d4e5f60102', vpc: prodVpc, service: 's3', type: 'Gateway', created: '2025-03-04T10:05:00.000Z' }),
    ],
  }),
  ec2(east, 'DescribeTransitGateways', { TransitGateways: [transitGateway(east, { id: 'tgw-0a1b2c3d4e5f60101', name: 'acme-core-tgw', autoAccept: 'disable', created: '2024-11-12T15:00:00.000Z' })] }),
  ec2(east, 'DescribeClientVpnEndpoints', {
    ClientVpnEndpoints: [clientVpn(east, { id: 'cvpn-endpoint-0a1b2c3d4e5f60101', name: 'acme-staff-vpn', vpc: prodVpc, group: sgEast.vpn[0], logGroup: '/vpn/client-connections', created: '2025-01-20T09:00:00' })],
  }),
  ec2(east, 'DescribeVpnConnections', {
    VpnConnections: [
      vpnConnection({ id: 'vpn-0a1b2c3d4e5f60101', name: 'dc-primary', customerGateway: 'cgw-0a1b2c3d4e5f60101', vpnGateway: 'vgw-0a1b2c3d4e5f60101', tunnels: [tunnel(east, '3.210.10.11', '169.254.21.0/30', true), tunnel(east, '3.210.10.12', '169.254.21.4/30', true)] }),
      vpnConnection({ id: 'vpn-0a1b2c3d4e5f60102', name: 'dc-backup', customerGateway: 'cgw-0a1b2c3d4e5f60102', vpnGateway: 'vgw-0a1b2c3d4e5f60101', tunnels: [tunnel(east, '3.210.10.21', '169.254.22.0/30', true), tunnel(east, '3.210.10.22', '169.254.22.4/30', false)] }),
    ],
  }),
  ec2(east, 'DescribeVpcBlockPublicAccessOptions', blockPublicAccess(east, 'block-ingress', '2025-06-02T07:00:00.000Z')),

  ec2(west, 'DescribeVpcs', { Vpcs: [vpc(apiVpc, '10.40.0.0/16', 'eu-api'), vpc(analyticsVpc, '10.50.0.0/16', 'eu-analytics')] }),
  ec2(west, 'DescribeSubnets', { Subnets: westSubnets }),
  ec2(west, 'DescribeSecurityGroups', { SecurityGroups: westGroups }),
  ec2(west, 'DescribeNetworkAcls', { NetworkAcls: westAcls }),
  ec2(west, 'DescribeNetworkInterfaces', { NetworkInterfaces: westInterfaces }),
  ec2(west, 'DescribeFlowLogs', {
    FlowLogs: [
      flowLog({ id: 'fl-0e1f2a3b4c5d60201', resource: apiVpc, traffic: 'REJECT', destination: 'arn:aws:logs:eu-west-1:123456789012:log-group:/vpc/eu-api-flow-logs', created: '2026-01-15T11:00:00.000Z' }),
      // Accepted traffic only: rejected probes go unrecorded.
      flowLog({ id: 'fl-0e1f2a3b4c5d60202', resource: analyticsVpc, traffic: 'ACCEPT', destination: 'arn:aws:s3:::acme-eu-flow-logs', created: '2026-02-03T16:20:00.000Z' }),
    ],
  }),
  ec2(west, 'DescribeVpcEndpoints', {
    VpcEndpoints: [endpoint(west, { id: 'vpce-0e1f2a3b4c5d60201', vpc: analyticsVpc, service: 'ec2', subnets: ['subnet-0e1f2a3b4c5d60202'], groups: [sgWest.endpoints], created: '2026-02-03T16:00:00.000Z' })],
  }),
  ec2(west, 'DescribeTransitGateways', { TransitGateways: [transitGateway(west, { id: 'tgw-0e1f2a3b4c5d60201', name: 'eu-shared-services-tgw', autoAccept: 'enable', created: '2025-09-09T13:00:00.000Z' })] }),
  ec2(west, 'DescribeClientVpnEndpoints', {
    ClientVpnEndpoints: [clientVpn(west, { id: 'cvpn-endpoint-0e1f2a3b4c5d60201', name: 'eu-contractors-vpn', vpc: apiVpc, group: sgWest.vpn[0], created: '2026-04-11T14:00:00' })],
  }),
  ec2(west, 'DescribeVpnConnections', { VpnConnections: [] }),
  ec2(west, 'DescribeVpcBlockPublicAccessOptions', blockPublicAccess(west, 'off')),
];
