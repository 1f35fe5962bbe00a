import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-launch-template-imdsv2-required.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';

const template = (id: string, metadata?: Record<string, unknown>) => ({
  template: { LaunchTemplateId: id, LaunchTemplateName: 'web-asg', DefaultVersionNumber: 4, LatestVersionNumber: 5 },
  defaultVersion: ok({ LaunchTemplateId: id, VersionNumber: 4, DefaultVersion: true, LaunchTemplateData: metadata ? { MetadataOptions: metadata } : {} }),
});
const noDefaults = ok({});

describe('ec2-launch-template-imdsv2-required', () => {
  it('passes a template with HttpTokens required', () => {
    const findings = evaluate(check, { 'ec2.launchTemplates': [template('lt-0aaa', { HttpTokens: 'required' })], 'ec2.instanceMetadataDefaults': noDefaults });
    expect(verdicts(findings)).toEqual([['PASS', 'lt-0aaa']]);
    expect(findings[0]!.message).toBe('Launch template lt-0aaa (web-asg) default version 4 requires IMDSv2 (HttpTokens required).');
  });

  it('fails a template with HttpTokens optional, whatever the account default', () => {
    const findings = evaluate(check, {
      'ec2.launchTemplates': [template('lt-0bbb', { HttpTokens: 'optional', HttpEndpoint: 'enabled' })],
      'ec2.instanceMetadataDefaults': ok({ HttpTokens: 'required' }),
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'lt-0bbb']]);
  });

  it('near miss: enforcement at launch does not override an explicit optional; the template still FAILs and cannot launch', () => {
    const findings = evaluate(check, {
      'ec2.launchTemplates': [template('lt-0bbc', { HttpTokens: 'optional' })],
      'ec2.instanceMetadataDefaults': ok({ HttpTokens: 'required', HttpTokensEnforced: 'enabled', ManagedBy: 'declarative-policy' }),
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'lt-0bbc']]);
    expect(findings[0]!.message).toContain('so launches from it fail');
    expect(findings[0]!.message).toContain('ManagedBy declarative-policy, enforced by a declarative policy');
    // An unreadable default leaves the verdict standing, without the remark.
    const unread = evaluate(check, {
      'ec2.launchTemplates': [template('lt-0bbc', { HttpTokens: 'optional' })],
      'ec2.instanceMetadataDefaults': failed(awsError('UnauthorizedOperation', 'ec2:GetInstanceMetadataDefaults')),
    });
    expect(verdicts(unread)).toEqual([['FAIL', 'lt-0bbc']]);
  });

  it('names who manages the account-level default it follows', () => {
    const [finding] = evaluate(check, { 'ec2.launchTemplates': [template('lt-0ddd')], 'ec2.instanceMetadataDefaults': ok({ HttpTokens: 'required', ManagedBy: 'declarative-policy' }) });
    expect(finding!.message).toBe(
      'Launch template lt-0ddd (web-asg) default version 4 leaves HttpTokens unset; the account-level default in us-east-1 requires IMDSv2 (ManagedBy declarative-policy, enforced by a declarative policy).',
    );
  });

  it('passes a template that disables the metadata endpoint', () => {
    const findings = evaluate(check, { 'ec2.launchTemplates': [template('lt-0ccc', { HttpTokens: 'optional', HttpEndpoint: 'disabled' })], 'ec2.instanceMetadataDefaults': noDefaults });
    expect(verdicts(findings)).toEqual([['PASS', 'lt-0ccc']]);
  });

  it('near miss: an omitted HttpTokens passes only when the account-level default is required', () => {
    const required = evaluate(check, { 'ec2.launchTemplates': [template('lt-0ddd')], 'ec2.instanceMetadataDefaults': ok({ HttpTokens: 'required', HttpPutResponseHopLimit: 2 }) });
    const optional = evaluate(check, { 'ec2.launchTemplates': [template('lt-0ddd', { HttpPutResponseHopLimit: 2 })], 'ec2.instanceMetadataDefaults': ok({ HttpTokens: 'optional' }) });
    const unset = evaluate(check, { 'ec2.launchTemplates': [template('lt-0ddd')], 'ec2.instanceMetadataDefaults': noDefaults });
    expect(verdicts(required)).toEqual([['PASS', 'lt-0ddd']]);
    expect(required[0]!.message).toContain('the account-level default in us-east-1 requires IMDSv2');
    expect(verdicts(optional)).toEqual([['FAIL', 'lt-0ddd']]);
    expect(optional[0]!.message).toContain('the account-level default in us-east-1 is optional');
    expect(verdicts(unset)).toEqual([['FAIL', 'lt-0ddd']]);
    expect(unset[0]!.message).toContain('no account-level instance metadata default is set');
  });

  it('reports ERROR for an omitted HttpTokens when the account default cannot be read, and judges explicit ones', () => {
    const findings = evaluate(check, {
      'ec2.launchTemplates': [template('lt-0unset'), template('lt-0set', { HttpTokens: 'required' })],
      'ec2.instanceMetadataDefaults': failed(awsError('UnauthorizedOperation', 'ec2:GetInstanceMetadataDefaults')),
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'lt-0unset'],
      ['PASS', 'lt-0set'],
    ]);
    expect(findings[0]!.error?.action).toBe('ec2:GetInstanceMetadataDefaults');
  });

  it('reports ERROR for a template whose default version cannot be read', () => {
    const findings = evaluate(check, {
      'ec2.launchTemplates': [{ template: { LaunchTemplateId: 'lt-0eee' }, defaultVersion: failed(awsError('UnauthorizedOperation', 'ec2:DescribeLaunchTemplateVersions')) }],
      'ec2.instanceMetadataDefaults': noDefaults,
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'lt-0eee']]);
  });

  it('reports ERROR when the launch templates cannot be listed', async () => {
    const findings = await run(check, {
      'ec2.launchTemplates': awsError('UnauthorizedOperation', 'ec2:DescribeLaunchTemplates'),
      'ec2.instanceMetadataDefaults': noDefaults,
    });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
