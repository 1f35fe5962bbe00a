import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/ec2-launch-template-ebs-encrypted.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';

const template = (id: string, mappings: Array<Record<string, unknown>>) => ({
  template: { LaunchTemplateId: id, LaunchTemplateName: `${id}-name`, DefaultVersionNumber: 2, LatestVersionNumber: 3 },
  defaultVersion: ok({ LaunchTemplateId: id, VersionNumber: 2, DefaultVersion: true, LaunchTemplateData: { BlockDeviceMappings: mappings } }),
});
const ebs = (device: string, encrypted?: boolean) => ({ DeviceName: device, Ebs: { VolumeSize: 50, VolumeType: 'gp3', ...(encrypted === undefined ? {} : { Encrypted: encrypted }) } });

describe('ec2-launch-template-ebs-encrypted', () => {
  it('passes a template whose EBS mappings all set Encrypted true', () => {
    const findings = evaluate(check, { 'ec2.launchTemplates': [template('lt-0aaa', [ebs('/dev/xvda', true), ebs('/dev/xvdb', true)])], 'ec2.ebsEncryptionByDefault': ok(false) });
    expect(verdicts(findings)).toEqual([['PASS', 'lt-0aaa']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:launch-template/lt-0aaa');
    expect(findings[0]!.message).toBe('Launch template lt-0aaa (lt-0aaa-name) default version 2 encrypts every EBS volume it defines (/dev/xvda, /dev/xvdb).');
  });

  it('fails a template that sets Encrypted false', () => {
    const findings = evaluate(check, { 'ec2.launchTemplates': [template('lt-0bbb', [ebs('/dev/xvda', true), ebs('/dev/xvdb', false)])], 'ec2.ebsEncryptionByDefault': ok(false) });
    expect(verdicts(findings)).toEqual([['FAIL', 'lt-0bbb']]);
    expect(findings[0]!.message).toContain('sets Encrypted false on the EBS volume(s) /dev/xvdb');
  });

  it('near miss: Encrypted false fails even when encryption by default is on', () => {
    const findings = evaluate(check, { 'ec2.launchTemplates': [template('lt-0ccc', [ebs('/dev/xvda', false)])], 'ec2.ebsEncryptionByDefault': ok(true) });
    expect(verdicts(findings)).toEqual([['FAIL', 'lt-0ccc']]);
  });

  it('near miss: an omitted Encrypted follows encryption by default', () => {
    const mappings = [ebs('/dev/xvda')];
    const on = evaluate(check, { 'ec2.launchTemplates': [template('lt-0ddd', mappings)], 'ec2.ebsEncryptionByDefault': ok(true) });
    const off = evaluate(check, { 'ec2.launchTemplates': [template('lt-0ddd', mappings)], 'ec2.ebsEncryptionByDefault': ok(false) });
    expect(verdicts(on)).toEqual([['PASS', 'lt-0ddd']]);
    expect(on[0]!.message).toContain('EBS encryption by default is enabled in us-east-1');
    expect(verdicts(off)).toEqual([['FAIL', 'lt-0ddd']]);
    expect(off[0]!.message).toContain('created unencrypted');
    // EC2.181 judges only an explicit Encrypted false: this stricter FAIL does not count for it.
    expect(off[0]!.controls).toEqual([]);
    expect(on[0]!.controls).toBeUndefined();
  });

  it('counts an explicit Encrypted false against EC2.181', () => {
    const [finding] = evaluate(check, { 'ec2.launchTemplates': [template('lt-0ggg', [ebs('/dev/xvda', false)])], 'ec2.ebsEncryptionByDefault': ok(false) });
    expect(finding!.status).toBe('FAIL');
    expect(finding!.controls).toBeUndefined();
  });

  it('ignores instance-store and suppressed mappings, and passes a template without EBS volumes', () => {
    const findings = evaluate(check, {
      'ec2.launchTemplates': [template('lt-0eee', [{ DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' }, { DeviceName: '/dev/sdc', NoDevice: '' }])],
      'ec2.ebsEncryptionByDefault': ok(false),
    });
    expect(verdicts(findings)).toEqual([['PASS', 'lt-0eee']]);
    expect(findings[0]!.message).toContain('defines no EBS volume');
  });

  it('reports ERROR for a template whose default version cannot be read', () => {
    const findings = evaluate(check, {
      'ec2.launchTemplates': [{ template: { LaunchTemplateId: 'lt-0fff' }, defaultVersion: failed(awsError('UnauthorizedOperation', 'ec2:DescribeLaunchTemplateVersions')) }],
      'ec2.ebsEncryptionByDefault': ok(true),
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'lt-0fff']]);
  });

  it('reports ERROR only where the unreadable encryption-by-default setting decides', () => {
    const findings = evaluate(check, {
      'ec2.launchTemplates': [template('lt-0unset', [ebs('/dev/xvda')]), template('lt-0set', [ebs('/dev/xvda', true)])],
      'ec2.ebsEncryptionByDefault': failed(awsError('UnauthorizedOperation', 'ec2:GetEbsEncryptionByDefault')),
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'lt-0unset'],
      ['PASS', 'lt-0set'],
    ]);
  });

  it('reports ERROR when the launch templates cannot be listed', async () => {
    const findings = await run(check, {
      'ec2.launchTemplates': awsError('UnauthorizedOperation', 'ec2:DescribeLaunchTemplates'),
      'ec2.ebsEncryptionByDefault': ok(true),
    });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
