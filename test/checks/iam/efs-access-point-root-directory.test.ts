import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/efs-access-point-root-directory.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { accessPoint, fileSystem, read } from '../../fixtures/efs.js';

const fs = fileSystem('fs-01');
const judge = (...aps: ReturnType<typeof accessPoint>[]) => evaluate(check, { 'efs.accessPoints': [read(fs, ok(aps))] });

describe('efs-access-point-root-directory', () => {
  it('passes an access point rooted at an application directory', () => {
    const findings = judge(accessPoint('fsap-01', 'fs-01', { Name: 'orders', RootDirectory: { Path: '/orders', CreationInfo: { OwnerUid: 1000, OwnerGid: 1000, Permissions: '750' } } }));
    expect(verdicts(findings)).toEqual([['PASS', 'fsap-01']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-01');
    expect(findings[0]!.message).toBe('EFS access point fsap-01 (orders) of fs-01 confines clients to /orders.');
  });

  it('fails an access point without a root directory and one rooted at "/"', () => {
    const findings = judge(accessPoint('fsap-02', 'fs-01'), accessPoint('fsap-03', 'fs-01', { RootDirectory: { Path: '/' } }));
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'fsap-02'],
      ['FAIL', 'fsap-03'],
    ]);
    expect(findings[1]!.message).toContain('has root directory "/", the root of the file system');
  });

  it('near miss: "//" is still the root, while "/a" one level down passes', () => {
    const findings = judge(accessPoint('fsap-04', 'fs-01', { RootDirectory: { Path: '//' } }), accessPoint('fsap-05', 'fs-01', { RootDirectory: { Path: '/a' } }));
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'fsap-04'],
      ['PASS', 'fsap-05'],
    ]);
  });

  it('reports ERROR for a file system whose access points could not be listed', () => {
    const findings = evaluate(check, { 'efs.accessPoints': [read(fileSystem('fs-02'), failed(awsError('AccessDeniedException', 'elasticfilesystem:DescribeAccessPoints')))] });
    expect(verdicts(findings)).toEqual([['ERROR', 'fs-02']]);
    expect(findings[0]!.message).toContain('the access points of EFS file system fs-02');
  });

  it('reports ERROR when the file systems cannot be listed', async () => {
    const findings = await run(check, { 'efs.accessPoints': awsError('AccessDeniedException', 'elasticfilesystem:DescribeFileSystems') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
