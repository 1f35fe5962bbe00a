import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-imdsv2-enforced-at-launch.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';

const judge = (value: Record<string, unknown>) => evaluate(check, { 'ec2.instanceMetadataDefaults': ok(value) });

describe('ec2-imdsv2-enforced-at-launch', () => {
  it('passes HttpTokens required with enforcement, naming the manager', () => {
    const findings = judge({ HttpTokens: 'required', HttpTokensEnforced: 'enabled', ManagedBy: 'declarative-policy' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('declarative policy');
  });

  it('near miss: required without HttpTokensEnforced (missing reads as disabled) FAILs', () => {
    const [finding] = judge({ HttpTokens: 'required', HttpEndpoint: 'enabled', ManagedBy: 'account' });
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toContain('HttpTokensEnforced disabled (not set)');
    expect(finding!.message).toContain('sets HttpTokens optional');
  });

  it('fails when no default is set at all', () => {
    const [finding] = judge({});
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toContain('HttpTokens not set');
    expect(finding!.message).toContain('ManagedBy not reported');
  });

  it('fails enforcement without required tokens', () => {
    expect(judge({ HttpTokens: 'optional', HttpTokensEnforced: 'enabled', ManagedBy: 'account' })[0]!.status).toBe('FAIL');
  });

  it('reports ERROR when the defaults cannot be read', () => {
    const findings = evaluate(check, { 'ec2.instanceMetadataDefaults': failed(awsError('UnauthorizedOperation', 'ec2:GetInstanceMetadataDefaults')) });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
  });
});
