// The routing datasets of the exposure analysis against recorded answers: route tables, internet
// gateways, managed prefix lists (entries of customer-managed ones only) and VPC Block Public
// Access exclusions (read only when the mode blocks).
import { describe, expect, it } from 'vitest';
import { type RecordedCall } from '../../src/data/inventory.js';
import { replayLoader } from '../helpers/replay-loader.js';

const REGION = 'us-east-1';
const answer = (operation: string, input: Record<string, unknown>, output: unknown, region = REGION): RecordedCall => ({ service: 'ec2', region, operation, input, output });
const refused = (operation: string, input: Record<string, unknown>, code: string): RecordedCall => ({ service: 'ec2', region: REGION, operation, input, error: { code, message: `refused ${operation}`, httpStatus: code === 'UnauthorizedOperation' ? 403 : 400 } });
const loaderFor = (calls: RecordedCall[]) => replayLoader(calls, [REGION]);

describe('ec2 routing datasets', () => {
  it('pages route tables and internet gateways to the end', async () => {
    const { loader, sent } = loaderFor([
      answer('DescribeRouteTables', {}, { RouteTables: [{ RouteTableId: 'rtb-1' }], NextToken: 't2' }),
      answer('DescribeRouteTables', { NextToken: 't2' }, { RouteTables: [{ RouteTableId: 'rtb-2' }] }),
      answer('DescribeInternetGateways', {}, { InternetGateways: [{ InternetGatewayId: 'igw-1', Attachments: [{ VpcId: 'vpc-1', State: 'available' }] }] }),
    ]);
    expect((await loader.load('ec2.routeTables', REGION)).map((t) => t.RouteTableId)).toEqual(['rtb-1', 'rtb-2']);
    expect((await loader.load('ec2.internetGateways', REGION)).map((g) => g.InternetGatewayId)).toEqual(['igw-1']);
    expect(sent.filter((r) => r.operation === 'DescribeRouteTables').map((r) => r.input)).toEqual([{}, { NextToken: 't2' }]);
  });

  it('reads the entries of customer-managed prefix lists only, keeps a refused read per list, drops a deleted list', async () => {
    const { loader, sent } = loaderFor([
      answer('DescribeManagedPrefixLists', {}, {
        PrefixLists: [
          { PrefixListId: 'pl-aws', PrefixListName: 'com.amazonaws.us-east-1.s3', OwnerId: 'AWS', AddressFamily: 'IPv4' },
          { PrefixListId: 'pl-office', PrefixListName: 'office', OwnerId: '123456789012', AddressFamily: 'IPv4' },
          { PrefixListId: 'pl-hidden', PrefixListName: 'partners', OwnerId: '123456789012', AddressFamily: 'IPv4' },
          { PrefixListId: 'pl-gone', PrefixListName: 'old', OwnerId: '123456789012', AddressFamily: 'IPv4' },
        ],
      }),
      answer('GetManagedPrefixListEntries', { PrefixListId: 'pl-office' }, { Entries: [{ Cidr: '198.51.100.0/24', Description: 'HQ' }], NextToken: 'p2' }),
      answer('GetManagedPrefixListEntries', { PrefixListId: 'pl-office', NextToken: 'p2' }, { Entries: [{ Cidr: '203.0.113.0/24' }] }),
      refused('GetManagedPrefixListEntries', { PrefixListId: 'pl-hidden' }, 'UnauthorizedOperation'),
      refused('GetManagedPrefixListEntries', { PrefixListId: 'pl-gone' }, 'InvalidPrefixListID.NotFound'),
    ]);
    const lists = await loader.load('ec2.prefixLists', REGION);
    expect(lists.map((l) => [l.list.PrefixListId, l.entries.ok ? l.entries.value.map((e) => e.Cidr) : l.entries.error.code])).toEqual([
      ['pl-aws', []],
      ['pl-office', ['198.51.100.0/24', '203.0.113.0/24']],
      ['pl-hidden', 'UnauthorizedOperation'],
    ]);
    expect(sent.some((r) => r.operation === 'GetManagedPrefixListEntries' && r.input.PrefixListId === 'pl-aws')).toBe(false);
  });

  it('lists Block Public Access exclusions only when the mode blocks', async () => {
    const off = loaderFor([answer('DescribeVpcBlockPublicAccessOptions', {}, { VpcBlockPublicAccessOptions: { InternetGatewayBlockMode: 'off', State: 'default-state' } })]);
    expect(await off.loader.load('ec2.vpcBlockPublicAccessExclusions', REGION)).toEqual([]);
    expect(off.sent.map((r) => r.operation)).toEqual(['DescribeVpcBlockPublicAccessOptions']);
    const on = loaderFor([
      answer('DescribeVpcBlockPublicAccessOptions', {}, { VpcBlockPublicAccessOptions: { InternetGatewayBlockMode: 'block-ingress', State: 'update-complete' } }),
      answer('DescribeVpcBlockPublicAccessExclusions', {}, { VpcBlockPublicAccessExclusions: [{ ExclusionId: 'vpcbpa-exclude-1', InternetGatewayExclusionMode: 'allow-bidirectional', ResourceArn: 'arn:aws:ec2:us-east-1:123456789012:subnet/subnet-1', State: 'create-complete' }] }),
    ]);
    expect((await on.loader.load('ec2.vpcBlockPublicAccessExclusions', REGION)).map((e) => e.ExclusionId)).toEqual(['vpcbpa-exclude-1']);
  });

  it('lets a refused listing fail the dataset, for the exposure analysis to keep as the error', async () => {
    const { loader } = loaderFor([refused('DescribeRouteTables', {}, 'UnauthorizedOperation')]);
    await expect(loader.load('ec2.routeTables', REGION)).rejects.toMatchObject({ info: { code: 'UnauthorizedOperation', action: 'ec2:DescribeRouteTables' } });
  });
});
