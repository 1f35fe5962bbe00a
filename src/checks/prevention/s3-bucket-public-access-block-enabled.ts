import { defineCheck } from '../define.js';
import { allFourOn, BPA_SETTINGS, effectiveBlock, levelsText, settingsOff } from '../lib/s3-access.js';
import { bucketRef, judgeBuckets } from '../lib/s3-buckets.js';

export default defineCheck({
  id: 's3-bucket-public-access-block-enabled',
  title: 'S3 buckets have all four Block Public Access settings on, at bucket or account level',
  pillar: 'prevention',
  service: 's3',
  severity: 'high',
  resourceType: 'AWS::S3::Bucket',
  description:
    "Each of the four Block Public Access settings (BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets) is true in the bucket's own configuration or in the account's. Security Hub S3.8 looks at the bucket level only; the account level governs the bucket too, so it counts here.",
  risk: 'A bucket without Block Public Access can be opened to the internet by one ACL or policy change, exposing or letting anyone overwrite its data.',
  remediation: {
    text: 'Turn on all four settings on the bucket, or on the account so that every bucket is covered.',
    console: 'S3 > Buckets > <bucket> > Permissions > Block public access (bucket settings) > Edit > Block all public access > Save.',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  references: {
    cis: { v5: '2.1.4', v3: '2.1.4' },
    securityHub: { ids: ['S3.8'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-8',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    ],
  },
  reads: ['s3.bucketPublicAccessBlocks', 's3.accountPublicAccessBlockRead'],
  evaluate({ 's3.bucketPublicAccessBlocks': blocks, 's3.accountPublicAccessBlockRead': accountRead }, ctx) {
    return judgeBuckets(ctx, { block: blocks }, (bucket, { block }) => {
      const resource = bucketRef(bucket);
      if (!accountRead.ok) {
        // A bucket that blocks everything itself needs no account level; any other is unknown.
        if (allFourOn(block)) return ctx.pass(resource, `Bucket ${bucket.name} blocks public access: all four settings are on at bucket level.`);
        return ctx.error(resource, accountRead.error, `bucket ${bucket.name} (its own Block Public Access leaves ${settingsOff(block).join(', ')} off, so the account level decides)`);
      }
      const effective = effectiveBlock(block, accountRead.value);
      const off = BPA_SETTINGS.filter((setting) => effective[setting].length === 0);
      if (off.length) {
        return ctx.fail(resource, `Bucket ${bucket.name} has Block Public Access setting${off.length > 1 ? 's' : ''} ${off.join(', ')} off at both bucket and account level.`);
      }
      const whole = (['bucket', 'account'] as const).filter((level) => BPA_SETTINGS.every((setting) => effective[setting].includes(level)));
      const how = whole.length
        ? `all four settings are on at ${levelsText(whole)}`
        : BPA_SETTINGS.map((setting) => `${setting} at ${levelsText(effective[setting])}`).join(', ');
      return ctx.pass(resource, `Bucket ${bucket.name} blocks public access: ${how}.`);
    });
  },
});
