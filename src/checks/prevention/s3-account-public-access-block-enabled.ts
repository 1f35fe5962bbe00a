import { defineCheck } from '../define.js';
import { BPA_SETTINGS, settingsOff } from '../lib/s3-access.js';

export default defineCheck({
  id: 's3-account-public-access-block-enabled',
  title: 'S3 Block Public Access is fully on at account level',
  pillar: 'prevention',
  service: 's3',
  severity: 'medium',
  resourceType: 'AWS::S3::AccountPublicAccessBlock',
  description:
    'The account-level S3 Block Public Access configuration has all four settings true: BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets. No configuration means all four are off.',
  risk: 'Without the account-level block, any bucket or access point in the account can be made public by an ACL or a policy, by mistake or by an attacker with write access to one bucket.',
  remediation: {
    text: 'Turn on all four Block Public Access settings for the account, after checking that no workload depends on public buckets.',
    console: 'S3 > Block Public Access settings for this account > Edit > Block all public access > Save.',
    cli: 'aws s3control put-public-access-block --account-id <account-id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  references: {
    securityHub: { ids: ['S3.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    ],
  },
  reads: ['s3.accountPublicAccessBlock'],
  evaluate({ 's3.accountPublicAccessBlock': config }, ctx) {
    const account = ctx.account.id;
    const resource = { id: account, arn: `arn:${ctx.account.partition}:s3::${account}:account-public-access-block` };
    if (!config) return [ctx.fail(resource, `Account ${account} has no S3 Block Public Access configuration, so all four settings are off.`)];
    const off = settingsOff(config);
    if (off.length === 0) return [ctx.pass(resource, `Account ${account} has all four S3 Block Public Access settings on (${BPA_SETTINGS.join(', ')}).`)];
    return [ctx.fail(resource, `Account ${account} leaves S3 Block Public Access setting${off.length > 1 ? 's' : ''} ${off.join(', ')} off.`)];
  },
});
