import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/s3-access-point-public-access-block-enabled.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const entry = (Name: string, result: Fetched<object>) => ({
  accessPoint: { Name, Bucket: 'acme-data-lake', NetworkOrigin: 'Internet', AccessPointArn: `arn:aws:s3:eu-west-1:123456789012:accesspoint/${Name}` },
  result,
});
const judge = (...entries: object[]) => evaluate(check, { 's3.accessPoints': entries }, { region: 'eu-west-1' });

describe('s3-access-point-public-access-block-enabled', () => {
  it('passes an access point with all four settings on', () => {
    const findings = judge(entry('analytics-ap', ok({ Name: 'analytics-ap', Bucket: 'acme-data-lake', PublicAccessBlockConfiguration: ALL_ON })));
    expect(verdicts(findings)).toEqual([['PASS', 'analytics-ap']]);
    expect(findings[0]!.region).toBe('eu-west-1');
    expect(findings[0]!.resourceArn).toBe('arn:aws:s3:eu-west-1:123456789012:accesspoint/analytics-ap');
    expect(findings[0]!.message).toBe('Access point analytics-ap (bucket acme-data-lake) has all four Block Public Access settings on.');
  });

  it('fails an access point with settings off', () => {
    const findings = judge(entry('partner-ap', ok({ PublicAccessBlockConfiguration: { ...ALL_ON, BlockPublicPolicy: false, RestrictPublicBuckets: false } })));
    expect(verdicts(findings)).toEqual([['FAIL', 'partner-ap']]);
    expect(findings[0]!.message).toBe('Access point partner-ap (bucket acme-data-lake) has Block Public Access settings BlockPublicPolicy, RestrictPublicBuckets off.');
  });

  it('near miss: the account-level block does not count; an access point answer without its own settings is ERROR, never PASS', () => {
    const findings = judge(entry('bare-ap', ok({ Name: 'bare-ap' })));
    expect(verdicts(findings)).toEqual([['ERROR', 'bare-ap']]);
    expect(findings[0]!.message).toBe('Could not evaluate access point bare-ap (bucket acme-data-lake): GetAccessPoint returned no Block Public Access settings.');
  });

  it('near miss: settings left out of the configuration that is there count as off', () => {
    expect(verdicts(judge(entry('partial-ap', ok({ PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true } }))))).toEqual([['FAIL', 'partial-ap']]);
  });

  it('reports ERROR for an access point that cannot be read', () => {
    const findings = judge(entry('locked-ap', failed(awsError('AccessDenied', 's3control:GetAccessPoint'))));
    expect(verdicts(findings)).toEqual([['ERROR', 'locked-ap']]);
    expect(findings[0]!.error?.action).toBe('s3control:GetAccessPoint');
  });

  it('reports ERROR per region when access points cannot be listed', async () => {
    const findings = await run(check, { 's3.accessPoints': awsError('AccessDenied', 's3control:ListAccessPoints') }, { regions: ['us-east-1', 'eu-west-1'] });
    expect(findings.map((f) => [f.status, f.region])).toEqual([
      ['ERROR', 'eu-west-1'],
      ['ERROR', 'us-east-1'],
    ]);
  });
});
