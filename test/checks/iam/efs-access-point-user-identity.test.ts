import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/efs-access-point-user-identity.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { accessPoint, fileSystem, read } from '../../fixtures/efs.js';

const fs = fileSystem('fs-01');
const judge = (...aps: ReturnType<typeof accessPoint>[]) => evaluate(check, { 'efs.accessPoints': [read(fs, ok(aps))] });

describe('efs-access-point-user-identity', () => {
  it('passes an access point that enforces a POSIX user', () => {
    const findings = judge(accessPoint('fsap-01', 'fs-01', { Name: 'orders', PosixUser: { Uid: 1000, Gid: 1000, SecondaryGids: [2000] } }));
    expect(verdicts(findings)).toEqual([['PASS', 'fsap-01']]);
    expect(findings[0]!.message).toBe('EFS access point fsap-01 (orders) of fs-01 enforces POSIX user Uid 1000, Gid 1000, secondary Gids 2000.');
  });

  it('fails an access point without a POSIX user', () => {
    const findings = judge(accessPoint('fsap-02', 'fs-01'));
    expect(verdicts(findings)).toEqual([['FAIL', 'fsap-02']]);
    expect(findings[0]!.message).toContain('enforces no POSIX user');
  });

  it('near miss: Uid 0 (root) passes the control and is named', () => {
    const findings = judge(accessPoint('fsap-03', 'fs-01', { PosixUser: { Uid: 0, Gid: 0 } }));
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('Uid 0 is root');
  });

  it('reports ERROR for a POSIX user without a Uid, and for access points that could not be listed', () => {
    const findings = evaluate(check, {
      'efs.accessPoints': [
        read(fs, ok([accessPoint('fsap-04', 'fs-01', { PosixUser: { Gid: 1000 } as never })])),
        read(fileSystem('fs-02'), failed(awsError('AccessDeniedException', 'elasticfilesystem:DescribeAccessPoints'))),
      ],
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'fsap-04'],
      ['ERROR', 'fs-02'],
    ]);
  });

  it('reports ERROR when the file systems cannot be listed', async () => {
    const findings = await run(check, { 'efs.accessPoints': awsError('AccessDeniedException', 'elasticfilesystem:DescribeFileSystems') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
