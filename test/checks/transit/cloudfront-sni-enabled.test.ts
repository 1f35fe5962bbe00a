import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/cloudfront-sni-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { defaultCertificate, distribution } from '../../fixtures/cloudfront.js';

const G = { region: 'global' };
const serving = (id: string, SSLSupportMethod: string | undefined) => distribution(id, { ViewerCertificate: { ...distribution(id).ViewerCertificate, SSLSupportMethod } as never });

describe('cloudfront-sni-enabled', () => {
  it('passes a custom certificate served by SNI', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [serving('E1', 'sni-only')] }, G);
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
  });

  it('fails vip and static-ip', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [serving('E1', 'vip'), serving('E2', 'static-ip')] }, G);
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'E1'],
      ['FAIL', 'E2'],
    ]);
    expect(findings[0]!.message).toContain('from dedicated IP addresses (SSLSupportMethod vip), not by SNI');
  });

  it('near miss: a distribution on the default certificate (vip in its answer) is not evaluated', () => {
    expect(evaluate(check, { 'cloudfront.distributions': [distribution('E1', { ViewerCertificate: defaultCertificate })] }, G)).toEqual([]);
  });

  it('reports ERROR when the support method is missing, and when the distributions cannot be listed', async () => {
    expect(verdicts(evaluate(check, { 'cloudfront.distributions': [serving('E1', undefined)] }, G))).toEqual([['ERROR', 'E1']]);
    const findings = await run(check, { 'cloudfront.distributions': awsError('AccessDenied', 'cloudfront:ListDistributions') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
