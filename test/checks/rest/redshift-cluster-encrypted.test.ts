import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/redshift-cluster-encrypted.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { cluster } from '../../fixtures/redshift.js';

describe('redshift-cluster-encrypted', () => {
  it('passes an encrypted cluster, naming the key', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('warehouse')] });
    expect(verdicts(findings)).toEqual([['PASS', 'warehouse']]);
    expect(findings[0]!.message).toBe('Redshift cluster warehouse is encrypted at rest with KMS key arn:aws:kms:us-east-1:123456789012:key/0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60.');
  });

  it('fails an unencrypted cluster, paused ones included', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('old', { Encrypted: false, KmsKeyId: undefined, ClusterStatus: 'paused' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'old']]);
    expect(findings[0]!.message).toBe('Redshift cluster old (paused) is not encrypted at rest.');
  });

  it('near miss: a KmsKeyId without Encrypted true is not encryption; an answer without Encrypted is ERROR, never assumed', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('keyonly', { Encrypted: false }), cluster('bare', { Encrypted: undefined })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'keyonly'], ['ERROR', 'bare']]);
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'redshift.clusters': awsError('AccessDenied', 'redshift:DescribeClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.message).toContain('access denied to redshift:DescribeClusters');
  });
});
