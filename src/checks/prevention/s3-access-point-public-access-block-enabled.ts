import { defineCheck } from '../define.js';
import { settingsOff } from '../lib/s3-access.js';

export default defineCheck({
  id: 's3-access-point-public-access-block-enabled',
  title: 'S3 access points have all four Block Public Access settings on',
  pillar: 'prevention',
  service: 's3',
  severity: 'critical',
  resourceType: 'AWS::S3::AccessPoint',
  description: "The access point's own Block Public Access configuration (from GetAccessPoint) has BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets all true.",
  risk: 'An access point without Block Public Access can be given a public access point policy, exposing the bucket data behind it to the internet.',
  remediation: {
    text: 'Block Public Access settings of an access point cannot be changed after creation: create a replacement access point with all four settings on, move clients to it, and delete the old one.',
    console: 'S3 > Access Points > Create access point > Block Public Access settings for this Access Point: Block all public access.',
    cli: 'aws s3control create-access-point --account-id <account-id> --name <name> --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  references: {
    securityHub: { ids: ['S3.19'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-19',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-restrictions-limitations-naming-rules.html',
    ],
  },
  reads: ['s3.accessPoints'],
  evaluate({ 's3.accessPoints': accessPoints }, ctx) {
    return accessPoints.map(({ accessPoint, result }) => {
      const name = accessPoint.Name;
      const resource = {
        id: name,
        arn: accessPoint.AccessPointArn ?? `arn:${ctx.account.partition}:s3:${ctx.region}:${ctx.account.id}:accesspoint/${name}`,
      };
      return ctx.judge(resource, result, (details) => {
        const bucket = details.Bucket ?? accessPoint.Bucket ?? 'an unknown bucket';
        // AWS always answers with the four settings; without them nothing says they are on.
        if (!details.PublicAccessBlockConfiguration) {
          return ctx.undetermined(resource, `Could not evaluate access point ${name} (bucket ${bucket}): GetAccessPoint returned no Block Public Access settings.`);
        }
        const off = settingsOff(details.PublicAccessBlockConfiguration);
        if (off.length === 0) return ctx.pass(resource, `Access point ${name} (bucket ${bucket}) has all four Block Public Access settings on.`);
        return ctx.fail(resource, `Access point ${name} (bucket ${bucket}) has Block Public Access setting${off.length > 1 ? 's' : ''} ${off.join(', ')} off.`);
      });
    });
  },
});
