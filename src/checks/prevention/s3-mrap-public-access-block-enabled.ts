import { defineCheck } from '../define.js';
import { settingsOff } from '../lib/s3-access.js';

export default defineCheck({
  id: 's3-mrap-public-access-block-enabled',
  title: 'S3 Multi-Region Access Points have all four Block Public Access settings on',
  pillar: 'prevention',
  service: 's3',
  severity: 'high',
  resourceType: 'AWS::S3::MultiRegionAccessPoint',
  description: 'Each Multi-Region Access Point, as listed through the us-west-2 S3 Control endpoint, has BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets all true.',
  risk: 'A Multi-Region Access Point without Block Public Access can be given a public policy, exposing the data of every bucket behind it.',
  remediation: {
    text: 'The settings of a Multi-Region Access Point cannot be changed after creation: create a replacement with all four settings on, move clients to it, and delete the old one.',
    console: 'S3 > Multi-Region Access Points > Create Multi-Region Access Point > Block Public Access settings: Block all public access.',
    cli: 'aws s3control create-multi-region-access-point --region us-west-2 --account-id <account-id> --details file://mrap.json (PublicAccessBlock with all four settings true)',
  },
  references: {
    securityHub: { ids: ['S3.24'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-24',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiRegionAccessPointPermissions.html',
    ],
  },
  reads: ['s3.multiRegionAccessPoints'],
  evaluate({ 's3.multiRegionAccessPoints': accessPoints }, ctx) {
    if (accessPoints === null) return ctx.notInScope(`Multi-Region Access Points exist only in the aws partition, not in ${ctx.account.partition}`);
    return accessPoints.map((mrap) => {
      const name = mrap.Name ?? mrap.Alias ?? 'unknown';
      const resource = { id: name, arn: `arn:${ctx.account.partition}:s3::${ctx.account.id}:accesspoint/${mrap.Alias ?? name}` };
      if (!mrap.PublicAccessBlock) {
        return ctx.undetermined(resource, `Could not evaluate Multi-Region Access Point ${name}: ListMultiRegionAccessPoints returned no Block Public Access settings for it.`);
      }
      const off = settingsOff(mrap.PublicAccessBlock);
      if (off.length === 0) return ctx.pass(resource, `Multi-Region Access Point ${name} has all four Block Public Access settings on.`);
      return ctx.fail(resource, `Multi-Region Access Point ${name} has Block Public Access setting${off.length > 1 ? 's' : ''} ${off.join(', ')} off.`);
    });
  },
});
