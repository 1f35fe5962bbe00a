import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-launch-template-no-public-ip.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';

const template = (id: string, interfaces?: Array<Record<string, unknown>>) => ({
  template: { LaunchTemplateId: id, LaunchTemplateName: 'batch-workers', DefaultVersionNumber: 1 },
  defaultVersion: ok({ LaunchTemplateId: id, VersionNumber: 1, DefaultVersion: true, LaunchTemplateData: interfaces ? { NetworkInterfaces: interfaces } : { InstanceType: 't3.small' } }),
});

describe('ec2-launch-template-no-public-ip', () => {
  it('passes a template whose interfaces do not ask for a public IP', () => {
    const findings = evaluate(check, { 'ec2.launchTemplates': [template('lt-0aaa', [{ DeviceIndex: 0, AssociatePublicIpAddress: false, Groups: ['sg-1'] }])] });
    expect(verdicts(findings)).toEqual([['PASS', 'lt-0aaa']]);
  });

  it('fails a template with AssociatePublicIpAddress true', () => {
    const findings = evaluate(check, {
      'ec2.launchTemplates': [template('lt-0bbb', [{ DeviceIndex: 0, AssociatePublicIpAddress: false }, { DeviceIndex: 1, AssociatePublicIpAddress: true }])],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'lt-0bbb']]);
    expect(findings[0]!.message).toBe('Launch template lt-0bbb (batch-workers) default version 1 assigns a public IP address to the network interface at device index 1.');
  });

  it('near miss: a template without network interfaces (the subnet decides) passes', () => {
    const findings = evaluate(check, { 'ec2.launchTemplates': [template('lt-0ccc')] });
    expect(verdicts(findings)).toEqual([['PASS', 'lt-0ccc']]);
  });

  it('reports ERROR for a template whose default version cannot be read', () => {
    const findings = evaluate(check, {
      'ec2.launchTemplates': [{ template: { LaunchTemplateId: 'lt-0ddd' }, defaultVersion: failed(awsError('UnauthorizedOperation', 'ec2:DescribeLaunchTemplateVersions')) }],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'lt-0ddd']]);
  });

  it('reports ERROR when the launch templates cannot be listed', async () => {
    const findings = await run(check, { 'ec2.launchTemplates': awsError('UnauthorizedOperation', 'ec2:DescribeLaunchTemplates') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
