import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/rds-instance-not-internet-reachable.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { NetworkIndex } from '../../../src/exposure/network/paths.js';
import { evaluateDbInstance } from '../../../src/exposure/network/resources.js';
import type { DBInstance } from '../../../src/exposure/network/types.js';
import { network, ok, perm, PRIVATE_SUBNET, PUBLIC_SUBNET, refused, securityGroup, VPC } from '../../fixtures/exposure-network.js';

const db = (o: Partial<DBInstance> = {}): DBInstance => ({
  DBInstanceIdentifier: 'orders-pg',
  DBInstanceArn: 'arn:aws:rds:us-east-1:123456789012:db:orders-pg',
  Engine: 'postgres',
  DBInstanceStatus: 'available',
  PubliclyAccessible: true,
  Endpoint: { Address: 'orders-pg.c9akciq32.us-east-1.rds.amazonaws.com', Port: 5432 },
  DbInstancePort: 0,
  VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-db', Status: 'active' }],
  DBSubnetGroup: { DBSubnetGroupName: 'db', VpcId: VPC, Subnets: [{ SubnetIdentifier: PUBLIC_SUBNET, SubnetStatus: 'Active' }, { SubnetIdentifier: PRIVATE_SUBNET, SubnetStatus: 'Active' }] },
  ...o,
});
const open = (port: number, cidr = '0.0.0.0/0') => network({ securityGroups: ok([securityGroup('sg-db', [perm('tcp', [port, port], { v4: [cidr] })], 'orders-db')]) });
const judge = (instance: DBInstance, net = open(5432)) => evaluate(check, { 'exposure.dbInstances': [{ db: instance, ...evaluateDbInstance(new NetworkIndex(net), instance, undefined, instance.DBInstanceArn!) }] });

describe('rds-instance-not-internet-reachable', () => {
  it('fails a publicly accessible instance whose group admits the internet on its port, with the path', () => {
    const [f] = judge(db());
    expect(f).toMatchObject({ status: 'FAIL', resourceId: 'orders-pg', resourceArn: 'arn:aws:rds:us-east-1:123456789012:db:orders-pg' });
    expect(f!.message).toContain('DB instance orders-pg is reachable from the internet on its port (TCP 5432 from 0.0.0.0/0): publicly accessible endpoint orders-pg.c9akciq32.us-east-1.rds.amazonaws.com');
    expect(f!.evidence!.reachable).toEqual([expect.objectContaining({ protocol: 'tcp', ports: '5432', sources: '0.0.0.0/0' })]);
  });

  it('passes an instance that is not publicly accessible', () => {
    const [f] = judge(db({ PubliclyAccessible: false }));
    expect(f).toMatchObject({ status: 'PASS', message: 'DB instance orders-pg is not reachable from the internet on its port 5432: it is not publicly accessible.' });
  });

  it('near miss: a publicly accessible instance whose group admits only another port passes', () => {
    expect(verdicts(judge(db({ Endpoint: { Port: 5433 } })))).toEqual([['PASS', 'orders-pg']]);
  });

  it('near miss: a publicly accessible instance in private subnets only passes', () => {
    const [f] = judge(db({ DBSubnetGroup: { VpcId: VPC, Subnets: [{ SubnetIdentifier: PRIVATE_SUBNET }] } }));
    expect(f!.status).toBe('PASS');
    expect(f!.message).toContain('sends no internet traffic to an attached internet gateway');
  });

  it('reports ERROR when the security groups cannot be read', () => {
    const findings = judge(db(), network({ securityGroups: refused('ec2:DescribeSecurityGroups') }));
    expect(verdicts(findings)).toEqual([['ERROR', 'orders-pg']]);
    expect(findings[0]!.message).toContain('ec2:DescribeSecurityGroups');
  });

  it('reports ERROR when the DB instances cannot be listed', async () => {
    expect((await run(check, { 'exposure.dbInstances': awsError('AccessDenied', 'rds:DescribeDBInstances') })).map((f) => f.status)).toEqual(['ERROR']);
  });
});
