// The plain data the reachability engine reads: the fields of EC2, RDS and ELBv2 answers it needs,
// named as AWS names them, so that SDK objects fit without conversion (and tests need no SDK).

export interface Tag {
  Key?: string;
  Value?: string;
}

export interface IpRange {
  CidrIp?: string;
  Description?: string;
}
export interface Ipv6Range {
  CidrIpv6?: string;
  Description?: string;
}
export interface PrefixListRef {
  PrefixListId?: string;
}
export interface GroupPair {
  GroupId?: string;
  GroupName?: string;
  UserId?: string;
}

export interface IpPermission {
  IpProtocol?: string;
  FromPort?: number;
  ToPort?: number;
  IpRanges?: IpRange[];
  Ipv6Ranges?: Ipv6Range[];
  PrefixListIds?: PrefixListRef[];
  UserIdGroupPairs?: GroupPair[];
}

export interface SecurityGroup {
  GroupId?: string;
  GroupName?: string;
  VpcId?: string;
  OwnerId?: string;
  SecurityGroupArn?: string;
  IpPermissions?: IpPermission[];
}

export interface NetworkAclEntry {
  RuleNumber?: number;
  Protocol?: string;
  RuleAction?: string;
  Egress?: boolean;
  CidrBlock?: string;
  Ipv6CidrBlock?: string;
  PortRange?: { From?: number; To?: number };
}

export interface NetworkAcl {
  NetworkAclId?: string;
  VpcId?: string;
  OwnerId?: string;
  IsDefault?: boolean;
  Associations?: Array<{ SubnetId?: string; NetworkAclId?: string }>;
  Entries?: NetworkAclEntry[];
}

export interface Route {
  DestinationCidrBlock?: string;
  DestinationIpv6CidrBlock?: string;
  DestinationPrefixListId?: string;
  GatewayId?: string;
  NatGatewayId?: string;
  TransitGatewayId?: string;
  VpcPeeringConnectionId?: string;
  NetworkInterfaceId?: string;
  InstanceId?: string;
  EgressOnlyInternetGatewayId?: string;
  LocalGatewayId?: string;
  CarrierGatewayId?: string;
  CoreNetworkArn?: string;
  State?: string;
  Origin?: string;
}

export interface RouteTableAssociation {
  Main?: boolean;
  SubnetId?: string;
  GatewayId?: string;
  RouteTableId?: string;
  AssociationState?: { State?: string };
}

export interface RouteTable {
  RouteTableId?: string;
  VpcId?: string;
  OwnerId?: string;
  Associations?: RouteTableAssociation[];
  Routes?: Route[];
}

export interface InternetGateway {
  InternetGatewayId?: string;
  OwnerId?: string;
  Attachments?: Array<{ VpcId?: string; State?: string }>;
}

export interface Subnet {
  SubnetId?: string;
  SubnetArn?: string;
  VpcId?: string;
  OwnerId?: string;
  CidrBlock?: string;
  Ipv6CidrBlockAssociationSet?: Array<{ Ipv6CidrBlock?: string }>;
}

export interface PrivateIp {
  PrivateIpAddress?: string;
  Primary?: boolean;
  Association?: { PublicIp?: string };
}

export interface NetworkInterface {
  NetworkInterfaceId?: string;
  SubnetId?: string;
  VpcId?: string;
  OwnerId?: string;
  Description?: string;
  InterfaceType?: string;
  RequesterId?: string;
  PrivateIpAddress?: string;
  PrivateIpAddresses?: PrivateIp[];
  Association?: { PublicIp?: string };
  Ipv6Addresses?: Array<{ Ipv6Address?: string }>;
  Groups?: Array<{ GroupId?: string; GroupName?: string }>;
  Attachment?: { InstanceId?: string; DeviceIndex?: number; NetworkCardIndex?: number; Status?: string };
}

export interface Instance {
  InstanceId?: string;
  State?: { Name?: string };
  SubnetId?: string;
  VpcId?: string;
  PublicIpAddress?: string;
  Ipv6Address?: string;
  PrivateIpAddress?: string;
  SecurityGroups?: Array<{ GroupId?: string; GroupName?: string }>;
  NetworkInterfaces?: NetworkInterface[];
  IamInstanceProfile?: { Arn?: string; Id?: string };
  MetadataOptions?: { HttpTokens?: string; HttpEndpoint?: string };
  Tags?: Tag[];
}

export interface PrefixList {
  PrefixListId?: string;
  PrefixListName?: string;
  OwnerId?: string;
  AddressFamily?: string;
}

export interface PrefixListEntry {
  Cidr?: string;
  Description?: string;
}

export interface BlockPublicAccessOptions {
  InternetGatewayBlockMode?: string;
  State?: string;
  ExclusionsAllowed?: string;
}

export interface BlockPublicAccessExclusion {
  ExclusionId?: string;
  InternetGatewayExclusionMode?: string;
  ResourceArn?: string;
  State?: string;
}

export interface DBInstance {
  DBInstanceIdentifier?: string;
  DBInstanceArn?: string;
  DBInstanceStatus?: string;
  Engine?: string;
  PubliclyAccessible?: boolean;
  NetworkType?: string;
  Endpoint?: { Address?: string; Port?: number };
  DbInstancePort?: number;
  VpcSecurityGroups?: Array<{ VpcSecurityGroupId?: string; Status?: string }>;
  DBSubnetGroup?: DBSubnetGroup;
}

export interface DBSubnetGroup {
  DBSubnetGroupName?: string;
  VpcId?: string;
  Subnets?: Array<{ SubnetIdentifier?: string; SubnetStatus?: string }>;
}

export interface LoadBalancer {
  LoadBalancerArn?: string;
  LoadBalancerName?: string;
  Scheme?: string;
  Type?: string;
  VpcId?: string;
  IpAddressType?: string;
  SecurityGroups?: string[];
  State?: { Code?: string };
  AvailabilityZones?: Array<{ ZoneName?: string; SubnetId?: string; LoadBalancerAddresses?: Array<{ IpAddress?: string; AllocationId?: string; IPv6Address?: string }> }>;
}

export interface ListenerAction {
  Type?: string;
  TargetGroupArn?: string;
  ForwardConfig?: { TargetGroups?: Array<{ TargetGroupArn?: string }> };
}

export interface Listener {
  ListenerArn?: string;
  LoadBalancerArn?: string;
  Port?: number;
  Protocol?: string;
  DefaultActions?: ListenerAction[];
}

export interface TargetGroup {
  TargetGroupArn?: string;
  TargetGroupName?: string;
  Protocol?: string;
  Port?: number;
  VpcId?: string;
  TargetType?: string;
  LoadBalancerArns?: string[];
}

export interface TargetHealthDescription {
  Target?: { Id?: string; Port?: number; AvailabilityZone?: string };
  TargetHealth?: { State?: string };
}
