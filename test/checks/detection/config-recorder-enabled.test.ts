import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/config-recorder-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { byRegion, data, noRecorder, recorder, region, serviceLinked, status } from '../../fixtures/config.js';

describe('config-recorder-enabled', () => {
  it('passes a region with a recording recorder of all supported types and a delivery channel', () => {
    const findings = evaluate(check, data(region()));
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:config:us-east-1:123456789012:configuration-recorder');
    expect(findings[0]!.message).toBe('Configuration recorder default records all supported resource types in us-east-1 (last status Success; delivery channel default to S3 bucket config-bucket-123456789012).');
  });

  it('passes a recorder whose last status is Pending, with a note', () => {
    const findings = evaluate(check, data(region({ statuses: { ok: true, value: [status('default', { lastStatus: 'Pending' })] } })));
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('last status Pending: recording has started');
  });

  it('passes daily recording: the frequency does not matter', () => {
    const daily = recorder('default', undefined, { recordingMode: { recordingFrequency: 'DAILY' } });
    expect(verdicts(evaluate(check, data(region({ recorders: [daily] }))))).toEqual([['PASS', '123456789012/us-east-1']]);
  });

  it('fails a region without a recorder and names the scanned regions where Config records', () => {
    const findings = evaluate(check, { 'config.recorders': noRecorder, 'config.recordersByRegion': byRegion(region(), noRecorder) }, { region: 'eu-west-1' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/eu-west-1']]);
    expect(findings[0]!.message).toBe(
      'AWS Config is not recording in eu-west-1: there is no customer managed configuration recorder. Scanned regions where AWS Config records all supported resource types: us-east-1.',
    );
  });

  it('near miss: only a service-linked recorder exists in the region', () => {
    const findings = evaluate(check, data({ recorders: [serviceLinked] }, region()));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('only service-linked recorders exist there (securityhub.amazonaws.com)');
  });

  it('near miss: the recorder is stopped', () => {
    const findings = evaluate(check, data(region({ statuses: { ok: true, value: [status('default', { recording: false, lastStatus: 'Success' })] } })));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('recorder default: it is not recording (recording false)');
  });

  it('near miss: recording but the last attempt failed', () => {
    const failing = status('default', { lastStatus: 'Failure', lastErrorCode: 'NoSuchBucketException' });
    const findings = evaluate(check, data(region({ statuses: { ok: true, value: [failing] } })));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('its last recording attempt failed (lastStatus Failure: NoSuchBucketException)');
  });

  it('near miss: an exclusion strategy FAILs with the excluded types listed', () => {
    const excluding = recorder('default', {
      allSupported: false,
      includeGlobalResourceTypes: false,
      exclusionByResourceTypes: { resourceTypes: ['AWS::EC2::NetworkInterface', 'AWS::EC2::Volume'] },
      recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' },
    });
    const findings = evaluate(check, data(region({ recorders: [excluding] })));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('it records all supported resource types except AWS::EC2::NetworkInterface, AWS::EC2::Volume (EXCLUSION_BY_RESOURCE_TYPES)');
  });

  it('fails an inclusion list', () => {
    const listed = recorder('default', { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: ['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup'], recordingStrategy: { useOnly: 'INCLUSION_BY_RESOURCE_TYPES' } });
    const findings = evaluate(check, data(region({ recorders: [listed] })));
    expect(findings[0]!.message).toContain('it records only 2 listed resource types (INCLUSION_BY_RESOURCE_TYPES)');
  });

  it('near miss: recording everything but without a delivery channel', () => {
    const findings = evaluate(check, data(region({ deliveryChannels: { ok: true, value: [] } })));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('the region has no delivery channel');
  });

  it('reports ERROR when the recorder status cannot be read and nothing else fails', () => {
    const findings = evaluate(check, data(region({ statuses: { ok: false, error: awsError('AccessDeniedException', 'config:DescribeConfigurationRecorderStatus') } })));
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
    expect(findings[0]!.error?.action).toBe('config:DescribeConfigurationRecorderStatus');
  });

  it('fails rather than errs when what can be read already fails', () => {
    const listed = recorder('default', { allSupported: false, resourceTypes: ['AWS::S3::Bucket'] });
    const findings = evaluate(check, data(region({ recorders: [listed], statuses: { ok: false, error: awsError('AccessDeniedException', 'config:DescribeConfigurationRecorderStatus') } })));
    expect(findings[0]!.status).toBe('FAIL');
  });

  it('reports ERROR for the region when the recorders cannot be listed', async () => {
    const denied = awsError('AccessDeniedException', 'config:DescribeConfigurationRecorders');
    const findings = await run(check, { 'config.recorders': denied, 'config.recordersByRegion': byRegion(denied, noRecorder) });
    expect(findings.map((f) => [f.status, f.region, f.error?.action])).toEqual([['ERROR', 'us-east-1', 'config:DescribeConfigurationRecorders']]);
  });
});
