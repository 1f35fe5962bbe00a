import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-instance-only-expected-ports-internet-reachable.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { eni, instance, instanceReach, lbPath, network, ok, perm, publicInstance, refused, securityGroup, SG } from '../../fixtures/exposure-network.js';

const ID = 'i-0a1b2c3d4e5f60003';
const withGroup = (...perms: ReturnType<typeof perm>[]) => network({ securityGroups: ok([securityGroup(SG, perms, 'web')]) });
const judge = (net: ReturnType<typeof network>) => evaluate(check, { 'exposure.instances': [instanceReach(publicInstance(ID), net)] });

describe('ec2-instance-only-expected-ports-internet-reachable', () => {
  it('passes a web server reachable on 80 and 443 and ICMP, with what is reachable as evidence', () => {
    const [f] = judge(withGroup(perm('tcp', [80, 80], { v4: ['0.0.0.0/0'] }), perm('tcp', [443, 443], { v4: ['0.0.0.0/0'] }), perm('icmp', [-1, -1], { v4: ['0.0.0.0/0'] })));
    expect(f!.status).toBe('PASS');
    expect(f!.evidence!.reachable!.map((r) => `${r.protocol} ${r.ports}`)).toEqual(['icmp null', 'tcp 80', 'tcp 443']);
  });

  it('fails an instance reachable on 8080, naming the port', () => {
    const [f] = judge(withGroup(perm('tcp', [80, 8080], { v4: ['0.0.0.0/0'] })));
    expect(f!.status).toBe('FAIL');
    expect(f!.evidence!.reachable!.map((r) => r.ports)).toEqual(['81-442', '444-8080']);
  });

  it('fails UDP and every other protocol of an all-traffic rule', () => {
    const [f] = judge(withGroup(perm('-1', undefined, { v4: ['0.0.0.0/0'] })));
    expect(f!.evidence!.reachable!.map((r) => `${r.protocol} ${r.ports}`)).toEqual(['other null', 'tcp 0-79', 'tcp 81-442', 'tcp 444-65535', 'udp 0-65535']);
  });

  it('passes an instance nothing reaches', () => {
    expect(verdicts(evaluate(check, { 'exposure.instances': [instanceReach(instance(ID, { enis: [eni('eni-1', { instance: ID })] }))] }))).toEqual([['PASS', ID]]);
  });

  it('near miss: ICMP only passes', () => {
    expect(verdicts(judge(withGroup(perm('icmp', [-1, -1], { v4: ['0.0.0.0/0'] }))))).toEqual([['PASS', ID]]);
  });

  it('near miss: port 8443 through a load balancer does not fail it', () => {
    const findings = evaluate(check, { 'exposure.instances': [instanceReach(instance(ID, { enis: [eni('eni-1', { instance: ID })] }), network(), { through: [lbPath(8443)] })] });
    expect(findings[0]).toMatchObject({ status: 'PASS' });
  });

  it('reports ERROR when the security groups cannot be read', () => {
    expect(verdicts(judge(network({ securityGroups: refused('ec2:DescribeSecurityGroups') })))).toEqual([['ERROR', ID]]);
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    expect((await run(check, { 'exposure.instances': awsError('UnauthorizedOperation', 'ec2:DescribeInstances') })).map((f) => f.status)).toEqual(['ERROR']);
  });
});
