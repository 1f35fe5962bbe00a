import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/rds-instance-not-in-public-subnet.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import type { DBInstance } from '@aws-sdk/client-rds';
import type { RouteTable } from '../../../src/exposure/network/types.js';
import { IGW, NAT, PRIVATE_SUBNET, PUBLIC_SUBNET, route, routeTable, VPC } from '../../fixtures/exposure-network.js';

const ID = 'orders-pg';
const db = (subnets: string[] = [PRIVATE_SUBNET], o: Partial<DBInstance> = {}): DBInstance => ({
  DBInstanceIdentifier: ID,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${ID}`,
  Engine: 'postgres',
  DBInstanceStatus: 'available',
  PubliclyAccessible: false,
  DBSubnetGroup: { DBSubnetGroupName: 'orders-db', VpcId: VPC, SubnetGroupStatus: 'Complete', Subnets: subnets.map((SubnetIdentifier) => ({ SubnetIdentifier, SubnetStatus: 'Active', SubnetAvailabilityZone: { Name: 'us-east-1a' } })) },
  ...o,
});
/** The VPC's main table routes to the internet gateway; the private subnet has its own table through the NAT. */
const TABLES: RouteTable[] = [
  routeTable('rtb-main', { main: true, routes: [route('0.0.0.0/0', IGW)] }),
  routeTable('rtb-private', { subnets: [PRIVATE_SUBNET], routes: [route('0.0.0.0/0', NAT)] }),
];
const judge = (instance: DBInstance, tables: RouteTable[] = TABLES) => evaluate(check, { 'rds.instances': [instance], 'ec2.routeTables': tables });
const privateWith = (...routes: ReturnType<typeof route>[]) => [routeTable('rtb-main', { main: true, routes: [] }), routeTable('rtb-private', { subnets: [PRIVATE_SUBNET], routes })];

describe('rds-instance-not-in-public-subnet', () => {
  it('passes an instance whose every subnet routes the internet through a NAT gateway', () => {
    const [f] = judge(db());
    expect(f).toMatchObject({ status: 'PASS', resourceId: ID, resourceArn: `arn:aws:rds:us-east-1:123456789012:db:${ID}` });
    expect(f!.message).toBe(`DB instance ${ID} has no subnet of orders-db with a route to an internet gateway: ${PRIVATE_SUBNET} (route table rtb-private: 0.0.0.0/0 -> ${NAT}).`);
  });

  it("fails through the VPC's main route table when the subnet has no table of its own, naming subnet and table", () => {
    const [f] = judge(db([PRIVATE_SUBNET, PUBLIC_SUBNET]));
    expect(f!.status).toBe('FAIL');
    expect(f!.message).toBe(`DB instance ${ID} can be placed in a public subnet of orders-db: ${PUBLIC_SUBNET} (the main route table rtb-main of ${VPC}: 0.0.0.0/0 -> ${IGW}).`);
  });

  it('fails on an IPv6 default route to an internet gateway', () => {
    expect(verdicts(judge(db(), privateWith(route('::/0', IGW))))).toEqual([['FAIL', ID]]);
  });

  it('fails an instance that is not publicly accessible, and an Aurora member, all the same', () => {
    expect(verdicts(judge(db([PUBLIC_SUBNET], { PubliclyAccessible: false, Engine: 'aurora-postgresql', DBClusterIdentifier: 'shop' })))).toEqual([['FAIL', ID]]);
  });

  it('an explicit association wins over the main table: a private table keeps a subnet private', () => {
    expect(verdicts(judge(db([PRIVATE_SUBNET])))).toEqual([['PASS', ID]]);
  });

  it('near miss: an IPv6 default route to an egress-only internet gateway passes', () => {
    const [f] = judge(db(), privateWith(route('0.0.0.0/0', NAT), route('::/0', 'eigw-0a1b2c3d4e5f60001')));
    expect(f!.status).toBe('PASS');
    expect(f!.message).toContain('::/0 -> eigw-0a1b2c3d4e5f60001');
  });

  it('near miss: a blackhole route to an internet gateway passes, and says it is a blackhole', () => {
    const [f] = judge(db(), privateWith(route('0.0.0.0/0', IGW, 'blackhole')));
    expect(f!.status).toBe('PASS');
    expect(f!.message).toContain(`0.0.0.0/0 -> ${IGW} (blackhole)`);
  });

  it('near miss: a prefix-list or narrower destination to an internet gateway is not a default route (PASS)', () => {
    expect(verdicts(judge(db(), privateWith(route('pl-0a1b2c3d4e5f60001', IGW), route('203.0.113.0/24', IGW))))).toEqual([['PASS', ID]]);
  });

  it('near miss: a transit gateway default route passes', () => {
    expect(verdicts(judge(db(), privateWith(route('0.0.0.0/0', 'tgw-0a1b2c3d4e5f60001'))))).toEqual([['PASS', ID]]);
  });

  it('reports ERROR, not PASS, for a subnet without a known route table', () => {
    const [f] = judge(db([PRIVATE_SUBNET, 'subnet-elsewhere']), [routeTable('rtb-private', { subnets: [PRIVATE_SUBNET], routes: [route('0.0.0.0/0', NAT)] })]);
    expect(f!.status).toBe('ERROR');
    expect(f!.message).toContain('subnet-elsewhere');
  });

  it('still fails when another subnet of the group has no known route table but one is public', () => {
    const tables = [routeTable('rtb-public', { subnets: [PUBLIC_SUBNET], routes: [route('0.0.0.0/0', IGW)] })];
    const [f] = judge(db([PUBLIC_SUBNET, 'subnet-elsewhere']), tables);
    expect(f!.status).toBe('FAIL');
    expect(f!.message).toContain('The route table of subnet-elsewhere is not known.');
  });

  it('reports ERROR for an instance without subnets in its DB subnet group', () => {
    expect(verdicts(judge(db([], { DBSubnetGroup: undefined })))).toEqual([['ERROR', ID]]);
  });

  it('reports ERROR when the route tables cannot be read', async () => {
    const findings = await run(check, { 'rds.instances': [db()], 'ec2.routeTables': awsError('UnauthorizedOperation', 'ec2:DescribeRouteTables') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'ec2:DescribeRouteTables']]);
  });
});
