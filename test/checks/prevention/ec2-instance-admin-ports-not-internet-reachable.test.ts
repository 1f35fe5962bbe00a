import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-instance-admin-ports-not-internet-reachable.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import {
  ALLOW_ALL_IN,
  entry,
  IGW,
  instanceReach,
  lbPath,
  network,
  networkAcl,
  ok,
  perm,
  PUBLIC_SUBNET,
  publicInstance,
  refused,
  securityGroup,
  SG,
  instance,
  eni,
} from '../../fixtures/exposure-network.js';

const ID = 'i-0a1b2c3d4e5f60001';
const judge = (...reach: ReturnType<typeof instanceReach>[]) => evaluate(check, { 'exposure.instances': reach });
const withGroup = (...perms: ReturnType<typeof perm>[]) => network({ securityGroups: ok([securityGroup(SG, perms, 'web')]) });

describe('ec2-instance-admin-ports-not-internet-reachable', () => {
  it('fails an instance the internet reaches on SSH, stating the proof path', () => {
    const [f] = judge(instanceReach(publicInstance(ID, { name: 'bastion' })));
    expect(f).toMatchObject({ status: 'FAIL', resourceId: ID, resourceArn: `arn:aws:ec2:us-east-1:123456789012:instance/${ID}` });
    expect(f!.message).toBe(
      `Instance ${ID} (bastion) is reachable from the internet on admin ports (TCP 22 from 0.0.0.0/0): public IP 54.10.20.30 (eni-0a1b2c3d4e5f60001) <- ${IGW} via rtb-0a1b2c3d4e5f60001 (route 0.0.0.0/0 -> ${IGW}) <- acl-0a1b2c3d4e5f60001 inbound rule 100 allows all traffic from 0.0.0.0/0; reply: outbound rule 100 allows all traffic to 0.0.0.0/0 <- ${SG} inbound TCP 22 from 0.0.0.0/0 (ssh-world).`,
    );
    expect(f!.evidence!.reachable).toEqual([
      expect.objectContaining({ family: 'ipv4', protocol: 'tcp', ports: '22', sources: '0.0.0.0/0' }),
    ]);
    expect(f!.evidence!.reachable![0]!.path.map((h) => h.kind)).toEqual(['public-ip', 'internet-gateway', 'route-table', 'network-acl', 'security-group']);
  });

  it('names only the admin ports of a wide-open group, and WinRM as a range', () => {
    const [f] = judge(instanceReach(publicInstance(ID), withGroup(perm('tcp', [0, 65535], { v4: ['0.0.0.0/0'] }))));
    expect(f!.evidence!.reachable!.map((r) => r.ports)).toEqual(['22-23', '3389', '5900', '5985-5986']);
  });

  it('says that a stopped instance is exposed again when started', () => {
    const [f] = judge(instanceReach(publicInstance(ID, { state: 'stopped' })));
    expect(f!.status).toBe('FAIL');
    expect(f!.message).toContain('It is stopped: the exposure returns when it is started.');
  });

  it('passes an instance without a public address', () => {
    const findings = judge(instanceReach(instance(ID, { enis: [eni('eni-1', { instance: ID })] })));
    expect(verdicts(findings)).toEqual([['PASS', ID]]);
    expect(findings[0]!.message).toBe(`Instance ${ID} has no admin ports reachable from the internet: it has no public IPv4 address and no IPv6 address.`);
  });

  it('passes an instance reachable only on HTTPS, and says what is reachable', () => {
    const [f] = judge(instanceReach(publicInstance(ID), withGroup(perm('tcp', [443, 443], { v4: ['0.0.0.0/0'] }))));
    expect(f!.status).toBe('PASS');
    expect(f!.message).toContain('only TCP 443 from 0.0.0.0/0 is reachable');
  });

  it('near miss: a UDP deny in the network ACL leaves TCP 22 open (FAIL)', () => {
    const net = network({ networkAcls: ok([networkAcl('acl-1', { isDefault: true, subnets: [PUBLIC_SUBNET], inbound: [entry(90, 'deny', '17', '0.0.0.0/0', [22, 22]), ...ALLOW_ALL_IN] })]) });
    expect(verdicts(judge(instanceReach(publicInstance(ID), net)))).toEqual([['FAIL', ID]]);
  });

  it('near miss: SSH open to a private range only passes', () => {
    expect(verdicts(judge(instanceReach(publicInstance(ID), withGroup(perm('tcp', [22, 22], { v4: ['10.0.0.0/8'] })))))).toEqual([['PASS', ID]]);
  });

  it('near miss: reachable through a load balancer only is named but does not fail', () => {
    const [f] = judge(instanceReach(instance(ID, { enis: [eni('eni-1', { instance: ID })] }), network(), { through: [lbPath(22)] }));
    expect(f!.status).toBe('PASS');
    expect(f!.message).toContain('It is reachable through load balancer web on TCP 22');
  });

  it('reports ERROR, not PASS, when the route tables cannot be read', () => {
    const findings = judge(instanceReach(publicInstance(ID), network({ routeTables: refused('ec2:DescribeRouteTables') })));
    expect(verdicts(findings)).toEqual([['ERROR', ID]]);
    expect(findings[0]!.message).toContain('ec2:DescribeRouteTables');
    expect(findings[0]!.message).toContain('the route tables');
  });

  it('passes an instance without a public address when the security groups cannot be read, naming the failed read', () => {
    const [f] = judge(instanceReach(instance(ID, { enis: [eni('eni-1', { instance: ID })] }), network({ securityGroups: refused('ec2:DescribeSecurityGroups') })));
    expect(f!.status).toBe('PASS');
    expect(f!.message).toContain('it has no public IPv4 address and no IPv6 address.');
    expect(f!.message).toContain('Not read, and not needed for this verdict: the security groups (ec2:DescribeSecurityGroups failed: ');
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'exposure.instances': awsError('UnauthorizedOperation', 'ec2:DescribeInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
