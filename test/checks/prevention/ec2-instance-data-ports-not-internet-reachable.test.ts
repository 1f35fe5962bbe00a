import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-instance-data-ports-not-internet-reachable.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { instanceReach, network, ok, perm, publicInstance, refused, securityGroup, SG } from '../../fixtures/exposure-network.js';

const ID = 'i-0a1b2c3d4e5f60002';
const withGroup = (...perms: ReturnType<typeof perm>[]) => network({ securityGroups: ok([securityGroup(SG, perms, 'cache')]) });
const judge = (net: ReturnType<typeof network>) => evaluate(check, { 'exposure.instances': [instanceReach(publicInstance(ID), net)] });

describe('ec2-instance-data-ports-not-internet-reachable', () => {
  it('fails an instance the internet reaches on Redis', () => {
    const [f] = judge(withGroup(perm('tcp', [6379, 6379], { v4: ['0.0.0.0/0'] })));
    expect(f!.status).toBe('FAIL');
    expect(f!.message).toContain('is reachable from the internet on database, cache or search ports (TCP 6379 from 0.0.0.0/0)');
    expect(f!.evidence!.reachable!.map((r) => r.ports)).toEqual(['6379']);
  });

  it('names every data port of an open group, ranges joined', () => {
    const [f] = judge(withGroup(perm('-1', undefined, { v4: ['0.0.0.0/0'] })));
    expect(f!.evidence!.reachable!.map((r) => r.ports)).toEqual(['1433', '1521', '2375-2376', '3306', '5432', '5439', '5984', '6379', '7000-7001', '8086', '9042', '9092', '9200', '9300', '11211', '27017-27018', '50070']);
  });

  it('fails when only part of the internet reaches the port, and says which part', () => {
    const [f] = judge(withGroup(perm('tcp', [5432, 5432], { v4: ['203.0.113.0/24'] })));
    expect(f!.status).toBe('FAIL');
    expect(f!.evidence!.reachable![0]!.sources).toBe('203.0.113.0/24');
  });

  it('passes an instance reachable on SSH only', () => {
    expect(verdicts(judge(network()))).toEqual([['PASS', ID]]);
  });

  it('near miss: port 6380 next to Redis passes', () => {
    const [f] = judge(withGroup(perm('tcp', [6380, 6380], { v4: ['0.0.0.0/0'] })));
    expect(f!.status).toBe('PASS');
  });

  it('reports ERROR when the network ACLs cannot be read', () => {
    const findings = judge(network({ networkAcls: refused('ec2:DescribeNetworkAcls'), securityGroups: ok([securityGroup(SG, [perm('tcp', [3306, 3306], { v4: ['0.0.0.0/0'] })])]) }));
    expect(verdicts(findings)).toEqual([['ERROR', ID]]);
    expect(findings[0]!.message).toContain('ec2:DescribeNetworkAcls');
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'exposure.instances': awsError('UnauthorizedOperation', 'ec2:DescribeInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
