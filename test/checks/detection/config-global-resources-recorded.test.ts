import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/config-global-resources-recorded.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { ALL_WITH_GLOBAL, byRegion, noRecorder, recorder, region, status } from '../../fixtures/config.js';
import type { ConfigRegion } from '../../../src/data/datasets/config.js';
import type { AwsErrorInfo } from '../../../src/model.js';

const global = { region: 'global' };
const data = (east: ConfigRegion | AwsErrorInfo, west: ConfigRegion | AwsErrorInfo) => ({ 'config.recordersByRegion': byRegion(east, west) });
const allButGlobal = recorder('default', { ...ALL_WITH_GLOBAL, includeGlobalResourceTypes: false });

describe('config-global-resources-recorded', () => {
  it('passes when one region records the IAM types, with one result for the account', () => {
    const findings = evaluate(check, data(region(), region({ recorders: [allButGlobal] })), global);
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.region).toBe('global');
    expect(findings[0]!.message).toBe(
      'AWS Config records the global IAM resource types (AWS::IAM::User, AWS::IAM::Group, AWS::IAM::Role, AWS::IAM::Policy) in us-east-1 (recorder default: it records all supported types, global IAM types included; last status Success).',
    );
  });

  it('passes an inclusion list that names the four IAM types', () => {
    const listed = recorder('default', { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::Policy', 'AWS::S3::Bucket'], recordingStrategy: { useOnly: 'INCLUSION_BY_RESOURCE_TYPES' } });
    expect(evaluate(check, data(noRecorder, region({ recorders: [listed] })), global)[0]!.status).toBe('PASS');
  });

  it('passes an exclusion strategy that excludes none of the IAM types', () => {
    const excluding = recorder('default', { allSupported: false, includeGlobalResourceTypes: false, exclusionByResourceTypes: { resourceTypes: ['AWS::EC2::Volume'] }, recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' } });
    expect(evaluate(check, data(region({ recorders: [excluding] }), noRecorder), global)[0]!.status).toBe('PASS');
  });

  it('near miss: all supported types but includeGlobalResourceTypes false in every region', () => {
    const findings = evaluate(check, data(region({ recorders: [allButGlobal] }), noRecorder), global);
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toBe(
      'No scanned region records the global IAM resource types (AWS::IAM::User, AWS::IAM::Group, AWS::IAM::Role, AWS::IAM::Policy) with a recording customer managed recorder: us-east-1: recorder default records all supported types but not the global ones (includeGlobalResourceTypes false); eu-west-1 has no customer managed recorder.',
    );
  });

  it('near miss: an inclusion list that lacks AWS::IAM::Policy', () => {
    const listed = recorder('default', { allSupported: false, resourceTypes: ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role'] });
    const findings = evaluate(check, data(region({ recorders: [listed] }), noRecorder), global);
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain("recorder default's inclusion list lacks AWS::IAM::Policy");
  });

  it('near miss: an exclusion strategy that excludes AWS::IAM::Role', () => {
    const excluding = recorder('default', { allSupported: false, exclusionByResourceTypes: { resourceTypes: ['AWS::IAM::Role'] }, recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' } });
    expect(evaluate(check, data(region({ recorders: [excluding] }), noRecorder), global)[0]!.message).toContain('recorder default excludes AWS::IAM::Role');
  });

  it('near miss: the recorder that records IAM types is stopped', () => {
    const findings = evaluate(check, data(region({ statuses: { ok: true, value: [status('default', { recording: false })] } }), noRecorder), global);
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('us-east-1: it is not recording (recording false)');
  });

  it('passes when one region records them even though another region refused its listing', () => {
    const findings = evaluate(check, data(awsError('AccessDeniedException', 'config:DescribeConfigurationRecorders'), region()), global);
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it('reports ERROR when no region passes and one could not be read', () => {
    const findings = evaluate(check, data(awsError('AccessDeniedException', 'config:DescribeConfigurationRecorders'), noRecorder), global);
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012']]);
    expect(findings[0]!.error?.action).toBe('config:DescribeConfigurationRecorders');
    expect(findings[0]!.message).toContain('us-east-1 could not be read; eu-west-1 has no customer managed recorder');
  });

  it('reports ERROR when the status of the only IAM-recording recorder cannot be read', () => {
    const findings = evaluate(check, data(region({ statuses: { ok: false, error: awsError('AccessDeniedException', 'config:DescribeConfigurationRecorderStatus') } }), noRecorder), global);
    expect(findings[0]!.status).toBe('ERROR');
  });

  it('is evaluated once for the account by the runner', async () => {
    const findings = await run(check, data(region(), region()), { regions: ['us-east-1', 'eu-west-1'] });
    expect(findings.map((f) => [f.status, f.region])).toEqual([['PASS', 'global']]);
  });
});
