import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/s3-mrap-public-access-block-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { evaluateWithNotes } from '../../helpers/check-harness.js';

const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const mrap = (Name: string, PublicAccessBlock?: object) => ({ Name, Alias: 'mfzwi23gnjvgw.mrap', Status: 'READY', ...(PublicAccessBlock ? { PublicAccessBlock } : {}) });
const judge = (...reports: object[]) => evaluate(check, { 's3.multiRegionAccessPoints': reports }, { region: 'global' });

describe('s3-mrap-public-access-block-enabled', () => {
  it('passes a Multi-Region Access Point with all four settings on', () => {
    const findings = judge(mrap('global-assets', ALL_ON));
    expect(verdicts(findings)).toEqual([['PASS', 'global-assets']]);
    expect(findings[0]!.region).toBe('global');
    expect(findings[0]!.resourceArn).toBe('arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap');
  });

  it('fails one with settings off', () => {
    const findings = judge(mrap('legacy-mrap', { ...ALL_ON, IgnorePublicAcls: false }));
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy-mrap']]);
    expect(findings[0]!.message).toBe('Multi-Region Access Point legacy-mrap has Block Public Access setting IgnorePublicAcls off.');
  });

  it('near miss: a listing without PublicAccessBlock is not assumed blocked: ERROR, since AWS always sends it', () => {
    const findings = judge(mrap('unknown-mrap'));
    expect(verdicts(findings)).toEqual([['ERROR', 'unknown-mrap']]);
    expect(findings[0]!.message).toBe('Could not evaluate Multi-Region Access Point unknown-mrap: ListMultiRegionAccessPoints returned no Block Public Access settings for it.');
  });

  it('near miss: settings left out of a PublicAccessBlock that is there count as off', () => {
    expect(verdicts(judge(mrap('partial-mrap', { BlockPublicAcls: true })))).toEqual([['FAIL', 'partial-mrap']]);
  });

  it('near miss: outside the aws partition there are no Multi-Region Access Points: not in scope, not ERROR', () => {
    const { findings, notInScope } = evaluateWithNotes(check, { 's3.multiRegionAccessPoints': null }, { region: 'global' });
    expect(findings).toEqual([]);
    expect(notInScope[0]).toContain('exist only in the aws partition');
  });

  it('reports ERROR when the listing fails', async () => {
    const findings = await run(check, { 's3.multiRegionAccessPoints': awsError('AccessDenied', 's3control:ListMultiRegionAccessPoints') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
