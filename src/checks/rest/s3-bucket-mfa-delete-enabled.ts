import { defineCheck } from '../define.js';
import { bucketRef, judgeBuckets } from '../lib/s3-buckets.js';

export default defineCheck({
  id: 's3-bucket-mfa-delete-enabled',
  title: 'S3 buckets have versioning and MFA delete enabled',
  pillar: 'rest',
  service: 's3',
  severity: 'low',
  resourceType: 'AWS::S3::Bucket',
  description: 'Bucket versioning Status is Enabled and MFADelete is Enabled, so deleting a version or changing the versioning state needs the root user\'s MFA code.',
  risk: 'Without MFA delete, stolen credentials with s3:DeleteObjectVersion can permanently destroy every version of the data.',
  remediation: {
    text: 'As the root user with an MFA device, enable versioning with MFA delete on the bucket (the console cannot do it; use the CLI or API).',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "<root-mfa-device-arn> <code>"',
  },
  references: {
    cis: { v5: '2.1.2', v3: '2.1.2' },
    securityHub: { ids: ['S3.20'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-20',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
    ],
  },
  reads: ['s3.bucketVersioning'],
  evaluate({ 's3.bucketVersioning': versioning }, ctx) {
    return judgeBuckets(ctx, { versioning }, (bucket, { versioning: { Status, MFADelete } }) => {
      const resource = bucketRef(bucket);
      if (Status === 'Enabled' && MFADelete === 'Enabled') return ctx.pass(resource, `Bucket ${bucket.name} has versioning and MFA delete enabled.`);
      if (Status !== 'Enabled') {
        const state = Status === 'Suspended' ? 'suspended' : 'never enabled';
        return ctx.fail(resource, `Bucket ${bucket.name} has versioning ${state}${MFADelete === 'Enabled' ? ' (MFA delete is set but protects no new versions)' : ''}, so MFA delete does not apply.`);
      }
      return ctx.fail(resource, `Bucket ${bucket.name} has versioning enabled but MFA delete ${MFADelete === 'Disabled' ? 'disabled' : 'never enabled'}.`);
    });
  },
});
