import { defineCheck } from '../define.js';
import { regionSettingRef } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-ebs-encryption-by-default',
  title: 'EBS encryption by default is enabled in every region',
  pillar: 'rest',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::RegionSetting',
  description: 'In each scanned region, EBS encryption by default is on (EbsEncryptionByDefault is true), so every new EBS volume and snapshot copy is encrypted.',
  risk: 'Without encryption by default, anyone creating a volume can leave it unencrypted; its data, its snapshots and any volume restored from them are then readable by whoever obtains a copy.',
  remediation: {
    text: 'Turn on EBS encryption by default in every region you use. It applies to new volumes only; existing unencrypted volumes must be migrated through an encrypted snapshot copy.',
    console: 'EC2 > Dashboard > Account attributes > Data protection and security > EBS encryption > Manage > Enable.',
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
  },
  references: {
    cis: { v5: '5.1.1', v3: '2.2.1' },
    securityHub: { ids: ['EC2.7'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-7',
    ],
  },
  reads: ['ec2.ebsEncryptionByDefault'],
  evaluate({ 'ec2.ebsEncryptionByDefault': setting }, ctx) {
    const resource = regionSettingRef(ctx, 'ebs-encryption-by-default');
    return [
      ctx.judge(resource, setting, (enabled) =>
        enabled
          ? ctx.pass(resource, `EBS encryption by default is enabled in ${ctx.region}.`)
          : ctx.fail(resource, `EBS encryption by default is disabled in ${ctx.region}: new volumes can be created unencrypted.`),
      ),
    ];
  },
});
