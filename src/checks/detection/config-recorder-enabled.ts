import { customerRecorders, recorderEnabled, recorderEnabledFacts, recorderName, serviceLinkedNote } from '../lib/config.js';
import { otherRegions, regionRef } from '../lib/region-settings.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'config-recorder-enabled',
  title: 'AWS Config records all supported resource types in every scanned region',
  pillar: 'detection',
  service: 'config',
  severity: 'critical',
  resourceType: 'AWS::Config::ConfigurationRecorder',
  description:
    'In each scanned region, a customer managed configuration recorder (DescribeConfigurationRecorders; service-linked recorders, which carry servicePrincipal and record for another AWS service, do not count) is recording (DescribeConfigurationRecorderStatus recording true and lastStatus not Failure; Pending passes with a note), records all supported resource types (recordingGroup.allSupported true, or recordingStrategy.useOnly ALL_SUPPORTED_RESOURCE_TYPES; an exclusion or inclusion list FAILs, with the excluded types named), and the region has a delivery channel (DescribeDeliveryChannels). Daily or continuous recording does not matter. A FAIL names the scanned regions where AWS Config passes.',
  risk: 'Without a recorder capturing every resource type, configuration changes in the region leave no history: an investigation cannot tell what a security group, bucket policy or role looked like before an incident, and Config rules and Security Hub controls have nothing to evaluate.',
  remediation: {
    text: 'Set up AWS Config in every region with a recorder that records all supported resource types and a delivery channel to an S3 bucket, and start it.',
    console: 'AWS Config > Settings > Edit: Recording strategy "All resource types with customizable overrides" (no overrides), choose the S3 bucket, Save; then Start recording.',
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role-arn> --recording-group allSupported=true,includeGlobalResourceTypes=true --region <region> && aws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=<bucket> --region <region> && aws configservice start-configuration-recorder --configuration-recorder-name default --region <region>',
  },
  references: {
    cis: { v5: '3.3', v3: '3.3' },
    securityHub: { ids: ['Config.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/config-controls.html#config-1',
    ],
  },
  reads: ['config.recorders', 'config.recordersByRegion'],
  evaluate({ 'config.recorders': state, 'config.recordersByRegion': everywhere }, ctx) {
    const resource = regionRef(ctx, 'config', 'configuration-recorder');
    const elsewhere = () => otherRegions(everywhere, 'AWS Config records all supported resource types', recorderEnabled);
    if (customerRecorders(state).length === 0) {
      return [ctx.fail(resource, `AWS Config is not recording in ${ctx.region}: there is no customer managed configuration recorder${serviceLinkedNote(state)}. ${elsewhere()}`)];
    }
    const { recorder, facts } = recorderEnabledFacts(state);
    const name = recorderName(recorder!);
    if (facts.failures.length > 0) return [ctx.fail(resource, `AWS Config does not record all supported resource types in ${ctx.region}: recorder ${name}: ${facts.failures.join('; ')}. ${elsewhere()}`)];
    if (facts.error) return [ctx.error(resource, facts.error, `AWS Config recorder ${name} in ${ctx.region}`)];
    if (facts.undetermined) return [ctx.undetermined(resource, `Could not tell whether AWS Config records in ${ctx.region}: ${facts.undetermined}.`)];
    return [ctx.pass(resource, `Configuration recorder ${name} records all supported resource types in ${ctx.region} (${facts.notes.join('; ')}).`)];
  },
});
