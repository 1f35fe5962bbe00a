import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/efs-file-system-encrypted.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { fileSystem, fsArn } from '../../fixtures/efs.js';

describe('efs-file-system-encrypted', () => {
  it('passes an encrypted file system and names its key', () => {
    const findings = evaluate(check, { 'efs.fileSystems': [fileSystem('fs-0a1b2c3d4e5f60001', { Name: 'shared-home' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'fs-0a1b2c3d4e5f60001']]);
    expect(findings[0]!.resourceArn).toBe(fsArn('fs-0a1b2c3d4e5f60001'));
    expect(findings[0]!.message).toBe(
      'EFS file system fs-0a1b2c3d4e5f60001 (shared-home) is encrypted at rest with arn:aws:kms:us-east-1:123456789012:key/1111aaaa-22bb-33cc-44dd-5555eeee6666.',
    );
  });

  it('fails an unencrypted file system and says encryption is fixed at creation', () => {
    const findings = evaluate(check, { 'efs.fileSystems': [fileSystem('fs-0a1b2c3d4e5f60002', { Encrypted: false, KmsKeyId: undefined })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'fs-0a1b2c3d4e5f60002']]);
    expect(findings[0]!.message).toContain('is not encrypted at rest; encryption is chosen at creation');
  });

  it('near miss: a One Zone file system is judged like a Regional one', () => {
    const oneZone = { AvailabilityZoneName: 'us-east-1b', AvailabilityZoneId: 'use1-az2' };
    const findings = evaluate(check, {
      'efs.fileSystems': [fileSystem('fs-0a1b2c3d4e5f60003', { ...oneZone, Encrypted: false }), fileSystem('fs-0a1b2c3d4e5f60004', oneZone)],
    });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'fs-0a1b2c3d4e5f60003'],
      ['PASS', 'fs-0a1b2c3d4e5f60004'],
    ]);
  });

  it('reports ERROR, never PASS, for a file system whose answer leaves out Encrypted', () => {
    const findings = evaluate(check, { 'efs.fileSystems': [fileSystem('fs-0a1b2c3d4e5f60005', { Encrypted: undefined })] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });

  it('reports ERROR naming the refused action when the file systems cannot be listed', async () => {
    const findings = await run(check, { 'efs.fileSystems': awsError('AccessDeniedException', 'elasticfilesystem:DescribeFileSystems') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('elasticfilesystem:DescribeFileSystems');
  });

  it('has nothing to judge in a region without file systems', () => {
    expect(evaluate(check, { 'efs.fileSystems': [] })).toEqual([]);
  });
});
