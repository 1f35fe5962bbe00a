import type { FlowLog, NetworkAcl, NetworkInterface, SecurityGroup, Vpc } from '@aws-sdk/client-ec2';
import { defineDataset } from '../dataset.js';

declare module '../dataset.js' {
  interface DatasetTypes {
    'ec2.securityGroups': SecurityGroup[];
    'ec2.networkAcls': NetworkAcl[];
    'ec2.networkInterfaces': NetworkInterface[];
    'ec2.vpcs': Vpc[];
    'ec2.flowLogs': FlowLog[];
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

export default [securityGroups, networkAcls, networkInterfaces, vpcs, flowLogs];
