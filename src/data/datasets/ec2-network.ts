import type {
  ClientVpnEndpoint,
  FlowLog,
  NetworkAcl,
  NetworkInterface,
  SecurityGroup,
  Subnet,
  TransitGateway,
  Vpc,
  VpcBlockPublicAccessOptions,
  VpcEndpoint,
  VpnConnection,
} from '@aws-sdk/client-ec2';
import { defineDataset } from '../dataset.js';

declare module '../dataset.js' {
  interface DatasetTypes {
    'ec2.securityGroups': SecurityGroup[];
    'ec2.networkAcls': NetworkAcl[];
    'ec2.networkInterfaces': NetworkInterface[];
    'ec2.vpcs': Vpc[];
    'ec2.flowLogs': FlowLog[];
    'ec2.subnets': Subnet[];
    'ec2.vpcEndpoints': VpcEndpoint[];
    'ec2.transitGateways': TransitGateway[];
    'ec2.clientVpnEndpoints': ClientVpnEndpoint[];
    'ec2.vpnConnections': VpnConnection[];
    /** The region's VPC Block Public Access options; an empty object when EC2 returns none. */
    'ec2.vpcBlockPublicAccess': VpcBlockPublicAccessOptions;
  }
}

export const securityGroups = defineDataset({
  id: 'ec2.securityGroups',
  scope: 'regional',
  operations: ['ec2:DescribeSecurityGroups'],
  fetch: (ctx) => ctx.list<SecurityGroup>('ec2:DescribeSecurityGroups', {}, 'SecurityGroups'),
});

export const networkAcls = defineDataset({
  id: 'ec2.networkAcls',
  scope: 'regional',
  operations: ['ec2:DescribeNetworkAcls'],
  fetch: (ctx) => ctx.list<NetworkAcl>('ec2:DescribeNetworkAcls', {}, 'NetworkAcls'),
});

export const networkInterfaces = defineDataset({
  id: 'ec2.networkInterfaces',
  scope: 'regional',
  operations: ['ec2:DescribeNetworkInterfaces'],
  fetch: (ctx) => ctx.list<NetworkInterface>('ec2:DescribeNetworkInterfaces', {}, 'NetworkInterfaces'),
});

export const vpcs = defineDataset({
  id: 'ec2.vpcs',
  scope: 'regional',
  operations: ['ec2:DescribeVpcs'],
  fetch: (ctx) => ctx.list<Vpc>('ec2:DescribeVpcs', {}, 'Vpcs'),
});

export const flowLogs = defineDataset({
  id: 'ec2.flowLogs',
  scope: 'regional',
  operations: ['ec2:DescribeFlowLogs'],
  fetch: (ctx) => ctx.list<FlowLog>('ec2:DescribeFlowLogs', {}, 'FlowLogs'),
});

export const subnets = defineDataset({
  id: 'ec2.subnets',
  scope: 'regional',
  operations: ['ec2:DescribeSubnets'],
  fetch: (ctx) => ctx.list<Subnet>('ec2:DescribeSubnets', {}, 'Subnets'),
});

export const vpcEndpoints = defineDataset({
  id: 'ec2.vpcEndpoints',
  scope: 'regional',
  operations: ['ec2:DescribeVpcEndpoints'],
  fetch: (ctx) => ctx.list<VpcEndpoint>('ec2:DescribeVpcEndpoints', {}, 'VpcEndpoints'),
});

export const transitGateways = defineDataset({
  id: 'ec2.transitGateways',
  scope: 'regional',
  operations: ['ec2:DescribeTransitGateways'],
  fetch: (ctx) => ctx.list<TransitGateway>('ec2:DescribeTransitGateways', {}, 'TransitGateways'),
});

export const clientVpnEndpoints = defineDataset({
  id: 'ec2.clientVpnEndpoints',
  scope: 'regional',
  operations: ['ec2:DescribeClientVpnEndpoints'],
  fetch: (ctx) => ctx.list<ClientVpnEndpoint>('ec2:DescribeClientVpnEndpoints', {}, 'ClientVpnEndpoints'),
});

export const vpnConnections = defineDataset({
  id: 'ec2.vpnConnections',
  scope: 'regional',
  operations: ['ec2:DescribeVpnConnections'],
  fetch: (ctx) => ctx.list<VpnConnection>('ec2:DescribeVpnConnections', {}, 'VpnConnections'),
});

export const vpcBlockPublicAccess = defineDataset({
  id: 'ec2.vpcBlockPublicAccess',
  scope: 'regional',
  operations: ['ec2:DescribeVpcBlockPublicAccessOptions'],
  async fetch(ctx) {
    const out = await ctx.call<{ VpcBlockPublicAccessOptions?: VpcBlockPublicAccessOptions }>('ec2:DescribeVpcBlockPublicAccessOptions');
    return out?.VpcBlockPublicAccessOptions ?? {};
  },
});

export default [
  securityGroups,
  networkAcls,
  networkInterfaces,
  vpcs,
  flowLogs,
  subnets,
  vpcEndpoints,
  transitGateways,
  clientVpnEndpoints,
  vpnConnections,
  vpcBlockPublicAccess,
];
