import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/efs-file-system-requires-tls.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { fileSystem, fsArn, read } from '../../fixtures/efs.js';

const ID = 'fs-0a1b2c3d4e5f60001';
const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Id: 'efs-policy-wizard-1', Statement: statements });
// The statement the EFS console writes for "Enforce in-transit encryption for all clients".
const consoleGuard = {
  Sid: 'efs-statement-tls',
  Effect: 'Deny',
  Principal: { AWS: '*' },
  Action: '*',
  Resource: fsArn(ID),
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};
const allowMount = { Sid: 'mount', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'], Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } } };
const judge = (text: string | undefined) => evaluate(check, { 'efs.fileSystemPolicies': [read(fileSystem(ID), ok(text))] });

describe('efs-file-system-requires-tls', () => {
  it('passes the console\'s "enforce in-transit encryption" statement', () => {
    const findings = judge(policy(allowMount, consoleGuard));
    expect(verdicts(findings)).toEqual([['PASS', ID]]);
    expect(findings[0]!.message).toBe(
      `EFS file system ${ID} denies the NFS client actions to every principal over connections without TLS (policy statement 'efs-statement-tls').`,
    );
  });

  it('passes a deny of the three client actions with Principal "*", a boolean false and no Resource', () => {
    const guard = { Effect: 'Deny', Principal: '*', Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'], Condition: { Bool: { 'aws:SecureTransport': false } } };
    expect(judge(policy(guard))[0]!.status).toBe('PASS');
  });

  it('fails a file system without a policy (PolicyNotFound)', () => {
    const findings = judge(undefined);
    expect(verdicts(findings)).toEqual([['FAIL', ID]]);
    expect(findings[0]!.message).toBe(`EFS file system ${ID} has no file system policy, so nothing denies NFS clients that mount without TLS.`);
  });

  it('near miss: a deny of ClientMount alone leaves writes over plain NFS allowed', () => {
    const findings = judge(policy({ ...consoleGuard, Action: 'elasticfilesystem:ClientMount' }));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain("statement 'efs-statement-tls' denies only elasticfilesystem:ClientMount");
  });

  it('near miss: a deny narrowed by another condition key, or aimed at one role, fails', () => {
    const narrowed = judge(policy({ ...consoleGuard, Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:SourceVpce': 'vpce-0123' } } }));
    expect(narrowed[0]!.status).toBe('FAIL');
    expect(narrowed[0]!.message).toContain('also requires aws:sourcevpce, which narrows the deny');
    const named = judge(policy({ ...consoleGuard, Principal: { AWS: 'arn:aws:iam::123456789012:role/app' } }));
    expect(named[0]!.message).toContain('applies to named principals only');
  });

  it('near miss: an Allow conditioned on aws:SecureTransport true denies nothing', () => {
    const findings = judge(policy({ ...allowMount, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('allows requests over TLS, which denies nothing');
  });

  it('near miss: a guard written for another file system does not cover this one', () => {
    const findings = judge(policy({ ...consoleGuard, Resource: fsArn('fs-0ffffffffffffffff') }));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('does not cover');
  });

  it('reports ERROR for a refused read and for a policy that cannot be parsed', () => {
    const findings = evaluate(check, {
      'efs.fileSystemPolicies': [
        read(fileSystem('fs-01'), failed(awsError('AccessDeniedException', 'elasticfilesystem:DescribeFileSystemPolicy'))),
        read(fileSystem('fs-02'), ok('{"Statement": [')),
      ],
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'fs-01'],
      ['ERROR', 'fs-02'],
    ]);
    expect(findings[0]!.error?.action).toBe('elasticfilesystem:DescribeFileSystemPolicy');
  });

  it('reports ERROR when the file systems cannot be listed', async () => {
    const findings = await run(check, { 'efs.fileSystemPolicies': awsError('AccessDeniedException', 'elasticfilesystem:DescribeFileSystems') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
