import { trailLabel, trailRef, unlistedRegionErrors } from '../lib/cloudtrail-trails.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudtrail-trail-kms-encrypted',
  title: 'CloudTrail trails encrypt their log files with a KMS key',
  pillar: 'rest',
  service: 'cloudtrail',
  severity: 'medium',
  resourceType: 'AWS::CloudTrail::Trail',
  description: 'Each trail encrypts the log files it delivers with a KMS key (KmsKeyId is set) rather than with S3 managed keys only.',
  risk: 'With SSE-S3 alone, anyone who can read the bucket can read the logs; a KMS key adds a second, separately audited permission (kms:Decrypt) between the logs and a reader.',
  remediation: {
    text: 'Create or choose a KMS key whose policy lets CloudTrail encrypt with it, and configure the trail to use that key.',
    console: 'CloudTrail > Trails > the trail > General details > Edit > Log file SSE-KMS encryption: Enabled.',
    cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn-or-alias>',
  },
  references: {
    cis: { v5: '3.5', v3: '3.5' },
    securityHub: { ids: ['CloudTrail.2'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html'],
  },
  reads: ['cloudtrail.trails', 'cloudtrail.unlistedRegions'],
  evaluate({ 'cloudtrail.trails': trails, 'cloudtrail.unlistedRegions': unlisted }, ctx) {
    const judged = trails.map((trail) =>
      trail.KmsKeyId
        ? ctx.pass(trailRef(trail), `${trailLabel(trail)} encrypts its log files with KMS key ${trail.KmsKeyId}.`)
        : ctx.fail(trailRef(trail), `${trailLabel(trail)} does not encrypt its log files with a KMS key.`),
    );
    return [...judged, ...unlistedRegionErrors(unlisted, ctx)];
  },
});
