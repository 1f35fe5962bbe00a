import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/efs-file-system-policy-not-public.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { fileSystem, fsArn, read } from '../../fixtures/efs.js';

const ID = 'fs-0a1b2c3d4e5f60001';
const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Id: 'efs-policy-wizard-1', Statement: statements });
const clientActions = ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'];
const toEveryone = (extra: object = {}) => ({ Sid: 'open', Effect: 'Allow', Principal: { AWS: '*' }, Action: clientActions, Resource: fsArn(ID), ...extra });
const judge = (text: string | undefined) => evaluate(check, { 'efs.fileSystemPolicies': [read(fileSystem(ID), ok(text))] });

describe('efs-file-system-policy-not-public', () => {
  it('passes a file system without a policy, saying its security groups govern access', () => {
    const findings = judge(undefined);
    expect(verdicts(findings)).toEqual([['PASS', ID]]);
    expect(findings[0]!.message).toBe(`EFS file system ${ID} has no file system policy: access governed by mount target security groups.`);
  });

  it('passes "*" pinned by elasticfilesystem:AccessedViaMountTarget true (the console\'s default statement)', () => {
    const findings = judge(policy(toEveryone({ Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } } })));
    expect(findings[0]!.status).toBe('PASS');
  });

  it('passes grants to named roles and "*" pinned to the organization', () => {
    const findings = judge(
      policy(
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/app' }, Action: clientActions },
        toEveryone({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }),
      ),
    );
    expect(findings[0]!.status).toBe('PASS');
  });

  it('fails an Allow to everyone without a pinning condition and names the statement', () => {
    const findings = judge(policy(toEveryone()));
    expect(verdicts(findings)).toEqual([['FAIL', ID]]);
    expect(findings[0]!.message).toBe(
      `EFS file system ${ID} has a public file system policy: statement 'open' allows elasticfilesystem:ClientMount, elasticfilesystem:ClientWrite, elasticfilesystem:ClientRootAccess to everyone, with no condition pinning the caller.`,
    );
  });

  it('near miss: AccessedViaMountTarget false, BoolIfExists, or aws:SecureTransport alone pins nothing', () => {
    for (const condition of [
      { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'false' } },
      { BoolIfExists: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
      { Bool: { 'aws:SecureTransport': 'true' } },
    ]) {
      expect(judge(policy(toEveryone({ Condition: condition })))[0]!.status, JSON.stringify(condition)).toBe('FAIL');
    }
  });

  it('near miss: an IfExists principal condition pins nothing, since NFS clients without IAM are anonymous', () => {
    expect(judge(policy(toEveryone({ Condition: { StringEqualsIfExists: { 'aws:PrincipalAccount': '123456789012' } } })))[0]!.status).toBe('FAIL');
  });

  it('fails NotPrincipal, which grants everyone not named', () => {
    const findings = judge(policy({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:role/blocked' }, Action: 'elasticfilesystem:ClientMount' }));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('everyone not named in its NotPrincipal');
  });

  it('reports ERROR for a refused read and for a policy that cannot be parsed', () => {
    const findings = evaluate(check, {
      'efs.fileSystemPolicies': [
        read(fileSystem('fs-01'), failed(awsError('AccessDeniedException', 'elasticfilesystem:DescribeFileSystemPolicy'))),
        read(fileSystem('fs-02'), ok('{"Statement": {"Effect": "Permit"}}')),
      ],
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'fs-01'],
      ['ERROR', 'fs-02'],
    ]);
  });

  it('reports ERROR when the file systems cannot be listed', async () => {
    const findings = await run(check, { 'efs.fileSystemPolicies': awsError('AccessDeniedException', 'elasticfilesystem:DescribeFileSystems') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
