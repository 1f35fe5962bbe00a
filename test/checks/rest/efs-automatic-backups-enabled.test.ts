import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/efs-automatic-backups-enabled.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { fileSystem, read } from '../../fixtures/efs.js';

const data = (...reads: ReturnType<typeof read<string | undefined>>[]) => ({ 'efs.backupPolicies': reads });

describe('efs-automatic-backups-enabled', () => {
  it('passes a file system whose backup policy is ENABLED', () => {
    const findings = evaluate(check, data(read(fileSystem('fs-01', { Name: 'home' }), ok('ENABLED'))));
    expect(verdicts(findings)).toEqual([['PASS', 'fs-01']]);
    expect(findings[0]!.message).toBe('EFS file system fs-01 (home) has automatic backups enabled.');
  });

  it('fails a file system with no backup policy (PolicyNotFound) and one with backups DISABLED', () => {
    const findings = evaluate(check, data(read(fileSystem('fs-02'), ok(undefined)), read(fileSystem('fs-03'), ok('DISABLED'))));
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'fs-02'],
      ['FAIL', 'fs-03'],
    ]);
    expect(findings[0]!.message).toBe('EFS file system fs-02 has no backup policy (PolicyNotFound), so automatic backups are off.');
  });

  it('near miss: ENABLING is not enabled yet and fails as in progress', () => {
    const findings = evaluate(check, data(read(fileSystem('fs-04'), ok('ENABLING'))));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('in progress');
  });

  it('reports ERROR for a refused read and for a status it does not know', () => {
    const findings = evaluate(
      check,
      data(read(fileSystem('fs-05'), failed(awsError('AccessDeniedException', 'elasticfilesystem:DescribeBackupPolicy'))), read(fileSystem('fs-06'), ok('PAUSED'))),
    );
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'fs-05'],
      ['ERROR', 'fs-06'],
    ]);
    expect(findings[0]!.error?.action).toBe('elasticfilesystem:DescribeBackupPolicy');
  });

  it('reports ERROR when the file systems cannot be listed', async () => {
    const findings = await run(check, { 'efs.backupPolicies': awsError('AccessDeniedException', 'elasticfilesystem:DescribeFileSystems') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
