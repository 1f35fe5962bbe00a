import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/config-recorder-service-linked-role.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { byRegion, data, noRecorder, recorder, region, serviceLinked } from '../../fixtures/config.js';

describe('config-recorder-service-linked-role', () => {
  it('passes a recorder using AWSServiceRoleForConfig', () => {
    const findings = evaluate(check, data(region()));
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toBe('Configuration recorder default in us-east-1 uses the service-linked role AWSServiceRoleForConfig.');
  });

  it('fails a recorder with a custom role, naming it', () => {
    const custom = recorder('default', undefined, { roleARN: 'arn:aws:iam::123456789012:role/config-recorder-role' });
    const findings = evaluate(check, data(region({ recorders: [custom] })));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toBe('Configuration recorder default in us-east-1 uses the role arn:aws:iam::123456789012:role/config-recorder-role instead of the service-linked role AWSServiceRoleForConfig.');
  });

  it('near miss: a custom role named AWSServiceRoleForConfig outside the service-role path', () => {
    const lookalike = recorder('default', undefined, { roleARN: 'arn:aws:iam::123456789012:role/AWSServiceRoleForConfig' });
    expect(verdicts(evaluate(check, data(region({ recorders: [lookalike] }))))).toEqual([['FAIL', '123456789012/us-east-1']]);
  });

  it('near miss: only a service-linked recorder (of another service) exists', () => {
    const findings = evaluate(check, data({ recorders: [serviceLinked] }, region()));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('AWS Config has no customer managed configuration recorder in us-east-1; only service-linked recorders exist there');
    expect(findings[0]!.message).toContain('Scanned regions where the recorder uses AWSServiceRoleForConfig: eu-west-1.');
  });

  it('fails a region without a recorder', () => {
    expect(evaluate(check, data(noRecorder))[0]!.status).toBe('FAIL');
  });

  it('reports ERROR for the region when the recorders cannot be listed', async () => {
    const denied = awsError('AccessDeniedException', 'config:DescribeConfigurationRecorders');
    const findings = await run(check, { 'config.recorders': denied, 'config.recordersByRegion': byRegion(denied, noRecorder) });
    expect(findings.map((f) => [f.status, f.region])).toEqual([['ERROR', 'us-east-1']]);
  });
});
