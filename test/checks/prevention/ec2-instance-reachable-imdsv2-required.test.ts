import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-instance-reachable-imdsv2-required.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { eni, instance, instanceReach, lbPath, network, publicInstance, refused } from '../../fixtures/exposure-network.js';

const ID = 'i-0a1b2c3d4e5f60005';
const judge = (reach: ReturnType<typeof instanceReach>) => evaluate(check, { 'exposure.instances': [reach] });

describe('ec2-instance-reachable-imdsv2-required', () => {
  it('fails a reachable instance with an instance profile that allows IMDSv1', () => {
    const [f] = judge(instanceReach(publicInstance(ID, { profile: 'web-profile', tokens: 'optional' })));
    expect(f!.status).toBe('FAIL');
    expect(f!.message).toContain('holds instance profile web-profile and allows IMDSv1 (HttpTokens optional)');
    expect(f!.evidence!.reachable).toHaveLength(1);
  });

  it('fails an instance reachable only through a load balancer', () => {
    const inner = instance(ID, { profile: 'web-profile', tokens: 'optional', enis: [eni('eni-1', { instance: ID })] });
    expect(verdicts(judge(instanceReach(inner, network(), { through: [lbPath(8080)] })))).toEqual([['FAIL', ID]]);
  });

  it('passes a reachable instance that requires IMDSv2, or has the endpoint disabled', () => {
    expect(verdicts(judge(instanceReach(publicInstance(ID, { profile: 'web-profile', tokens: 'required' }))))).toEqual([['PASS', ID]]);
    expect(verdicts(judge(instanceReach(publicInstance(ID, { profile: 'web-profile', tokens: 'optional', endpoint: 'disabled' }))))).toEqual([['PASS', ID]]);
  });

  it('near miss: IMDSv1 on an instance without an instance profile passes', () => {
    const [f] = judge(instanceReach(publicInstance(ID, { tokens: 'optional' })));
    expect(f).toMatchObject({ status: 'PASS', message: `Instance ${ID} holds no instance profile: there are no role credentials in its metadata.` });
  });

  it('near miss: IMDSv1 on an instance nothing reaches passes', () => {
    expect(verdicts(judge(instanceReach(instance(ID, { profile: 'p', tokens: 'optional', enis: [eni('eni-1', { instance: ID })] }))))).toEqual([['PASS', ID]]);
  });

  it('reports ERROR when its reachability cannot be judged', () => {
    expect(verdicts(judge(instanceReach(publicInstance(ID, { profile: 'p', tokens: 'optional' }), network({ networkAcls: refused('ec2:DescribeNetworkAcls') }))))).toEqual([['ERROR', ID]]);
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    expect((await run(check, { 'exposure.instances': awsError('UnauthorizedOperation', 'ec2:DescribeInstances') })).map((f) => f.status)).toEqual(['ERROR']);
  });
});
