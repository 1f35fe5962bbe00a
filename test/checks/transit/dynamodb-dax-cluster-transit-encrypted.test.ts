import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/dynamodb-dax-cluster-transit-encrypted.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { daxCluster } from '../../fixtures/dax.js';

describe('dynamodb-dax-cluster-transit-encrypted', () => {
  it('passes TLS and fails NONE', () => {
    const findings = evaluate(check, { 'dax.clusters': [daxCluster('cache-tls'), daxCluster('cache-plain', { ClusterEndpointEncryptionType: 'NONE' })] });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'cache-tls'],
      ['FAIL', 'cache-plain'],
    ]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:dax:us-east-1:123456789012:cache/cache-tls');
    expect(findings[1]!.message).toBe(
      'DAX cluster cache-plain does not encrypt connections to its endpoint (ClusterEndpointEncryptionType NONE); the setting is fixed at creation, so a new cluster is needed.',
    );
  });

  it('near miss: a cluster encrypted at rest but without the endpoint setting (the default NONE) fails', () => {
    const findings = evaluate(check, { 'dax.clusters': [daxCluster('old-cache', { ClusterEndpointEncryptionType: undefined })] });
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('not reported, NONE by default');
  });

  it('reports ERROR for a value it does not know and when the clusters cannot be listed', async () => {
    expect(evaluate(check, { 'dax.clusters': [daxCluster('odd', { ClusterEndpointEncryptionType: 'MTLS' as never })] }).map((f) => f.status)).toEqual(['ERROR']);
    const findings = await run(check, { 'dax.clusters': awsError('AccessDeniedException', 'dax:DescribeClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('dax:DescribeClusters');
  });
});
