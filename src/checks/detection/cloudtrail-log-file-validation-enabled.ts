import { trailLabel, trailRef, unlistedRegionErrors } from '../lib/cloudtrail-trails.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudtrail-log-file-validation-enabled',
  title: 'CloudTrail trails have log file integrity validation enabled',
  pillar: 'detection',
  service: 'cloudtrail',
  severity: 'low',
  resourceType: 'AWS::CloudTrail::Trail',
  description: 'Each trail has log file validation enabled (LogFileValidationEnabled is true), so CloudTrail writes signed digest files next to its logs.',
  risk: 'Without digest files nobody can prove that a log file was not modified, deleted or forged after CloudTrail delivered it, which weakens the logs as evidence after an incident.',
  remediation: {
    text: 'Enable log file validation on the trail; CloudTrail then delivers a signed digest file every hour that `aws cloudtrail validate-logs` can check.',
    console: 'CloudTrail > Trails > the trail > General details > Edit > Log file validation: Enabled.',
    cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
  },
  references: {
    cis: { v5: '3.2', v3: '3.2' },
    securityHub: { ids: ['CloudTrail.4'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html'],
  },
  reads: ['cloudtrail.trails', 'cloudtrail.unlistedRegions'],
  evaluate({ 'cloudtrail.trails': trails, 'cloudtrail.unlistedRegions': unlisted }, ctx) {
    const judged = trails.map((trail) =>
      trail.LogFileValidationEnabled === true
        ? ctx.pass(trailRef(trail), `${trailLabel(trail)} has log file validation enabled.`)
        : ctx.fail(trailRef(trail), `${trailLabel(trail)} does not validate its log files: no digest files are delivered.`),
    );
    return [...judged, ...unlistedRegionErrors(unlisted, ctx)];
  },
});
