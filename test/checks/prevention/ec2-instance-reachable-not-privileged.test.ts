import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-instance-reachable-not-privileged.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { eni, instance, instanceReach, lbPath, network, publicInstance, refused } from '../../fixtures/exposure-network.js';
import { ADMIN_POLICY, allow, analyse, role, trustService, type World } from '../../fixtures/iam-identities.js';

const ID = 'i-0a1b2c3d4e5f60004';
const ec2Trust = trustService('ec2.amazonaws.com');
const identities = (roles: World['roles'], extra: Partial<World> = {}) => analyse({ roles, ...extra });
const judge = (reach: ReturnType<typeof instanceReach>, ids = identities([role('web', { profiles: ['web-profile'], trust: ec2Trust })])) => evaluate(check, { 'exposure.instances': [reach], 'exposure.identities': ids });

describe('ec2-instance-reachable-not-privileged', () => {
  it('fails a reachable instance whose role is admin-equivalent', () => {
    const [f] = judge(instanceReach(publicInstance(ID, { profile: 'web-profile' })), identities([role('web', { profiles: ['web-profile'], trust: ec2Trust, managed: [ADMIN_POLICY] })]));
    expect(f!.status).toBe('FAIL');
    expect(f!.message).toContain('its instance profile web-profile holds role web, which is admin-equivalent (AdministratorAccess)');
    expect(f!.evidence!.reachable![0]).toMatchObject({ protocol: 'tcp', ports: '22' });
  });

  it('fails a reachable instance whose role can escalate, with the chain', () => {
    const web = role('web', { profiles: ['web-profile'], trust: ec2Trust, inline: [allow('iam:PutRolePolicy', 'arn:aws:iam::123456789012:role/web')] });
    const [f] = judge(instanceReach(publicInstance(ID, { profile: 'web-profile' })), identities([web]));
    expect(f!.status).toBe('FAIL');
    expect(f!.message).toContain('which can escalate to administrator: role web -> iam:PutRolePolicy(web) -> role web (admin-equivalent after the change)');
    expect(f!.evidence!.chains![0]!.steps[0]!.method).toBe(5);
  });

  it('counts reachability through a load balancer', () => {
    const inner = instance(ID, { profile: 'web-profile', enis: [eni('eni-1', { instance: ID })] });
    const [f] = judge(instanceReach(inner, network(), { through: [lbPath(8080)] }), identities([role('web', { profiles: ['web-profile'], trust: ec2Trust, managed: [ADMIN_POLICY] })]));
    expect(f!.status).toBe('FAIL');
    expect(f!.evidence!.reachable![0]!.path.at(-1)!.kind).toBe('load-balancer');
  });

  it('passes a reachable instance whose role is neither admin nor escalating', () => {
    expect(verdicts(judge(instanceReach(publicInstance(ID, { profile: 'web-profile' }))))).toEqual([['PASS', ID]]);
  });

  it('near miss: an admin role on an instance nothing reaches passes', () => {
    const hidden = instance(ID, { profile: 'web-profile', enis: [eni('eni-1', { instance: ID })] });
    const [f] = judge(instanceReach(hidden), identities([role('web', { profiles: ['web-profile'], trust: ec2Trust, managed: [ADMIN_POLICY] })]));
    expect(f).toMatchObject({ status: 'PASS' });
    expect(f!.message).toContain('is not reachable from the internet');
  });

  it('reports ERROR when its reachability cannot be judged', () => {
    const findings = judge(instanceReach(publicInstance(ID, { profile: 'web-profile' }), network({ routeTables: refused('ec2:DescribeRouteTables') })));
    expect(verdicts(findings)).toEqual([['ERROR', ID]]);
  });

  it('reports ERROR when the role\'s policies cannot be read', () => {
    const ids = identities([role('web', { profiles: ['web-profile'], trust: ec2Trust, managed: ['arn:aws:iam::aws:policy/PowerUserAccess'] })], { awsManaged: 'unreadable' });
    expect(verdicts(judge(instanceReach(publicInstance(ID, { profile: 'web-profile' })), ids))).toEqual([['ERROR', ID]]);
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'exposure.instances': awsError('UnauthorizedOperation', 'ec2:DescribeInstances'), 'exposure.identities': identities([]) });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
