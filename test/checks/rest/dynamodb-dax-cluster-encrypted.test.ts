import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/dynamodb-dax-cluster-encrypted.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { daxCluster } from '../../fixtures/dax.js';

describe('dynamodb-dax-cluster-encrypted', () => {
  it('passes SSE ENABLED and fails DISABLED', () => {
    const findings = evaluate(check, { 'dax.clusters': [daxCluster('cache-a'), daxCluster('cache-b', { SSEDescription: { Status: 'DISABLED' } })] });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'cache-a'],
      ['FAIL', 'cache-b'],
    ]);
    expect(findings[0]!.message).toBe('DAX cluster cache-a is encrypted at rest.');
    expect(findings[1]!.message).toContain('SSEDescription.Status DISABLED');
  });

  it('near miss: ENABLING is not enabled yet, and no SSEDescription at all fails', () => {
    const findings = evaluate(check, { 'dax.clusters': [daxCluster('cache-c', { SSEDescription: { Status: 'ENABLING' } }), daxCluster('cache-d', { SSEDescription: undefined })] });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'cache-c'],
      ['FAIL', 'cache-d'],
    ]);
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'dax.clusters': awsError('AccessDeniedException', 'dax:DescribeClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
