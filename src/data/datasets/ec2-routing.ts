import type { InternetGateway, ManagedPrefixList, PrefixListEntry, RouteTable, VpcBlockPublicAccessExclusion } from '@aws-sdk/client-ec2';
import { defineDataset, type Fetched } from '../dataset.js';

/** A managed prefix list and, for customer-managed lists, its entries. */
export interface PrefixListRead {
  list: ManagedPrefixList;
  /** The list's CIDRs; AWS-managed lists (owner `AWS`) are not read: their addresses are an AWS service's. */
  entries: Fetched<PrefixListEntry[]>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'ec2.routeTables': RouteTable[];
    'ec2.internetGateways': InternetGateway[];
    'ec2.prefixLists': PrefixListRead[];
    /** Exclusions from VPC Block Public Access; read only when the region's mode blocks something. */
    'ec2.vpcBlockPublicAccessExclusions': VpcBlockPublicAccessExclusion[];
  }
}

export const routeTables = defineDataset({
  id: 'ec2.routeTables',
  scope: 'regional',
  operations: ['ec2:DescribeRouteTables'],
  fetch: (ctx) => ctx.list<RouteTable>('ec2:DescribeRouteTables', {}, 'RouteTables'),
});

export const internetGateways = defineDataset({
  id: 'ec2.internetGateways',
  scope: 'regional',
  operations: ['ec2:DescribeInternetGateways'],
  fetch: (ctx) => ctx.list<InternetGateway>('ec2:DescribeInternetGateways', {}, 'InternetGateways'),
});

const isAwsManaged = (list: ManagedPrefixList) => list.OwnerId === 'AWS' || (list.PrefixListName ?? '').startsWith('com.amazonaws.');

/**
 * Every managed prefix list of the region; the entries of the customer-managed ones, which security
 * group rules and routes may name. A list deleted between the two reads is dropped.
 */
export const prefixLists = defineDataset({
  id: 'ec2.prefixLists',
  scope: 'regional',
  operations: ['ec2:DescribeManagedPrefixLists', 'ec2:GetManagedPrefixListEntries'],
  async fetch(ctx) {
    const lists = await ctx.list<ManagedPrefixList>('ec2:DescribeManagedPrefixLists', {}, 'PrefixLists');
    const customer = lists.filter((l) => l.PrefixListId && !isAwsManaged(l));
    const read = await ctx.perItem(
      customer,
      (list) => ctx.list<PrefixListEntry>('ec2:GetManagedPrefixListEntries', { PrefixListId: list.PrefixListId }, 'Entries'),
      ['InvalidPrefixListID.NotFound', 'InvalidPrefixListId.NotFound'],
    );
    const entries = new Map(read.map(({ item, result }) => [item, result]));
    return lists
      .filter((l) => isAwsManaged(l) || entries.has(l))
      .map((list) => ({ list, entries: entries.get(list) ?? { ok: true, value: [] } }));
  },
});

export const vpcBlockPublicAccessExclusions = defineDataset({
  id: 'ec2.vpcBlockPublicAccessExclusions',
  scope: 'regional',
  operations: ['ec2:DescribeVpcBlockPublicAccessExclusions'],
  deps: ['ec2.vpcBlockPublicAccess'],
  async fetch(ctx) {
    const options = await ctx.get('ec2.vpcBlockPublicAccess');
    const mode = options.InternetGatewayBlockMode ?? 'off';
    // Exclusions only let traffic through what the mode blocks: with the mode off they change nothing.
    if (mode === 'off') return [];
    return ctx.list<VpcBlockPublicAccessExclusion>('ec2:DescribeVpcBlockPublicAccessExclusions', {}, 'VpcBlockPublicAccessExclusions');
  },
});

export default [routeTables, internetGateways, prefixLists, vpcBlockPublicAccessExclusions];
